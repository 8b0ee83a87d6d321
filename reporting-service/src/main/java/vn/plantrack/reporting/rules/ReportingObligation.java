package vn.plantrack.reporting.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.plantrack.plan.contract.Frequency;

/**
 * One reporting obligation of a plan, as its "Tổ chức thực hiện" section words it: how often, and
 * "before day N" of what. The calendar's form of plan-contract's {@link
 * vn.plantrack.plan.contract.ReportingRule} (the same idea, typed: {@link PlanReportingRules#read}
 * turns the published rule and the plan's issue date into it). Every component is a plain value
 * (enums by name, numbers, ISO dates) and a component that does not apply to the frequency is
 * {@code null}; the constructor rejects one that is set anyway, because a stray field would mean
 * the rule was misread.
 *
 * <p>The day and date components name the first day that is already late, as the documents do:
 * "trước ngày 10" is stored as 10 and a report is on time until the end of day 9. {@code
 * dueDaysAfterAnchor} instead counts the days still on time ("chậm nhất sau 05 ngày"). See {@link
 * ReportingCalendar}.
 *
 * @param frequency how often; required
 * @param name optional label ("Báo cáo tuần"); required for {@link Frequency#AD_HOC}, where it
 *     forms the period id {@code ADHOC-<name>} and so is limited to ASCII letters, digits, '.',
 *     '_', '-'
 * @param dueDayOfWeek {@link Frequency#WEEKLY}: the weekday before which the week's report is due
 * @param dueDayOfMonth {@link Frequency#MONTHLY}, {@link Frequency#QUARTERLY}, {@link
 *     Frequency#SIX_MONTHS}, {@link Frequency#NINE_MONTHS}: the day (1–31) of the period's last
 *     month before which the report is due; a day past the month's end means "by the month's last
 *     day"
 * @param dueMonthOffset same frequencies: months after the period's last month in which {@code
 *     dueDayOfMonth} falls (0–12); {@code null} is read as 0, the seeds' "tháng cuối quý"
 * @param dueDates {@link Frequency#YEARLY}: one month-day in the reported year; {@link
 *     Frequency#TWICE_YEARLY}: two, first the 6-month report's, then the yearly report's
 * @param anchorDate {@link Frequency#AD_HOC}: the event the days count from (e.g. the plan's issue
 *     date); may stay {@code null} until the event happens
 * @param dueDaysAfterAnchor {@link Frequency#AD_HOC}: "chậm nhất sau N ngày" (1–366)
 * @param recipients who receives the report, as the document names them; never {@code null}
 */
