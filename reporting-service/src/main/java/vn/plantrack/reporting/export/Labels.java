package vn.plantrack.reporting.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The Vietnamese words the documents use for the API's values. */
final class Labels {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static final Map<String, String> TIMELINESS =
      Map.of(
          "COMPLETED_ON_TIME", "Hoàn thành đúng hạn",
          "COMPLETED_LATE", "Hoàn thành quá hạn",
          "IN_PROGRESS_WITHIN_DEADLINE", "Đang thực hiện trong hạn",
          "OVERDUE", "Quá hạn chưa hoàn thành",
          "ONGOING", "Thường xuyên",
          "AWAITING_CONDITION", "Chờ điều kiện");

  static final Map<String, String> EVALUATION =
      Map.of(
          "MET", "Đạt",
          "NOT_MET", "Không đạt",
          "ON_TRACK", "Đúng tiến độ",
          "AT_RISK", "Có nguy cơ không đạt",
          "NO_DATA", "Chưa có số liệu",
          "NEEDS_JUDGEMENT", "Cần đánh giá");

  static final Map<String, String> REPORT_STATUS =
      Map.of(
          "NOT_STARTED", "Chưa báo cáo",
          "DRAFT", "Đang soạn",
          "SUBMITTED", "Đã gửi",
          "RETURNED", "Bị trả lại",
          "ACCEPTED", "Đã tiếp nhận");

  static final Map<String, String> TASK_STATUS =
      Map.of(
          "NOT_STARTED", "Chưa bắt đầu",
          "IN_PROGRESS", "Đang thực hiện",
          "COMPLETED", "Đã hoàn thành",
          "PAUSED", "Tạm dừng",
          "CANCELLED", "Đã hủy");

  static final String[] ROMAN = {"I", "II", "III", "IV"};

  private Labels() {}

  static String of(Map<String, String> labels, String value) {
    return value == null ? "" : labels.getOrDefault(value, value);
  }

  /** "2025-H1" → "6 tháng đầu năm 2025", "2025" → "năm 2025", "2025-Q2" → "quý II năm 2025". */
  static String period(String id) {
    if (id.matches("\\d{4}")) {
      return "năm " + id;
    }
    if (id.matches("\\d{4}-H1")) {
      return "6 tháng đầu năm " + id.substring(0, 4);
    }
    if (id.matches("\\d{4}-9M")) {
      return "9 tháng năm " + id.substring(0, 4);
    }
    if (id.matches("\\d{4}-Q[1-4]")) {
      return "quý " + ROMAN[id.charAt(6) - '1'] + " năm " + id.substring(0, 4);
    }
    if (id.matches("\\d{4}-\\d{2}")) {
      return "tháng " + Integer.parseInt(id.substring(5)) + " năm " + id.substring(0, 4);
    }
    if (id.matches("\\d{4}-W\\d{2}")) {
      return "tuần " + Integer.parseInt(id.substring(6)) + " năm " + id.substring(0, 4);
    }
    return id.startsWith("ADHOC-") ? "đột xuất (" + id.substring(6) + ")" : id;
  }

  static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
