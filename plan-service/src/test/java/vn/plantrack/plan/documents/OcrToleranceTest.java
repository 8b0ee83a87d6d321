package vn.plantrack.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What OCR makes of a scanned plan's table, word by word as Tesseract prints it (TSV), and how the
 * layout reads it back: each tolerated misreading is put right and left as a doubt on its line.
 */
class OcrToleranceTest {

  /** One Tesseract TSV word row (level 5). */
  private static String tsv(String text, int left, int top, int width, int height) {
    return String.join(
        "\t",
        "5",
        "1",
        "1",
        "1",
        "1",
        "1",
        String.valueOf(left),
        String.valueOf(top),
        String.valueOf(width),
        String.valueOf(height),
        "91",
        text);
  }

  /**
   * Words of one line at {@code top}: pairs of a cell's x and its text, each word 30 px high, 16 px
   * a letter, 10 px between words.
   */
  private static List<String> line(int top, Object... xAndCell) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < xAndCell.length; i += 2) {
      int x = (Integer) xAndCell[i];
      for (String word : ((String) xAndCell[i + 1]).split(" ")) {
        rows.add(tsv(word, x, top, 16 * word.length(), 30));
        x += 16 * word.length() + 10;
      }
    }
    return rows;
  }

  private static DocumentText layout(List<String> rows) {
    List<Word> words = Ocr.parse(String.join("\n", rows));
    TextBuilder out = new TextBuilder();
    PageLayout.write(words, "p. 1 (OCR)", out, null, new int[] {0});
    return out.build("PDF_SCAN");
  }

  private static List<String> header() {
    return line(100, 100, "TT", 300, "Nhiệm vụ", 900, "Chủ trì", 1300, "Thời gian");
  }

  @Test
  void aLoneRomanOneReadAsABarIsTheSectionCodeAndADoubt() {
    // Tesseract prints the "I" of a section row's code cell as "|".
    List<String> rows = new ArrayList<>(header());
    rows.addAll(line(160, 105, "|", 300, "Hoàn thiện thể chế"));
    rows.addAll(line(220, 100, "1", 300, "Rà soát", 900, "Sở Tư pháp", 1300, "Năm 2026"));
    DocumentText text = layout(rows);
    assertThat(text.text().lines().toList())
        .containsExactly(
            "TT | Nhiệm vụ | Chủ trì | Thời gian |",
            "I | Hoàn thiện thể chế |  |  |",
            "1 | Rà soát | Sở Tư pháp | Năm 2026 |");
    assertThat(text.doubts()).extracting(DocumentText.Doubt::line).contains(2);
    assertThat(
            text.doubts().stream().filter(d -> d.line() == 2).findFirst().orElseThrow().message())
        .contains("\"|\"", "\"I\"");
  }

  @ParameterizedTest(name = "\"{0}\" stays a word")
  @CsvSource({"'|'", "'||'", "'Ủy'"})
  void barsAreWordsNotSpecks(String word) {
    assertThat(Ocr.parse(tsv(word, 10, 10, 20, 30))).extracting(Word::text).containsExactly(word);
  }
}
