package vn.plantrack.plan.reading.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;

class ProseItemSplitterTest {

  private static RowSplitter.Split split(String text) {
    List<SourceLine> lines = SourceLines.of(text).all();
    LayoutDetector.Detection d = LayoutDetector.detect(lines);
    assertThat(d.layout()).isEqualTo(Layout.PROSE_ITEMS);
    return new ProseItemSplitter().split(d, lines);
  }

  @Test
  void readsNumberedSectionsAndLetteredTasksWithTheirLabelledLines() {
    RowSplitter.Split split =
        split(
            """
            II. NHIỆM VỤ, GIẢI PHÁP

            1. Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm

            chính trị mạnh mẽ

             a) Thường xuyên phổ biến, tuyên truyền về các nội dung Nghị quyết số 57-

            NQ/TW trong năm

            2025. Cụ thể hóa nhiệm vụ.

            - Phòng chủ trì: Phòng Hành chính – Tổng hợp; Phòng Công nghệ và

            Chuyển đổi số

            - Phòng phối hợp: Các phòng chuyên môn thuộc Sở

            - Thời gian : Thường xuyên

            (Nhiệm vụ cụ thể chi tiết tại các Phụ lục kèm theo)

            III. KINH PHÍ THỰC HIỆN

            1. Nguồn kinh phí thực hiện Kế hoạch.
            """);

    assertThat(split.rows()).hasSize(2);
    Row section = split.rows().get(0);
    assertThat(section.heading()).isTrue();
    assertThat(section.text(1))
        .isEqualTo(
            "Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ");
    Row task = split.rows().get(1);
    assertThat(task.heading()).isFalse();
    assertThat(task.sourceLine()).isEqualTo(7);
    assertThat(task.text(0)).isEqualTo("a");
    assertThat(task.text(1))
        .isEqualTo(
            "Thường xuyên phổ biến, tuyên truyền về các nội dung Nghị quyết số 57-NQ/TW trong năm"
                + " 2025. Cụ thể hóa nhiệm vụ.");
    assertThat(task.text(2))
        .isEqualTo("Phòng Hành chính - Tổng hợp; Phòng Công nghệ và Chuyển đổi số");
    assertThat(task.line(2)).isEqualTo(13);
    assertThat(task.text(3)).isEqualTo("Các phòng chuyên môn thuộc Sở");
    assertThat(task.text(5)).isEqualTo("Thường xuyên");
  }

  @Test
  void aNumberedItemWithItsOwnLabelledLinesIsATask() {
    RowSplitter.Split split =
        split(
            """
            1. Xây dựng quy chế phối hợp
            - Đơn vị chủ trì: Văn phòng Sở
            - Sản phẩm: Quyết định
            - Thời hạn: Quý III/2025
            """);

    assertThat(split.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.heading()).isFalse();
              assertThat(row.text(0)).isEqualTo("1");
              assertThat(row.text(4)).isEqualTo("Quyết định");
              assertThat(row.text(5)).isEqualTo("Quý III/2025");
            });
  }

  @Test
  void readsLabelsWrittenWithoutDiacritics() {
    assertThat(ProseItemSplitter.field("- Co quan chu tri: So Tai chinh"))
        .hasValueSatisfying(f -> assertThat(f.meaning()).isEqualTo(ColumnMeaning.LEAD));
    assertThat(ProseItemSplitter.field("- Thoi gian: Thuong xuyen").orElseThrow().value())
        .isEqualTo("Thuong xuyen");
    assertThat(ProseItemSplitter.field("1. Mục đích: Triển khai")).isEmpty();
  }
}
