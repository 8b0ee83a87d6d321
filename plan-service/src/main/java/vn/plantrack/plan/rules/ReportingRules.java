package vn.plantrack.plan.rules;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a plan's reporting rule says everything its frequency needs (see
 * PlanDocument.ReportingRule); the periods and due instants themselves are computed by
 * reporting-service from the plan's events.
 */
public final class ReportingRules {
  public static final Set<String> FREQUENCIES =
      Set.of(
          "WEEKLY",
          "MONTHLY",
          "QUARTERLY",
          "SIX_MONTHS",
          "NINE_MONTHS",
          "YEARLY",
          "TWICE_YEARLY",
          "AD_HOC");

  private ReportingRules() {}

  public record Violation(String field, String message) {}

  /** The fields of a rule, as the plan stores them. */
  public record Rule(
      String name,
      String frequency,
      Integer dueDay,
      Integer dueMonth,
      String dueWeekday,
      List<String> dueDates,
      Integer withinDays) {}

  public static List<Violation> check(Rule rule) {
    List<Violation> problems = new ArrayList<>();
    if (rule.frequency() == null || !FREQUENCIES.contains(rule.frequency())) {
      problems.add(
          new Violation(
              "frequency", "one of " + String.join(", ", FREQUENCIES.stream().sorted().toList())));
      return problems;
    }
    switch (rule.frequency()) {
      case "WEEKLY" -> {
        if (rule.dueWeekday() == null) {
          problems.add(
              new Violation(
                  "dueWeekday", "a weekly report is due before a weekday, e.g. THURSDAY"));
        } else {
          try {
            DayOfWeek.valueOf(rule.dueWeekday());
          } catch (IllegalArgumentException e) {
            problems.add(new Violation("dueWeekday", "MONDAY … SUNDAY"));
          }
        }
      }
      case "MONTHLY", "QUARTERLY", "SIX_MONTHS", "NINE_MONTHS" -> dueDay(rule, problems);
      case "YEARLY" -> {
        dueDay(rule, problems);
        if (rule.dueMonth() == null || rule.dueMonth() < 1 || rule.dueMonth() > 12) {
          problems.add(new Violation("dueMonth", "1 to 12"));
        }
      }
      case "TWICE_YEARLY" -> {
        if (rule.dueDates() == null || rule.dueDates().size() != 2) {
          problems.add(new Violation("dueDates", "two dates MM-dd, e.g. [\"06-01\", \"11-15\"]"));
        } else {
          for (int i = 0; i < 2; i++) {
            try {
              MonthDay.parse("--" + rule.dueDates().get(i));
            } catch (DateTimeParseException | NullPointerException e) {
              problems.add(new Violation("dueDates[" + i + "]", "a date MM-dd"));
            }
          }
        }
      }
      case "AD_HOC" -> {
        if (rule.withinDays() == null || rule.withinDays() < 1 || rule.withinDays() > 366) {
          problems.add(new Violation("withinDays", "1 to 366 days after the plan is issued"));
        }
        if (rule.name() == null || rule.name().isBlank()) {
          problems.add(new Violation("name", "an ad hoc report is named"));
        }
      }
      default -> throw new IllegalStateException(rule.frequency());
    }
    return problems;
  }

  private static void dueDay(Rule rule, List<Violation> problems) {
    if (rule.dueDay() == null || rule.dueDay() < 1 || rule.dueDay() > 31) {
      problems.add(
          new Violation("dueDay", "the report is due before this day of the month, 1 to 31"));
    }
  }
}
