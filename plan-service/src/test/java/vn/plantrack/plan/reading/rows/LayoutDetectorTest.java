package vn.plantrack.plan.reading.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.SourceLines;

class LayoutDetectorTest {

  private static LayoutDetector.Detection detect(String text) {
    return LayoutDetector.detect(SourceLines.of(text).all());
  }

  @Test
  void findsAPipeHeaderAmongOtherPipeLines() {
    LayoutDetector.Detection d =
        detect(
            """
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            PHỤ LỤC II
            TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |
            1. | Xây dựng kế hoạch | Sở Nội vụ | | Kế hoạch | 6/2025 |
            """);

    assertThat(d.layout()).isEqualTo(Layout.PIPE_ROWS);
    assertThat(d.headerStart()).isEqualTo(2);
    assertThat(d.headerCells()).hasSize(6).startsWith("TT", "Tên nhiệm vụ");
    assertThat(d.evidence().pipeRows()).isEqualTo(2);
  }

  @Test
  void findsATabHeader() {
    LayoutDetector.Detection d =
        detect("STT\tNội dung\tĐơn vị chủ trì\tThời hạn\n1\tRà soát\tSở Tư pháp\tQuý IV/2025\n");

    assertThat(d.layout()).isEqualTo(Layout.TAB_ROWS);
    assertThat(d.headerCells()).containsExactly("STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn");
  }

  @Test
  void findsHeaderCellsOnePerLineSeparatedByEmptyLines() {
    LayoutDetector.Detection d =
        detect(
            """
            DANH MỤC CÁC CHỈ TIÊU

            TT

            Chỉ tiêu

            Đơn vị

            Kết quả

            I
            """);

    assertThat(d.layout()).isEqualTo(Layout.CELL_PER_LINE);
    assertThat(d.blankSeparated()).isTrue();
    assertThat(d.headerCells()).containsExactly("TT", "Chỉ tiêu", "Đơn vị", "Kết quả");
    assertThat(d.evidence().headerCellLines()).isEqualTo(4);
  }

  @Test
  void findsHeaderCellsOnConsecutiveLinesWithoutDiacritics() {
    LayoutDetector.Detection d = detect("STT\nNoi dung\nCo quan chu tri\nThoi gian\n1\n");

    assertThat(d.layout()).isEqualTo(Layout.CELL_PER_LINE);
    assertThat(d.blankSeparated()).isFalse();
    assertThat(d.headerEnd()).isEqualTo(3);
  }

  @Test
  void findsLabelledProseItems() {
    LayoutDetector.Detection d =
        detect(
            """
            a) Tổ chức hội nghị
            - Phòng chủ trì: Phòng Hành chính – Tổng hợp
            - Phòng phối hợp: Các phòng chuyên môn thuộc Sở
            - Thời gian: Thường xuyên
            """);

    assertThat(d.layout()).isEqualTo(Layout.PROSE_ITEMS);
    assertThat(d.evidence().fieldLines()).isEqualTo(3);
  }

  @Test
  void plainProseHasNoTable() {
    LayoutDetector.Detection d =
        detect(
            """
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích: Triển khai hiệu quả các mục tiêu, nhiệm vụ.
            - Thời hạn ban hành kế hoạch của các đơn vị trong tỉnh và các địa phương: tháng 3/2025.
            """);

    assertThat(d.layout()).isEqualTo(Layout.NONE);
  }
}
