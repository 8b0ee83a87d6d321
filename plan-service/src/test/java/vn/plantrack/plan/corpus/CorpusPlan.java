package vn.plantrack.plan.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One family of the corpus: a plan document written by the team as paragraphs and tables ({@code
 * document.plan}), the way its text is extracted ({@code style:} and {@code debris:} options), and
 * its expected reading ({@code expected.txt}, {@link ExpectedReading}).
 *
 * <p>The document file: options, a line "---", then the document. A line is a paragraph; "a || b"
 * is a line of two side-by-side blocks (the masthead); "[table]" … "[/table]" is a table whose
 * first row is its header, cells separated by " | "; a row with fewer cells than the header has its
 * last cell merged across the rest (a section row). "[page]" forces a page break in DOCX and PDF.
 */
record CorpusPlan(String family, Map<String, String> options, List<Block> blocks) {

  sealed interface Block permits Paragraph, SideBySide, Table, PageBreak {}

  record Paragraph(String text) implements Block {}

  record SideBySide(String left, String right) implements Block {}

  record Table(List<String> header, List<List<String>> rows) implements Block {}

  record PageBreak() implements Block {}

  static final List<String> FAMILIES =
      List.of(
          "portal-pipe",
          "word-tabs",
          "annex-cells",
          "prose-labelled",
          "prose-roman",
          "indicator-milestones",
          "converter-debris",
          "ocr-body",
          "sentence-tasks");

  static CorpusPlan load(String family) throws IOException {
    String text = resource("/corpus/" + family + "/document.plan");
    String[] parts = text.split("\n---\n", 2);
    Map<String, String> options = new LinkedHashMap<>();
    for (String line : parts[0].split("\n")) {
      if (line.contains(":")) {
        options.put(
            line.substring(0, line.indexOf(':')).strip(),
            line.substring(line.indexOf(':') + 1).strip());
      }
    }
    List<Block> blocks = new ArrayList<>();
    Table table = null;
    for (String line : parts[1].split("\n", -1)) {
      if (line.equals("[table]")) {
        table = new Table(new ArrayList<>(), new ArrayList<>());
      } else if (line.equals("[/table]")) {
        blocks.add(table);
        table = null;
      } else if (table != null) {
        List<String> cells = List.of(line.split(" \\| ", -1));
        if (table.header().isEmpty()) {
          table.header().addAll(cells);
        } else {
          table.rows().add(cells);
        }
      } else if (line.equals("[page]")) {
        blocks.add(new PageBreak());
      } else if (line.contains(" || ")) {
        String[] sides = line.split(" \\|\\| ", 2);
        blocks.add(new SideBySide(sides[0], sides[1]));
      } else {
        blocks.add(new Paragraph(line));
      }
    }
    return new CorpusPlan(family, options, List.copyOf(blocks));
  }

  String option(String name) {
    return options.getOrDefault(name, "");
  }

  boolean debris(String kind) {
    return List.of(option("debris").split("[,\\s]+")).contains(kind);
  }

  static String resource(String path) throws IOException {
    try (InputStream in = CorpusPlan.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }
}
