package vn.plantrack.plan.reading.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;

class CellPerLineRowSplitterTest {

  private static RowSplitter.Split split(String text) {
    List<SourceLine> lines = SourceLines.of(text).all();
    LayoutDetector.Detection d = LayoutDetector.detect(lines);
    assertThat(d.layout()).isEqualTo(Layout.CELL_PER_LINE);
    return new CellPerLineRowSplitter().split(d, lines.subList(d.headerEnd() + 1, lines.size()));
  }

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }

  /** Cells separated by empty lines; a lone non-breaking space is an empty cell. */
  private static String cells(String... cells) {
    return String.join("\n\n", cells) + "\n";
  }

  @Test
  void endsShortSectionRowsAtTheNextCodeAndDropsPadding() {
    RowSplitter.Split split =
        split(
            cells(
                "TT",
                "Tên nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Kết quả",
                "Thời gian hoàn thành",
                "II",
                "Hoàn thiện thể chế",
                "\u00a0",
                "\u00a0",
                "11.",
                "Tham gia ý kiến",
                "Các sở, ban, ngành",
                "Các sở",
                "Văn bản góp ý",
                "Thường xuyên",
                "\u00a0",
                "\u00a0",
                "12.",
                "Rà soát",
                "Sở Tư pháp",
                "\u00a0",
                "Đề xuất",
                "6/2025"));

    assertThat(split.rows()).hasSize(3);
    assertThat(texts(split.rows().get(0)))
        .containsExactly("II", "Hoàn thiện thể chế", "", "", "", "");
    assertThat(texts(split.rows().get(1)).get(5)).isEqualTo("Thường xuyên");
    assertThat(texts(split.rows().get(2)))
        .containsExactly("12.", "Rà soát", "Sở Tư pháp", "", "Đề xuất", "6/2025");
    assertThat(split.warnings()).isEmpty();
  }

  @Test
  void aValueThatLooksLikeACodeStaysAValue() {
    RowSplitter.Split split =
        split(
            cells(
                "TT",
                "Chỉ tiêu",
                "Đơn vị",
                "Kết quả",
                "Cơ quan chủ trì theo dõi, đánh giá",
                "6.",
                "Số doanh nghiệp công nghệ số",
                "Doanh nghiệp",
                "3",
                "Sở Khoa học và Công nghệ",
                "7.",
                "Tỉ lệ",
                "%",
                "≥ 50",
                "Sở Tài chính"));

    assertThat(split.rows()).hasSize(2);
    assertThat(split.rows().get(0).text(3)).isEqualTo("3");
  }

  @Test
  void joinsAListPrintedAsSeparateParagraphsIntoItsCell() {
    RowSplitter.Split split =
        split(
            cells(
                "TT",
                "Tên nhiệm vụ",
                "Cơ quan chủ trì",
                "Thời gian hoàn thành",
                "60.",
                "Triển khai các nhiệm vụ, gồm:",
                "(1) Định danh địa điểm;",
                "(2) Sàn giao dịch việc làm.",
                "Công an tỉnh",
                "2026"));

    assertThat(texts(split.rows().get(0)))
        .containsExactly(
            "60.",
            "Triển khai các nhiệm vụ, gồm:\n(1) Định danh địa điểm;\n(2) Sàn giao dịch việc làm.",
            "Công an tỉnh",
            "2026");
  }

  @Test
  void keepsLinesOfOneCellTogetherAndEndsAtTextThatIsNoRow() {
    RowSplitter.Split split =
        split(
            cells(
                    "TT",
                    "Nội dung",
                    "Đơn vị chủ trì",
                    "Thời hạn",
                    "1.",
                    "Xây dựng kế hoạch\ntuyên truyền",
                    "Sở Nội vụ",
                    "6/2025")
                + "\nNơi nhận:\n\n- Như trên;\n");

    assertThat(split.rows()).hasSize(1);
    assertThat(split.rows().get(0).text(1)).isEqualTo("Xây dựng kế hoạch\ntuyên truyền");
    assertThat(split.warnings()).isEmpty();
  }

  @Test
  void warnsAboutARowMissingCells() {
    RowSplitter.Split split =
        split(
            cells(
                "TT",
                "Nội dung",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Thời hạn",
                "1.",
                "Rà soát",
                "Sở Tư pháp",
                "Quý IV/2025",
                "2.",
                "Ban hành",
                "Sở Nội vụ",
                "Các sở",
                "6/2025"));

    assertThat(split.rows()).hasSize(2);
    assertThat(split.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(WarningKind.UNSPLIT_ROW);
              assertThat(w.sourceLine()).isEqualTo(11);
            });
  }
}
