package vn.plantrack.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticesTest {
  static final String BASE = "https://plantrack.kontum.gov.vn/";
  static final UUID TASK = UUID.fromString("6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f");
  static final Notices.Task SO_HOA =
      new Notices.Task(
          TASK,
          "II.3",
          "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính",
          "Quý IV/2025",
          LocalDate.of(2025, 12, 31));

  @ParameterizedTest(name = "{0} day(s) left")
  @CsvSource(
      value = {
        "1 | [PlanTrack] Nhiệm vụ II.3 còn 1 ngày đến hạn",
        "3 | [PlanTrack] Nhiệm vụ II.3 còn 3 ngày đến hạn",
        "0 | [PlanTrack] Nhiệm vụ II.3 đến hạn hôm nay",
        " | [PlanTrack] Nhiệm vụ II.3 sắp đến hạn",
      },
      delimiter = '|')
  void dueSoonSaysHowSoon(Integer daysLeft, String subject) {
    assertThat(Notices.taskDueSoon(BASE, SO_HOA, daysLeft).subject()).isEqualTo(subject);
  }

  @Test
  void aTaskNoticeNamesCodeTitleDeadlineAsWrittenAndLinks() {
    Notice notice = Notices.taskDueSoon(BASE, SO_HOA, 1);
    assertThat(notice.kind()).isEqualTo(NotificationKind.TASK_DUE_SOON);
    assertThat(notice.body())
        .isEqualTo(
            "Nhiệm vụ II.3 “Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính” còn 1 ngày đến"
                + " hạn.\n"
                + "Mã nhiệm vụ: II.3\n"
                + "Tên nhiệm vụ: Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính\n"
                + "Thời hạn: Quý IV/2025\n"
                + "Hạn hoàn thành: 31/12/2025");
    assertThat(notice.link())
        .isEqualTo("https://plantrack.kontum.gov.vn/tasks/6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f");
  }

  @Test
  void overdueSinceTheDayAfterTheDueDate() {
    assertThat(Notices.taskOverdue(BASE, SO_HOA).headline())
        .isEqualTo(
            "Nhiệm vụ II.3 “Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính” đã quá hạn từ"
                + " ngày 01/01/2026.");
  }

  @Test
  void aReturnedReportGivesItsReasonAndTheLastDayOnTime() {
    // Due before 10 Jun 2025 00:00 in Vietnam: on time through 9 Jun.
    Notice notice =
        Notices.report(
            BASE,
            NotificationKind.REPORT_RETURNED,
            TASK,
            "2025-H1",
            Instant.parse("2025-06-09T17:00:00Z"),
            "Thiếu số liệu chỉ tiêu 3");
    assertThat(notice.subject()).isEqualTo("[PlanTrack] Báo cáo kỳ 2025-H1 bị trả lại");
    assertThat(notice.body())
        .isEqualTo(
            "Báo cáo kỳ 2025-H1 của đơn vị bị trả lại để hoàn thiện.\n"
                + "Kỳ báo cáo: 2025-H1\n"
                + "Hạn nộp: hết ngày 09/06/2025\n"
                + "Lý do trả lại: Thiếu số liệu chỉ tiêu 3");
  }

  @Test
  void provinceLevelNotices() {
    assertThat(Notices.importConfirmed(BASE, TASK, "1570/KH-UBND", "kt.coordinator", 42, 7).body())
        .isEqualTo(
            "Kế hoạch 1570/KH-UBND đã được xác nhận nhập: 42 nhiệm vụ, 7 chỉ tiêu.\n"
                + "Số kế hoạch: 1570/KH-UBND\n"
                + "Người xác nhận: kt.coordinator");
    assertThat(
            Notices.indicatorAtRisk(BASE, TASK, "CT-05", "2025", LocalDate.of(2025, 9, 30))
                .headline())
        .isEqualTo("Chỉ tiêu CT-05 có nguy cơ không đạt mục tiêu năm 2025.");
    assertThat(Notices.consolidatedIssued(BASE, TASK, "2025-H1", 2, 12, 10, 8).body())
        .isEqualTo(
            "Báo cáo tổng hợp kỳ 2025-H1 (lần 2) đã được ban hành.\n"
                + "Kỳ báo cáo: 2025-H1\n"
                + "Đơn vị đã báo cáo: 10/12\n"
                + "Đơn vị báo cáo đúng hạn: 8");
  }
}
