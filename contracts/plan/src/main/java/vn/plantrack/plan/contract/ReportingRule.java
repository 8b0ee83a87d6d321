package vn.plantrack.plan.contract;

import java.util.List;

/**
 * A periodic-reporting rule as a plan writes it ("Tổ chức thực hiện") and publishes it in its
 * events. "Before day N" means on time until the end of day N−1 (Asia/Ho_Chi_Minh). Per frequency:
 * WEEKLY uses {@code dueWeekday}; MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS use {@code dueDay}
 * (of the period's last month for the latter three); YEARLY uses {@code dueDay} and {@code
 * dueMonth}; TWICE_YEARLY uses {@code dueDates} (two "MM-dd"); AD_HOC uses {@code withinDays} after
 * the plan's issue date and a {@code name}. {@link ReportingRules#check} says whether one is
 * complete.
 *
 * @param frequency a {@link Frequency} name
 * @param recipients who receives the report, as the document names them
 */
public record ReportingRule(
    String name,
    String frequency,
    Integer dueDay,
    Integer dueMonth,
    String dueWeekday,
    List<String> dueDates,
    Integer withinDays,
    List<String> recipients) {}
