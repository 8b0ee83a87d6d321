package vn.plantrack.reporting.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The renderers lay out what the composer wrote and write no report text of their own: they see
 * only the {@link Document}, never the report's data or its Vietnamese words.
 */
class RenderersAreLayoutOnlyTest {
  static final Path EXPORT = Path.of("src/main/java/vn/plantrack/reporting/export");
  static final List<String> RENDERERS =
      List.of(
          "DocxRenderer",
          "DocxTables",
          "PdfRenderer",
          "PdfLayout",
          "PdfTypesetter",
          "XlsxRenderer",
          "Progress");

  @Test
  void renderersDependOnTheDocumentOnly() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.plantrack.reporting.export");
    noClasses()
        .that()
        .haveNameMatching(".*\\.(Docx|Pdf|Xlsx)[^.]*")
        .should()
        .dependOnClassesThat()
        .haveNameMatching(
            ".*\\.(ConsolidatedReportDocument|Labels|DocumentMapping|\\w+Composer)(\\$.*)?")
        .check(classes);
  }

  /** Vietnamese words carry letters beyond ASCII; no string in a renderer's code has one. */
  @Test
  void noRendererStringHoldsAVietnameseWord() throws IOException {
    Pattern literal = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    List<String> found = new ArrayList<>();
    for (String renderer : RENDERERS) {
      String source =
          Files.readString(EXPORT.resolve(renderer + ".java"))
              .replaceAll("(?s)/\\*.*?\\*/", "")
              .replaceAll("//[^\n]*", "");
      Matcher m = literal.matcher(source);
      while (m.find()) {
        if (m.group().chars().anyMatch(c -> c > 127 && Character.isLetter(c))) {
          found.add(renderer + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noExportClassIsOverFourHundredLines() throws IOException {
    try (Stream<Path> files = Files.list(EXPORT)) {
      List<String> tooLong =
          files.filter(f -> lines(f) > 400).map(f -> f.getFileName() + " " + lines(f)).toList();
      assertThat(tooLong).isEmpty();
    }
  }

  private static long lines(Path file) {
    try {
      return Files.readAllLines(file).size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
