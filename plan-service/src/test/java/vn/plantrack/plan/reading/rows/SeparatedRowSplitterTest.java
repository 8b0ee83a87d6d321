package vn.plantrack.plan.reading.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;

class SeparatedRowSplitterTest {

  private static RowSplitter.Split split(String text) {
    List<SourceLine> lines = SourceLines.of(text).all();
    LayoutDetector.Detection d = LayoutDetector.detect(lines);
    RowSplitter splitter = RowSplitter.forLayout(d.layout());
    return splitter.split(d, lines.subList(d.headerEnd() + 1, lines.size()));
  }

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }

  @Test
  void rejoinsRowsThePortalBrokeWhereACellWasEmpty() {
    RowSplitter.Split split =
        split(
            """
            TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |
            I. | Nâng cao nhận thức | ||||
            38. | Triển khai cơ sở dữ liệu | Các đơn vị, địa phương |
            | Hoàn thành các CSDL quốc gia |
            |
            38.1. | Cơ sở dữ liệu về Bảo hiểm | Sở Tài chính |
            | Hoàn thành, khai thác sử dụng | 2/2026 |
            [1] Một chú thích cuối trang
            """);

    assertThat(split.rows()).hasSize(3);
    assertThat(texts(split.rows().get(0)))
        .containsExactly("I.", "Nâng cao nhận thức", "", "", "", "");
    assertThat(texts(split.rows().get(1)))
        .containsExactly(
            "38.",
            "Triển khai cơ sở dữ liệu",
            "Các đơn vị, địa phương",
            "",
            "Hoàn thành các CSDL quốc gia",
            "");
    assertThat(texts(split.rows().get(2)))
        .containsExactly(
            "38.1.",
            "Cơ sở dữ liệu về Bảo hiểm",
            "Sở Tài chính",
            "",
            "Hoàn thành, khai thác sử dụng",
            "2/2026");
    assertThat(split.rows().get(2).sourceLine()).isEqualTo(6);
    assertThat(split.rows().get(2).line(5)).isEqualTo(7);
    assertThat(split.consumedLines()).isEqualTo(6); // the footnote ends the table
    assertThat(split.warnings()).isEmpty();
  }

  @Test
  void rejoinsACellThatSpansLines() {
    RowSplitter.Split split =
        split(
            """
            TT | Nội dung | Đơn vị chủ trì | Thời hạn |
            1 | Xây dựng kế hoạch
            tuyên truyền | Sở Văn hóa, Thể thao và Du lịch | 6/2025 |
            2 | Rà soát | Sở Tư pháp | Quý IV/2025 |
            """);

    assertThat(split.rows()).hasSize(2);
    assertThat(split.rows().get(0).text(1)).isEqualTo("Xây dựng kế hoạch\ntuyên truyền");
    assertThat(split.rows().get(0).line(2)).isEqualTo(3);
  }

  @Test
  void aRowThatDoesNotFitItsHeaderIsAWarningNotDropped() {
    RowSplitter.Split split =
        split(
            """
            TT | Nội dung | Đơn vị chủ trì | Thời hạn |
            1 | Rà soát | Sở Tư pháp |
            2 | Ban hành | Sở Nội vụ | 6/2025 | thừa |
            3 | Báo cáo | Sở Tài chính | 12/2025 |
            """);

    assertThat(split.rows()).hasSize(3);
    assertThat(split.warnings())
        .extracting(ImportWarning::sourceLine, ImportWarning::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, WarningKind.UNSPLIT_ROW),
            org.assertj.core.groups.Tuple.tuple(3, WarningKind.UNSPLIT_ROW));
    assertThat(texts(split.rows().get(0))).containsExactly("1", "Rà soát", "Sở Tư pháp", "");
    assertThat(split.rows().get(1).text(3)).isEqualTo("6/2025 | thừa");
  }

  @Test
  void splitsTabSeparatedRowsAndTheirWrappedCells() {
    RowSplitter.Split split =
        split(
            "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
                + "1\tXây dựng kế hoạch\n"
                + "chuyển đổi số\tSở Khoa học và Công nghệ\t\tThường xuyên\n"
                + "2\tRà soát thủ tục\tVăn phòng UBND tỉnh\tCác sở, ngành\t12/2025\n"
                + "Nơi nhận:\n");

    assertThat(split.rows()).hasSize(2);
    assertThat(texts(split.rows().get(0)))
        .containsExactly(
            "1",
            "Xây dựng kế hoạch\nchuyển đổi số",
            "Sở Khoa học và Công nghệ",
            "",
            "Thường xuyên");
    assertThat(split.rows().get(1).text(3)).isEqualTo("Các sở, ngành");
    assertThat(split.consumedLines()).isEqualTo(3);
  }

  @Test
  void mergesContinuationLinesOfABorderedTableCellByCell() {
    RowSplitter.Split split =
        split(
            """
            | STT | Nội dung | Cơ quan chủ trì | Thời hạn |
            |---|---|---|---|
            | 1 | Xây dựng kế hoạch | Sở Nội vụ | 6/2025 |
            |   | và tổ chức thực hiện | |  |
            | 2 | Rà soát | Sở Tư pháp | 12/2025 |
            """);

    assertThat(split.rows()).hasSize(2);
    assertThat(split.rows().get(0).text(1)).isEqualTo("Xây dựng kế hoạch\nvà tổ chức thực hiện");
    assertThat(split.rows().get(1).text(0)).isEqualTo("2");
  }
}
