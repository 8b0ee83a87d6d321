package vn.plantrack.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.notification.rules.Notices;

class MailComposerTest {
  static final MailComposer COMPOSER = new MailComposer();
  static final Notices.Task TASK =
      new Notices.Task(
          UUID.fromString("6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f"),
          "II.3",
          "Số hoá hồ sơ <thủ tục> & kết quả",
          "Quý IV/2025",
          LocalDate.of(2025, 12, 31));

  @Test
  void theTextMessageInVietnamese() {
    MailComposer.Email email =
        COMPOSER.message(Notices.taskDueSoon("https://pt.vn", TASK, 1), "Nguyễn Văn An");
    assertThat(email.subject()).isEqualTo("[PlanTrack] Nhiệm vụ II.3 còn 1 ngày đến hạn");
    assertThat(email.text())
        .startsWith(
            "Kính gửi Nguyễn Văn An,\n\n"
                + "Nhiệm vụ II.3 “Số hoá hồ sơ <thủ tục> & kết quả” còn 1 ngày đến hạn.\n\n"
                + "Mã nhiệm vụ: II.3\n"
                + "Tên nhiệm vụ: Số hoá hồ sơ <thủ tục> & kết quả\n"
                + "Thời hạn: Quý IV/2025\n"
                + "Hạn hoàn thành: 31/12/2025\n\n"
                + "Xem chi tiết: https://pt.vn/tasks/6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f\n")
        .contains("vui lòng không trả lời thư này");
  }

  @Test
  void theHtmlMessageEscapesTheValues() {
    MailComposer.Email email = COMPOSER.message(Notices.taskOverdue("https://pt.vn", TASK), null);
    assertThat(email.html())
        .contains("<html lang=\"vi\">")
        .contains("<meta charset=\"UTF-8\">")
        .contains("Kính gửi Quý cơ quan,")
        .contains("Số hoá hồ sơ &lt;thủ tục&gt; &amp; kết quả")
        .doesNotContain("<thủ tục>")
        .contains("<td style=\"padding: 2px 0;\">Quý IV/2025</td>")
        .contains("<a href=\"https://pt.vn/tasks/6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f\">");
  }

  @Test
  void aDigestListsTheDaysEntries() {
    MailComposer.Email digest =
        COMPOSER.digest(
            "cuong.stc",
            LocalDate.of(2026, 1, 2),
            List.of(
                COMPOSER.entry(Notices.taskOverdue("https://pt.vn", TASK)),
                COMPOSER.entry(Notices.taskDueSoon("https://pt.vn", TASK, 3))));
    assertThat(digest.subject()).isEqualTo("[PlanTrack] Tổng hợp 2 thông báo ngày 02/01/2026");
    assertThat(digest.text())
        .contains("PlanTrack tổng hợp 2 thông báo của ngày 02/01/2026:")
        .contains(
            "1. Nhiệm vụ II.3 “Số hoá hồ sơ <thủ tục> & kết quả” đã quá hạn từ ngày 01/01/2026.")
        .contains("2. Nhiệm vụ II.3 “Số hoá hồ sơ <thủ tục> & kết quả” còn 3 ngày đến hạn.");
    assertThat(digest.html())
        .contains("Số hoá hồ sơ &lt;thủ tục&gt; &amp; kết quả")
        .doesNotContain("&lt;p&gt;");
  }
}
