package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/**
 * An unseen plan imports with its counts exact or says which lines it could not read: a numbered or
 * lettered line of a tasks section read as neither a task nor a heading is a warning on its line.
 */
class UnreadLinesTest {
  private final PlanDocumentReader reader = new PlanDocumentReader();

  @Test
  void aLetteredItemWithoutItsLabelledLinesAmongTasksIsReported() {
    ImportedPlan plan =
        reader.read(
            "I. NHIỆM VỤ CỤ THỂ\n"
                + "1. Chuyển đổi số trong công tác văn thư\n"
                + "a) Số hóa hồ sơ lưu trữ của Sở từ năm 2015 đến nay\n"
                + "- Phòng chủ trì: Văn phòng Sở\n"
                + "- Thời gian: Năm 2026\n"
                + "b) Triển khai chữ ký số cho toàn bộ công chức\n"
                + "c) Kết nối phần mềm một cửa với cổng dịch vụ công\n"
                + "- Phòng chủ trì: Phòng Hành chính - Tổng hợp\n"
                + "- Thời gian: Quý II/2026\n"
                + "2. Bồi dưỡng kỹ năng số\n"
                + "a) Mở lớp tập huấn khai thác dữ liệu cho công chức\n"
                + "- Phòng chủ trì: Phòng Tổ chức cán bộ\n"
                + "- Thời gian: Hằng năm\n"
                + "3. Khen thưởng tập thể, cá nhân có sáng kiến\n"
                + "II. TỔ CHỨC THỰC HIỆN\n"
                + "1. Văn phòng Sở theo dõi, tổng hợp kết quả.\n"
                + "2. Các phòng báo cáo kết quả trước ngày 10/12 hằng năm.\n");

    assertThat(plan.tasks()).extracting(Task::code).containsExactly("1.a", "1.c", "2.a");
    assertThat(plan.warnings())
        .filteredOn(w -> w.kind() == WarningKind.UNREAD_LINE)
        .extracting(ImportWarning::sourceLine, ImportWarning::excerpt)
        .containsExactly(
            tuple(6, "b) Triển khai chữ ký số cho toàn bộ công chức"),
            tuple(14, "3. Khen thưởng tập thể, cá nhân có sáng kiến"));
  }
}
