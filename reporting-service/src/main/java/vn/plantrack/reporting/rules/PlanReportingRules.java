package vn.plantrack.reporting.rules;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a plan's reporting rule as plan-service publishes it ({@code name, frequency, dueDay,
 * dueMonth, dueWeekday, dueDates ["MM-dd"], withinDays, recipients}) into the {@link ReportingRule}
 * the calendar works with:
 *
 * <ul>
 *   <li>WEEKLY: {@code dueWeekday} ("FRIDAY");
 *   <li>MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS: {@code dueDay} of the period's last month;
 *   <li>YEARLY: {@code dueDay} of {@code dueMonth}; TWICE_YEARLY: the two {@code dueDates};
 *   <li>AD_HOC: {@code withinDays} after the plan's issue date; the period id is {@code ADHOC-} and
 *       the name without diacritics, spaces as dashes ("Kế hoạch thực hiện" → {@code
 *       ADHOC-Ke-hoach-thuc-hien}).
 * </ul>
 *
 * A rule that says too little for its frequency is refused with the reason.
 */
public final class PlanReportingRules {
  private PlanReportingRules() {}

  /** A reporting rule as the plan writes it. */
  public record Written(
      String name,
      String frequency,
      Integer dueDay,
      Integer dueMonth,
      String dueWeekday,
      List<String> dueDates,
      Integer withinDays,
      List<String> recipients) {}

  public static ReportingRule read(Written w, LocalDate issuedOn) {
    Frequency frequency;
    try {
      frequency = Frequency.valueOf(w.frequency());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown frequency " + w.frequency(), e);
    }
    List<String> recipients = w.recipients() == null ? List.of() : w.recipients();
    return switch (frequency) {
      case WEEKLY ->
          new ReportingRule(
              frequency,
              w.name(),
              DayOfWeek.valueOf(required(w.dueWeekday(), "dueWeekday").toUpperCase(Locale.ROOT)),
              null,
              null,
              null,
              null,
              null,
              recipients);
      case MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS ->
          new ReportingRule(
              frequency,
              w.name(),
              null,
              required(w.dueDay(), "dueDay"),
              0,
              null,
              null,
              null,
              recipients);
      case YEARLY ->
          new ReportingRule(
              frequency,
              w.name(),
              null,
              null,
              null,
              List.of(
                  ReportingRule.AnnualDate.of(
                      required(w.dueMonth(), "dueMonth"), required(w.dueDay(), "dueDay"))),
              null,
              null,
              recipients);
      case TWICE_YEARLY -> {
        List<ReportingRule.AnnualDate> dates = new ArrayList<>();
        for (String date : required(w.dueDates(), "dueDates")) {
          String[] md = date.split("-");
          if (md.length != 2) {
            throw new IllegalArgumentException("a due date is MM-dd: " + date);
          }
          dates.add(ReportingRule.AnnualDate.of(Integer.parseInt(md[0]), Integer.parseInt(md[1])));
        }
        yield new ReportingRule(
            frequency, w.name(), null, null, null, dates, null, null, recipients);
      }
      case AD_HOC ->
          new ReportingRule(
              frequency,
              adHocName(required(w.name(), "name")),
              null,
              null,
              null,
              null,
              issuedOn,
              required(w.withinDays(), "withinDays"),
              recipients);
    };
  }

  /**
   * "Kế hoạch thực hiện của đơn vị" → "Ke-hoach-thuc-hien-cua-don-vi" (what a period id allows).
   */
  public static String adHocName(String name) {
    String ascii =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("^-+|-+$", "");
    return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required for this frequency");
    }
    return value;
  }
}
