package vn.plantrack.reporting.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Vietnamese words and formats of the report, for the composers (never the renderers). */
final class Labels {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  /** Task statuses as task-service publishes them. */
  static final Map<String, String> TASK_STATUS =
      Map.of(
          "NOT_STARTED", "Chưa triển khai",
          "IN_PROGRESS", "Đang thực hiện",
          "COMPLETED", "Đã hoàn thành",
          "PAUSED", "Tạm dừng",
          "CANCELLED", "Đã hủy");

  /** The consolidated report's own statuses. */
  static final Map<String, String> REPORT_STATUS =
      Map.of("DRAFT", "Dự thảo", "ISSUED", "Đã ban hành");

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private Labels() {}

  static String taskStatus(String status) {
    return status == null ? "" : TASK_STATUS.getOrDefault(status, status);
  }

  static String reportStatus(String status) {
    return status == null ? "" : REPORT_STATUS.getOrDefault(status, status);
  }

  static String label(ConsolidatedReportDocument.TimelinessClass c) {
    return c == null ? "" : c.label;
  }

  static String label(ConsolidatedReportDocument.Evaluation e) {
    return e == null ? "" : e.label;
  }

  static String label(ConsolidatedReportDocument.ReportStatus s) {
    return s == null ? "" : s.label;
  }

  static String onTime(Boolean onTime) {
    return onTime == null ? "" : onTime ? "Đúng hạn" : "Muộn";
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

  static String dateTime(OffsetDateTime t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  static String join(List<String> names) {
    return names == null ? "" : String.join("; ", names);
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** "UBND TỈNH KON TUM": the body above the issuing department. */
  static String parentBody(ConsolidatedReportDocument.Header h) {
    return "UBND " + upper(h.provinceName());
  }

  /** "Kon Tum": the province without "Tỉnh"/"Thành phố", as the place of issue. */
  static String place(String provinceName) {
    return provinceName.replaceFirst("^(Tỉnh|tỉnh|Thành phố|thành phố) ", "");
  }

  /** "Kon Tum, ngày 10 tháng 6 năm 2025"; left blank to fill in while a draft. */
  static String placeAndDate(ConsolidatedReportDocument.Header h) {
    String place = place(h.provinceName());
    if (h.issuedAt() == null) {
      return place + ", ngày …… tháng …… năm ……";
    }
    LocalDate d = h.issuedAt().toLocalDate();
    return place
        + ", ngày "
        + d.getDayOfMonth()
        + " tháng "
        + d.getMonthValue()
        + " năm "
        + d.getYear();
  }

  /** "Số: /BC-SKHCN": the number is given by the clerical office when issued. */
  static String documentNumber(ConsolidatedReportDocument.Header h) {
    return "Số:        /BC-" + abbreviation(h.issuingOrganization());
  }

  /** "Sở Khoa học và Công nghệ" → "SKHCN". */
  static String abbreviation(String organization) {
    StringBuilder s = new StringBuilder();
    for (String word : organization.split("\\s+")) {
      if (!word.isEmpty() && !word.equalsIgnoreCase("và")) {
        s.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return Normalizer.normalize(s.toString(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('Đ', 'D');
  }

  /** "Kế hoạch số 1570/KH-UBND ngày 08/05/2025 của UBND tỉnh". */
  static String plan(ConsolidatedReportDocument.Header h) {
    return "Kế hoạch số "
        + h.planNumber()
        + (h.planIssuedOn() == null ? "" : " ngày " + date(h.planIssuedOn()))
        + " của UBND tỉnh";
  }

  /** The subject under "BÁO CÁO". */
  static String subject(ConsolidatedReportDocument.Header h) {
    return "Kết quả thực hiện "
        + plan(h)
        + (ConsolidatedReportDocument.blank(h.planTitle()) ? "" : about(h.planTitle()))
        + " ("
        + h.periodLabel()
        + ")";
  }

  /** "Kỳ báo cáo: 6 tháng đầu năm 2025; số liệu từ ngày 15/12/2024 đến ngày 14/06/2025." */
  static String window(ConsolidatedReportDocument.Header h) {
    return "Kỳ báo cáo: "
        + h.periodLabel()
        + "; số liệu tính từ ngày "
        + date(h.dataFrom())
        + " đến ngày "
        + date(h.dataTo())
        + ".";
  }

  /** "Phiên bản 2 - Đã ban hành lúc 08:00 10/06/2025", or what of it is known. */
  static String version(ConsolidatedReportDocument.Header h) {
    StringBuilder s = new StringBuilder();
    if (h.version() > 0) {
      s.append("Phiên bản ").append(h.version());
    }
    String status = reportStatus(h.status());
    if (!status.isEmpty()) {
      s.append(s.isEmpty() ? "" : " - ").append(status);
    }
    if (h.issuedAt() != null) {
      s.append(s.isEmpty() ? "Ban hành lúc " : ", ban hành lúc ").append(dateTime(h.issuedAt()));
    }
    return s.toString();
  }

  static String percent(int part, int whole) {
    if (whole == 0) {
      return "0%";
    }
    double p = 100.0 * part / whole;
    return String.format(Locale.ROOT, "%.1f%%", p).replace('.', ',');
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The paragraphs of a narrative text: split at line breaks, blank lines dropped. */
  static List<String> paragraphs(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** " về triển khai thực hiện …": the plan's title after its number; acronyms kept. */
  private static String about(String title) {
    String t = title.strip();
    if (t.length() > 1
        && Character.isUpperCase(t.charAt(0))
        && Character.isLowerCase(t.charAt(1))) {
      t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
    return t.startsWith("về ") ? " " + t : " về " + t;
  }
}