public record ReportingObligation(
    Frequency frequency,
    String name,
    DayOfWeek dueDayOfWeek,
    Integer dueDayOfMonth,
    Integer dueMonthOffset,
    List<AnnualDate> dueDates,
    LocalDate anchorDate,
    Integer dueDaysAfterAnchor,
    List<String> recipients) {

  /**
   * A month and day that recur every year, kept as two numbers rather than {@link MonthDay} so the
   * stored JSON reads {@code {"month": 11, "day": 10}}. 29 February is allowed: "before 29/02" is
   * due by the end of 28 February in every year.
   */
  public record AnnualDate(int month, int day) {
    public AnnualDate {
      try {
        MonthDay.of(month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "not a day of the year: day " + day + " of month " + month, e);
      }
    }

    public static AnnualDate of(int month, int day) {
      return new AnnualDate(month, day);
    }

    @Override
    public String toString() {
      return String.format("%02d/%02d", day, month);
    }
  }

  public ReportingObligation {
    require(frequency != null, "frequency is required");
    if (name != null) {
      name = name.strip();
      require(!name.isEmpty(), "name must not be blank");
    }
    recipients = copyRecipients(recipients);
    if (dueDates != null) {
      require(dueDates.stream().allMatch(Objects::nonNull), "dueDates must not contain null");
      dueDates = List.copyOf(dueDates);
    }
    boolean dayOfMonthRule =
        switch (frequency) {
          case MONTHLY, QUARTERLY, SIX_MONTHS, NINE_MONTHS -> true;
          default -> false;
        };
    if (dayOfMonthRule && dueMonthOffset == null) {
      dueMonthOffset = 0;
    }

    requireOnlyFor(dueDayOfWeek, frequency == Frequency.WEEKLY, "dueDayOfWeek", frequency);
    requireOnlyFor(dueDayOfMonth, dayOfMonthRule, "dueDayOfMonth", frequency);
    requireOnlyFor(dueMonthOffset, dayOfMonthRule, "dueMonthOffset", frequency);
    boolean yearlyRule = frequency == Frequency.YEARLY || frequency == Frequency.TWICE_YEARLY;
    requireOnlyFor(dueDates, yearlyRule, "dueDates", frequency);
    requireOnlyFor(
        dueDaysAfterAnchor, frequency == Frequency.AD_HOC, "dueDaysAfterAnchor", frequency);
    require(
        anchorDate == null || frequency == Frequency.AD_HOC,
        "anchorDate does not apply to a " + frequency + " rule");

    if (dayOfMonthRule) {
      require(dueDayOfMonth >= 1 && dueDayOfMonth <= 31, "dueDayOfMonth must be 1-31");
      require(dueMonthOffset >= 0 && dueMonthOffset <= 12, "dueMonthOffset must be 0-12");
    }
    if (frequency == Frequency.YEARLY) {
      require(dueDates.size() == 1, "a YEARLY rule has exactly one due date");
    }
    if (frequency == Frequency.TWICE_YEARLY) {
      require(dueDates.size() == 2, "a TWICE_YEARLY rule has two due dates");
    }
    if (frequency == Frequency.AD_HOC) {
      require(name != null, "an AD_HOC rule needs a name: it forms the period id ADHOC-<name>");
      require(
          ReportingPeriodId.AD_HOC_NAME.matcher(name).matches(),
          ReportingPeriodId.adHocNameRule() + ": " + name);
      require(
          dueDaysAfterAnchor >= 1 && dueDaysAfterAnchor <= 366, "dueDaysAfterAnchor must be 1-366");
    }
  }

  /** "Trước thứ 5 hàng tuần" is {@code weekly(DayOfWeek.THURSDAY)}. */
  public static ReportingObligation weekly(DayOfWeek dueBefore) {
    return new ReportingObligation(
        Frequency.WEEKLY, null, dueBefore, null, null, null, null, null, null);
  }

  /** "Trước ngày 10 hàng tháng" is {@code monthly(10)}. */
  public static ReportingObligation monthly(int dueBeforeDay) {
    return dayOfMonth(Frequency.MONTHLY, dueBeforeDay);
  }

  /** "Trước ngày 10 của tháng cuối quý" is {@code quarterly(10)}. */
  public static ReportingObligation quarterly(int dueBeforeDay) {
    return dayOfMonth(Frequency.QUARTERLY, dueBeforeDay);
  }

  /** Due before the given day of June (the second quarter's last month). */
  public static ReportingObligation sixMonths(int dueBeforeDay) {
    return dayOfMonth(Frequency.SIX_MONTHS, dueBeforeDay);
  }

  /** Due before the given day of September (the third quarter's last month). */
  public static ReportingObligation nineMonths(int dueBeforeDay) {
    return dayOfMonth(Frequency.NINE_MONTHS, dueBeforeDay);
  }

  /** "Trước ngày 10 tháng 11 hàng năm" is {@code yearly(11, 10)}. */
  public static ReportingObligation yearly(int dueBeforeMonth, int dueBeforeDay) {
    return new ReportingObligation(
        Frequency.YEARLY,
        null,
        null,
        null,
        null,
        List.of(AnnualDate.of(dueBeforeMonth, dueBeforeDay)),
        null,
        null,
        null);
  }

  /** "Định kỳ 06 tháng, hằng năm … trước ngày 01/6 và trước ngày 15/11". */
  public static ReportingObligation twiceYearly(
      AnnualDate sixMonthDueBefore, AnnualDate yearDueBefore) {
    return new ReportingObligation(
        Frequency.TWICE_YEARLY,
        null,
        null,
        null,
        null,
        List.of(sixMonthDueBefore, yearDueBefore),
        null,
        null,
        null);
  }

  /**
   * "Chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành" is {@code adHoc(name, issuedOn,
   * 5)}.
   */
  public static ReportingObligation adHoc(
      String name, LocalDate anchorDate, int dueDaysAfterAnchor) {
    return new ReportingObligation(
        Frequency.AD_HOC, name, null, null, null, null, anchorDate, dueDaysAfterAnchor, null);
  }

  private static ReportingObligation dayOfMonth(Frequency frequency, int dueBeforeDay) {
    return new ReportingObligation(frequency, null, null, dueBeforeDay, 0, null, null, null, null);
  }

  public ReportingObligation withName(String newName) {
    return new ReportingObligation(
        frequency,
        newName,
        dueDayOfWeek,
        dueDayOfMonth,
        dueMonthOffset,
        dueDates,
        anchorDate,
        dueDaysAfterAnchor,
        recipients);
  }

  public ReportingObligation withRecipients(List<String> newRecipients) {
    return new ReportingObligation(
        frequency,
        name,
        dueDayOfWeek,
        dueDayOfMonth,
        dueMonthOffset,
        dueDates,
        anchorDate,
        dueDaysAfterAnchor,
        newRecipients);
  }

  /** For a plan that says e.g. "trước ngày 05 của tháng đầu quý sau" (offset 1). */
  public ReportingObligation withDueMonthOffset(int newOffset) {
    return new ReportingObligation(
        frequency,
        name,
        dueDayOfWeek,
        dueDayOfMonth,
        newOffset,
        dueDates,
        anchorDate,
        dueDaysAfterAnchor,
        recipients);
  }

  /** Sets the anchor once the event is known, typically when the plan is issued. */
  public ReportingObligation withAnchorDate(LocalDate newAnchorDate) {
    return new ReportingObligation(
        frequency,
        name,
        dueDayOfWeek,
        dueDayOfMonth,
        dueMonthOffset,
        dueDates,
        newAnchorDate,
        dueDaysAfterAnchor,
        recipients);
  }

  private static List<String> copyRecipients(List<String> recipients) {
    if (recipients == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>(recipients.size());
    for (String recipient : recipients) {
      require(recipient != null && !recipient.isBlank(), "a recipient must not be blank");
      copy.add(recipient.strip());
    }
    return List.copyOf(copy);
  }

  private static void requireOnlyFor(
      Object value, boolean applies, String field, Frequency frequency) {
    if (applies) {
      require(value != null, field + " is required for a " + frequency + " rule");
    } else {
      require(value == null, field + " does not apply to a " + frequency + " rule");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
