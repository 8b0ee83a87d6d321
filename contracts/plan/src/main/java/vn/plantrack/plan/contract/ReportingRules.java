package vn.plantrack.plan.contract;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a plan's {@link ReportingRule} says everything its frequency needs. plan-service refuses
 * a plan whose rule is incomplete; a reader (reporting-service, which computes the periods and due
 * instants) applies the same check to what it receives, so the two never disagree on what a rule
 * means.
 */
public final class ReportingRules {
  private ReportingRules() {}

  /** What is missing or wrong, by field. */
  public record Violation(String field, String message) {}

  public static List<Violation> check(ReportingRule rule) {
    List<Violation> problems = new ArrayList<>();
    Frequency frequency = Frequency.of(rule.frequency());
    if (frequency == null) {
      problems.add(
          new Violation(
              "frequency",
              "one of "
                  + String.join(
                      ", ", Arrays.stream(Frequency.values()).map(Enum::name).sorted().toList())));
      return problems;
    }
    switch (frequency) {
      case WEEKLY -> weekday(rule, problems);
      case MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS -> dueDay(rule, problems);
      case YEARLY -> {
        dueDay(rule, problems);
        if (rule.dueMonth() == null || rule.dueMonth() < 1 || rule.dueMonth() > 12) {
          problems.add(new Violation("dueMonth", "1 to 12"));
        }
      }
      case TWICE_YEARLY -> dueDates(rule, problems);
      case AD_HOC -> {
        if (rule.withinDays() == null || rule.withinDays() < 1 || rule.withinDays() > 366) {
          problems.add(new Violation("withinDays", "1 to 366 days after the plan is issued"));
        }
        if (rule.name() == null || rule.name().isBlank()) {
          problems.add(new Violation("name", "an ad hoc report is named"));
        }
      }
    }
    return problems;
  }

  /** The two "MM-dd" of a TWICE_YEARLY rule; call only on a rule {@link #check} accepts. */
  public static List<MonthDay> dueDates(ReportingRule rule) {
    return rule.dueDates().stream().map(d -> MonthDay.parse("--" + d)).toList();
  }

  private static void weekday(ReportingRule rule, List<Violation> problems) {
    if (rule.dueWeekday() == null) {
      problems.add(
          new Violation("dueWeekday", "a weekly report is due before a weekday, e.g. THURSDAY"));
      return;
    }
    try {
      DayOfWeek.valueOf(rule.dueWeekday());
    } catch (IllegalArgumentException e) {
      problems.add(new Violation("dueWeekday", "MONDAY … SUNDAY"));
    }
  }

  private static void dueDay(ReportingRule rule, List<Violation> problems) {
    if (rule.dueDay() == null || rule.dueDay() < 1 || rule.dueDay() > 31) {
      problems.add(
          new Violation("dueDay", "the report is due before this day of the month, 1 to 31"));
    }
  }

  private static void dueDates(ReportingRule rule, List<Violation> problems) {
    if (rule.dueDates() == null || rule.dueDates().size() != 2) {
      problems.add(new Violation("dueDates", "two dates MM-dd, e.g. [\"06-01\", \"11-15\"]"));
      return;
    }
    for (int i = 0; i < 2; i++) {
      try {
        MonthDay.parse("--" + rule.dueDates().get(i));
      } catch (DateTimeParseException | NullPointerException e) {
        problems.add(new Violation("dueDates[" + i + "]", "a date MM-dd"));
      }
    }
  }
}
