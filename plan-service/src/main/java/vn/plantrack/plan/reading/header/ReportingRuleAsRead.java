package vn.plantrack.plan.reading.header;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A reporting rule as far as the plan's text says it, the reader's draft of a published {@link
 * vn.plantrack.plan.contract.ReportingRule} (the import checks and converts it): {@code text} is
 * the sentence it was read from and {@code sourceLine} the line of its frequency word. "Before day
 * N" is kept as N ({@code dueDay}, with {@code dueMonth} for yearly reports); weekly reports are
 * due before {@code dueWeekday}; a report twice a year before two dates has {@code dueDates}
 * "MM-dd"; an ad hoc report is due {@code withinDays} after the plan is issued. Whatever the text
 * does not say is null.
 */
public record ReportingRuleAsRead(
    int sourceLine,
    String text,
    FrequencyAsRead frequency,
    Integer dueDay,
    Integer dueMonth,
    DayOfWeek dueWeekday,
    List<String> dueDates,
    Integer withinDays) {}
