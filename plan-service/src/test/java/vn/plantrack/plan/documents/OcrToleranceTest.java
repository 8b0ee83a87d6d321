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

  @Test
  void aDashBesideARowCodeIsNoPartOfIt() {
    // The rule between the code and the title cell, half erased, read as "-" beside "4".
    List<String> rows = new ArrayList<>(header());
    rows.addAll(line(160, 100, "3", 300, "Rà soát", 900, "Sở Tư pháp", 1300, "Năm 2026"));
    rows.addAll(line(220, 100, "4 -", 300, "Ban hành", 900, "Sở Nội vụ", 1300, "Năm 2027"));
    assertThat(layout(rows).text().lines().skip(1).toList())
        .containsExactly(
            "3 | Rà soát | Sở Tư pháp | Năm 2026 |", "4 | Ban hành | Sở Nội vụ | Năm 2027 |");
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource({
    // Vietnamese has no "j": Tesseract's vie model prints it for the dot of "ị".
    "thiếtbjvà, thiếtbịvà",
    "Đơnvjị, Đơnvị",
    "bj, bj",
    "Jakarta, Jakarta",
    // Digits read as letters in a number: "l" for 1, "O" for 0, a speck as a quote.
    "'\"l5', 15",
    "1O, 10",
    "2O25, 2025",
    "lI, lI",
    "Ủy, Ủy"
  })
  void lettersOcrConfusesArePutRight(String printed, String taken) {
    List<Word> words = Ocr.parse(tsv(printed, 10, 10, 60, 30));
    assertThat(words).extracting(Word::text).containsExactly(taken);
    assertThat(words.get(0).read()).isEqualTo(printed.equals(taken) ? null : printed);
  }

  @Test
  void aGreaterThanWhoseGlyphHasTheBarOfGreaterOrEqualIsThatSign() throws Exception {
    // Tesseract's vie model prints "≥" as ">"; the bar under the glyph tells them apart.
    java.awt.image.BufferedImage page =
        new java.awt.image.BufferedImage(600, 200, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = page.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 600, 200);
    g.setColor(java.awt.Color.BLACK);
    java.awt.Font font =
        java.awt.Font.createFont(
                java.awt.Font.TRUETYPE_FONT,
                new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            .deriveFont(40f);
    g.setFont(font);
    g.drawString("≥98", 50, 100);
    g.drawString(">60", 350, 100);
    g.drawString("≥", 250, 100);
    java.awt.FontMetrics m = g.getFontMetrics();
    List<Word> words =
        List.of(
            new Word(">98", 50, 100 - m.getAscent(), 50 + m.stringWidth("≥98"), 100 + 4, 90),
            new Word(">60", 350, 100 - m.getAscent(), 350 + m.stringWidth(">60"), 100 + 4, 90),
            new Word(">", 250, 100 - m.getAscent(), 250 + m.stringWidth("≥"), 100 + 4, 90));
    List<Word> checked = OcrWords.signsChecked(words, page);
    assertThat(checked).extracting(Word::text).containsExactly("≥98", ">60", "≥");
    assertThat(checked).extracting(Word::read).containsExactly(">98", null, ">");
  }

  @Test
  void aTargetCellThatIsNoNumberIsReadAgainAsDigits() {
    // "25" printed as "F2)" in a milestone column; read again, the cell's box says "25".
    List<String> rows = new ArrayList<>();
    rows.addAll(line(100, 100, "TT", 300, "Chỉ tiêu", 900, "Đơn vị tính", 1300, "Năm 2030"));
    rows.addAll(line(160, 100, "4", 300, "Chỉ số DTI", 900, "Thứ bậc", 1300, "F2)"));
    List<Word> words = Ocr.parse(String.join("\n", rows));
    TextBuilder out = new TextBuilder();
    PageLayout.write(
        words,
        "p. 1 (OCR)",
        out,
        null,
        new int[] {0},
        w -> w.text().equals("F2)") ? java.util.Optional.of("25") : java.util.Optional.empty(),
        true);
    DocumentText text = out.build("PDF_SCAN");
    assertThat(text.text().lines().toList())
        .containsExactly(
            "TT | Chỉ tiêu | Đơn vị tính | Năm 2030 |", "4 | Chỉ số DTI | Thứ bậc | 25 |");
    assertThat(text.doubts()).extracting(DocumentText.Doubt::line).containsExactly(2);
  }

  @Test
  void theEngineReadsACellAgainWithDigitsOnly() throws Exception {
    java.awt.image.BufferedImage page =
        new java.awt.image.BufferedImage(300, 120, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = page.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 300, 120);
    g.setColor(java.awt.Color.BLACK);
    g.setFont(
        java.awt.Font.createFont(
                java.awt.Font.TRUETYPE_FONT,
                new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
            .deriveFont(40f));
    g.drawString("25", 100, 80);
    Ocr ocr = new Ocr("tesseract", "vie", 30);
    assertThat(ocr.digits(page, new Word("F2)", 100, 50, 150, 82, 40))).contains("25");
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource({
    // Words the domain never writes so, as Tesseract's vie model prints them beside the next one.
    "Quyết định của Uy ban nhân dân, Quyết định của Ủy ban nhân dân",
    "khai thác phân mềm quản lý, khai thác phần mềm quản lý",
    "trung học cơ Sở, trung học cơ sở",
    "trên tổng chỉ ngân sách, trên tổng chi ngân sách",
    "Uỷ ban nhân dân, Uỷ ban nhân dân",
    "chỉ đạo các sở, chỉ đạo các sở",
    "Sở Y tế, Sở Y tế",
    "đăng ký nhẫn hiệu, đăng ký nhãn hiệu"
  })
  void domainWordsOcrMarksWronglyArePutRight(String printed, String taken) {
    List<Word> words = OcrWords.phrases(Ocr.parse(String.join("\n", line(10, 10, printed))));
    assertThat(String.join(" ", words.stream().map(Word::text).toList())).isEqualTo(taken);
    assertThat(words.stream().anyMatch(w -> w.read() != null)).isEqualTo(!printed.equals(taken));
  }

  @Test
  void aDomainWordIsPutRightWithinItsCellNeverAcrossTwo() {
    // "cơ" ends the task cell's first line and "Sở" opens the lead cell: no "cơ sở" there; the
    // task cell's wrapped line goes on with "Sở": "cơ sở" there.
    List<String> rows = new ArrayList<>(header());
    rows.addAll(
        line(160, 100, "1", 300, "Sửa trường trung học cơ", 900, "Sở Nội vụ", 1300, "2026"));
    rows.addAll(line(200, 300, "Sở và Uy ban xã"));
    TextBuilder out = new TextBuilder();
    PageLayout.write(
        Ocr.parse(String.join("\n", rows)),
        "p. 1 (OCR)",
        out,
        null,
        new int[] {0},
        w -> java.util.Optional.empty(),
        true);
    DocumentText text = out.build("PDF_SCAN");
    assertThat(text.text().lines().skip(1).toList())
        .containsExactly("1 | Sửa trường trung học cơ sở và Ủy ban xã | Sở Nội vụ | 2026 |");
    assertThat(text.doubts()).extracting(DocumentText.Doubt::line).containsExactly(2, 2);
  }

  @Test
  void marksOcrAddsToATextWrittenWithoutThemAreTakenOff() {
    // A plan typed without diacritics; the vie model still sees "tỉnh" and "CHỦ" in it.
    String text =
        "Bao cao Uy ban nhan dan tỉnh truoc ngay 10 thang 12 nam 2025 ve ket qua thuc hien"
            + " cac nhiem vu cua Ke hoach nay, CHỦ TICH Bui Van Thang, Co quan chu tri So Nong"
            + " nghiep va Moi truong";
    List<Word> words = OcrWords.undiacritised(Ocr.parse(String.join("\n", line(10, 10, text))));
    assertThat(String.join(" ", words.stream().map(Word::text).toList()))
        .isEqualTo(text.replace("tỉnh", "tinh").replace("CHỦ", "CHU"));
    assertThat(words)
        .filteredOn(w -> w.read() != null)
        .extracting(Word::read)
        .containsExactly("tỉnh", "CHỦ");
    // A text written with its marks keeps them.
    String marked = "Báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 năm 2025 về kết quả";
    assertThat(OcrWords.undiacritised(Ocr.parse(String.join("\n", line(10, 10, marked)))))
        .extracting(Word::read)
        .containsOnlyNulls();
  }

  @ParameterizedTest(name = "\"{0}\" stays a word")
  @CsvSource({"'|'", "'||'", "'Ủy'"})
  void barsAreWordsNotSpecks(String word) {
    assertThat(Ocr.parse(tsv(word, 10, 10, 20, 30))).extracting(Word::text).containsExactly(word);
  }
}
