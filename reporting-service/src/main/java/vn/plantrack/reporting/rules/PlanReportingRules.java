package vn.plantrack.reporting.rules;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Collectors;
import vn.plantrack.plan.contract.Frequency;
import vn.plantrack.plan.contract.ReportingRules;

/**
 * Turns a plan's reporting rule, as plan-service publishes it (plan-contract's {@link
 * vn.plantrack.plan.contract.ReportingRule}), into the {@link ReportingObligation} the calendar
 * computes periods with. Whether the rule says enough for its frequency is plan-service's own check
 * ({@link ReportingRules#check}), applied here unchanged; what this adds is the calendar's shape:
 *
 * <ul>
 *   <li>MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS: {@code dueDay} of the period's last month;
 *   <li>YEARLY: {@code dueDay} of {@code dueMonth}; TWICE_YEARLY: the two {@code dueDates};
 *   <li>AD_HOC: {@code withinDays} after the plan's issue date; the period id is {@code ADHOC-} and
 *       the name without diacritics, spaces as dashes ("Kế hoạch thực hiện" → {@code
 *       ADHOC-Ke-hoach-thuc-hien}).
 * </ul>
 */
public final class PlanReportingRules {
  private PlanReportingRules() {}

  /**
   * @throws IllegalArgumentException when the rule says too little for its frequency, with the
   *     reasons plan-service gives
   */
  public static ReportingObligation read(
      vn.plantrack.plan.contract.ReportingRule w, LocalDate issuedOn) {
    List<ReportingRules.Violation> problems = ReportingRules.check(w);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.stream()
              .map(p -> p.field() + ": " + p.message())
              .collect(Collectors.joining("; ")));
    }
    Frequency frequency = Frequency.valueOf(w.frequency());
    List<String> recipients = w.recipients() == null ? List.of() : w.recipients();
    return switch (frequency) {
      case WEEKLY ->
          new ReportingObligation(
              frequency,
              w.name(),
              DayOfWeek.valueOf(w.dueWeekday()),
              null,
              null,
              null,
              null,
              null,
              recipients);
      case MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS ->
          new ReportingObligation(
              frequency, w.name(), null, w.dueDay(), 0, null, null, null, recipients);
      case YEARLY ->
          new ReportingObligation(
              frequency,
              w.name(),
              null,
              null,
              null,
              List.of(ReportingObligation.AnnualDate.of(w.dueMonth(), w.dueDay())),
              null,
              null,
              recipients);
      case TWICE_YEARLY ->
          new ReportingObligation(
              frequency,
              w.name(),
              null,
              null,
              null,
              ReportingRules.dueDates(w).stream().map(PlanReportingRules::annual).toList(),
              null,
              null,
              recipients);
      case AD_HOC ->
          new ReportingObligation(
              frequency,
              adHocName(w.name()),
              null,
              null,
              null,
              null,
              issuedOn,
              w.withinDays(),
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

  private static ReportingObligation.AnnualDate annual(MonthDay day) {
    return ReportingObligation.AnnualDate.of(day.getMonthValue(), day.getDayOfMonth());
  }
}
