package vn.plantrack.reporting.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.plantrack.plan.contract.Frequency;

/**
 * Turns a {@link ReportingObligation} into its {@link ReportingPeriod}s.
 *
 * <p><b>Due instant.</b> "Trước ngày N" (before day N) means on time up to the end of day N−1 in
 * Asia/Ho_Chi_Minh, so {@code dueAt} is day N at 00:00 +07:00 and a submission is on time iff it is
 * strictly before {@code dueAt}. A day past the end of its month is read as the month's last day
 * ("before the 31st" of June is due 1 July 00:00; "before 29/02" in a common year is due 1 March
 * 00:00).
 *
 * <p><b>Data windows</b> follow Decree 09/2019/NĐ-CP art. 12 (cut-off on the 14th): a month from
 * the 15th of the previous month to the 14th; a quarter from the 15th of the month before it to the
 * 14th of its last month; 6 months, 9 months and the year from 15 December of the previous year to
 * 14 June, 14 September and 14 December, and those three are cumulative from that 15 December. The
 * seeds' due days (the 10th of the period's last month, 10 November) fall before the window ends:
 * units report what they have by then, while the window keeps the figures aligned with the state's
 * own reports.
 *
 * <p><b>Weekly</b> (no cut-off in the Decree): the period {@code YYYY-Www} is the report due in ISO
 * week {@code Www}, before its {@code dueDayOfWeek}; its window is the seven days ending the day
 * before, so for "trước thứ 5 hàng tuần" Thursday of the previous week to Wednesday. The seed words
 * every report as due inside the period it describes (the quarter's report before the 10th of its
 * last month, the year's before 10 November), and a window that closes as the report is due puts
 * every day in exactly one weekly report, with none after its submission.
 *
 * <p><b>Ad hoc</b>: "chậm nhất sau N ngày kể từ" an event is counted as the Civil Code (2015, art.
 * 147–148) counts a period in days: the event's day is not counted, day 1 is the next day, and the
 * period ends at the end of day N. So a plan issued on 8 May with N = 5 is due by the end of 13 May
 * ({@code dueAt} 14 May 00:00 +07:00); the window runs from the event's day to that last day.
 * Calendar days: no shift for weekends or holidays (art. 148.5), which would need a holiday
 * calendar.
 */
public final class ReportingCalendar {

  /** Every date in the documents is a Vietnamese one; Vietnam has had no DST since 1975. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final int CUT_OFF_DAY = 14;
  private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(9998, 12, 31);
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::windowEnd)
          .thenComparing(ReportingPeriod::windowStart)
          .thenComparing(ReportingPeriod::dueAt);

  private ReportingCalendar() {}

  /**
   * The periods whose data windows intersect {@code [from, to]} (both inclusive), by window end. A
   * twice-yearly rule gives its 6-month period before the yearly one of the same year.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}, a date lies outside years
   *     0001–9998 (ids have four-digit years), or an ad hoc rule has no anchor date yet
   */
  public static List<ReportingPeriod> periods(
      ReportingObligation rule, LocalDate from, LocalDate to) {
    requireRule(rule);
    if (from == null || to == null) {
      throw new IllegalArgumentException("from and to are required");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if (from.isBefore(FIRST_DATE) || to.isAfter(LAST_DATE)) {
      throw new IllegalArgumentException("dates must lie within " + FIRST_DATE + "–" + LAST_DATE);
    }
    List<ReportingPeriod> result = new ArrayList<>();
    switch (rule.frequency()) {
      case WEEKLY -> {
        LocalDate due = from.with(TemporalAdjusters.next(rule.dueDayOfWeek()));
        for (; !due.minusDays(7).isAfter(to); due = due.plusDays(7)) {
          result.add(weekly(rule, due));
        }
      }
      case AD_HOC -> result.add(adHoc(rule));
      default -> {
        for (int year = reportingYear(from); year <= reportingYear(to); year++) {
          for (ReportingPeriodId id : idsOfYear(rule.frequency(), year)) {
            result.add(build(rule, id));
          }
        }
      }
    }
    result.removeIf(p -> p.windowEnd().isBefore(from) || p.windowStart().isAfter(to));
    result.sort(ORDER);
    return List.copyOf(result);
  }

  /**
   * The period with this id under this rule.
   *
   * @throws InvalidPeriodIdException if the id is malformed or the rule never produces it (a
   *     quarter under a yearly rule, another ad hoc name)
   * @throws IllegalArgumentException if an ad hoc rule has no anchor date yet
   */
  public static ReportingPeriod period(ReportingObligation rule, String periodId) {
    requireRule(rule);
    ReportingPeriodId id = ReportingPeriodId.parse(periodId);
    if (!fits(rule, id)) {
      throw new InvalidPeriodIdException(
          periodId,
          periodId
              + " is not a period of this rule, which yields "
              + describeIds(rule)
              + " periods");
    }
    return build(rule, id);
  }

  /** On time means strictly before {@code dueAt}: at 00:00 of day N the report is already late. */
  public static boolean onTime(Instant submittedAt, ReportingPeriod period) {
    if (submittedAt == null || period == null) {
      throw new IllegalArgumentException("submittedAt and period are required");
    }
    return submittedAt.isBefore(period.dueAt());
  }

  private static boolean fits(ReportingObligation rule, ReportingPeriodId id) {
    return switch (rule.frequency()) {
      case TWICE_YEARLY ->
          id.frequency() == Frequency.SIX_MONTHS || id.frequency() == Frequency.YEARLY;
      case AD_HOC -> id.frequency() == Frequency.AD_HOC && id.name().equals(rule.name());
      default -> id.frequency() == rule.frequency();
    };
  }

  private static String describeIds(ReportingObligation rule) {
    return switch (rule.frequency()) {
      case TWICE_YEARLY -> "6-month (YYYY-H1) and yearly (YYYY)";
      case AD_HOC -> "only ADHOC-" + rule.name();
      case WEEKLY -> "weekly (YYYY-Www)";
      case MONTHLY -> "monthly (YYYY-MM)";
      case QUARTERLY -> "quarterly (YYYY-Qn)";
      case SIX_MONTHS -> "6-month (YYYY-H1)";
      case NINE_MONTHS -> "9-month (YYYY-9M)";
      case YEARLY -> "yearly (YYYY)";
    };
  }

  private static List<ReportingPeriodId> idsOfYear(Frequency frequency, int year) {
    List<ReportingPeriodId> ids = new ArrayList<>();
    switch (frequency) {
      case MONTHLY -> {
        for (int month = 1; month <= 12; month++) {
          ids.add(ReportingPeriodId.month(year, month));
        }
      }
      case QUARTERLY -> {
        for (int quarter = 1; quarter <= 4; quarter++) {
          ids.add(ReportingPeriodId.quarter(year, quarter));
        }
      }
      case SIX_MONTHS -> ids.add(ReportingPeriodId.firstHalf(year));
      case NINE_MONTHS -> ids.add(ReportingPeriodId.nineMonths(year));
      case YEARLY -> ids.add(ReportingPeriodId.year(year));
      case TWICE_YEARLY -> {
        ids.add(ReportingPeriodId.firstHalf(year));
        ids.add(ReportingPeriodId.year(year));
      }
      default -> throw new IllegalStateException("no yearly ids for " + frequency);
    }
    return ids;
  }

  private static ReportingPeriod build(ReportingObligation rule, ReportingPeriodId id) {
    int year = id.year();
    return switch (id.frequency()) {
      case WEEKLY -> {
        LocalDate monday =
            LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, id.number())
                .with(ChronoField.DAY_OF_WEEK, DayOfWeek.MONDAY.getValue());
        yield weekly(rule, monday.with(ChronoField.DAY_OF_WEEK, rule.dueDayOfWeek().getValue()));
      }
      case MONTHLY -> {
        YearMonth month = YearMonth.of(year, id.number());
        yield monthFamily(rule, id, month, month, false);
      }
      case QUARTERLY -> {
        YearMonth last = YearMonth.of(year, 3 * id.number());
        yield monthFamily(rule, id, last.minusMonths(2), last, false);
      }
      case SIX_MONTHS ->
          rule.frequency() == Frequency.TWICE_YEARLY
              ? yearFamily(id, YearMonth.of(year, 6), rule.dueDates().get(0))
              : monthFamily(rule, id, YearMonth.of(year, 1), YearMonth.of(year, 6), true);
      case NINE_MONTHS -> monthFamily(rule, id, YearMonth.of(year, 1), YearMonth.of(year, 9), true);
      case YEARLY ->
          yearFamily(
              id,
              YearMonth.of(year, 12),
              rule.dueDates().get(rule.frequency() == Frequency.TWICE_YEARLY ? 1 : 0));
      case AD_HOC -> adHoc(rule);
      case TWICE_YEARLY -> throw new IllegalStateException("no period is TWICE_YEARLY");
    };
  }

  private static ReportingPeriod weekly(ReportingObligation rule, LocalDate dueDay) {
    ReportingPeriodId id =
        ReportingPeriodId.week(
            dueDay.get(IsoFields.WEEK_BASED_YEAR), dueDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new ReportingPeriod(
        id.toString(),
        Frequency.WEEKLY,
        dueDay.minusDays(7),
        dueDay.minusDays(1),
        null,
        startOf(dueDay));
  }

  /** Periods due on a day of their last month (or a later one), per the rule's day and offset. */
  private static ReportingPeriod monthFamily(
      ReportingObligation rule,
      ReportingPeriodId id,
      YearMonth first,
      YearMonth last,
      boolean cumulative) {
    LocalDate start = first.minusMonths(1).atDay(CUT_OFF_DAY + 1);
    YearMonth dueMonth = last.plusMonths(rule.dueMonthOffset());
    return new ReportingPeriod(
        id.toString(),
        id.frequency(),
        start,
        last.atDay(CUT_OFF_DAY),
        cumulative ? start : null,
        dueBefore(dueMonth, rule.dueDayOfMonth()));
  }

  /** Cumulative periods from the reporting year's start, due before a month-day of their year. */
  private static ReportingPeriod yearFamily(
      ReportingPeriodId id, YearMonth last, ReportingObligation.AnnualDate due) {
    LocalDate start = YearMonth.of(last.getYear() - 1, 12).atDay(CUT_OFF_DAY + 1);
    return new ReportingPeriod(
        id.toString(),
        id.frequency(),
        start,
        last.atDay(CUT_OFF_DAY),
        start,
        dueBefore(YearMonth.of(last.getYear(), due.month()), due.day()));
  }

  private static ReportingPeriod adHoc(ReportingObligation rule) {
    LocalDate anchor = rule.anchorDate();
    if (anchor == null) {
      throw new IllegalArgumentException(
          "the ad hoc rule "
              + rule.name()
              + " has no anchor date yet (e.g. the plan is not issued)");
    }
    LocalDate lastDay = anchor.plusDays(rule.dueDaysAfterAnchor());
    return new ReportingPeriod(
        ReportingPeriodId.adHoc(rule.name()).toString(),
        Frequency.AD_HOC,
        anchor,
        lastDay,
        null,
        startOf(lastDay.plusDays(1)));
  }

  /** "Before day N of this month", with a day past the month's end read as its last day. */
  private static Instant dueBefore(YearMonth month, int dayN) {
    return startOf(month.atDay(1).plusDays(Math.min(dayN - 1, month.lengthOfMonth())));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** The Decree's reporting year: 15 December belongs to the next year's reports. */
  private static int reportingYear(LocalDate date) {
    return date.getMonthValue() == 12 && date.getDayOfMonth() > CUT_OFF_DAY
        ? date.getYear() + 1
        : date.getYear();
  }

  private static void requireRule(ReportingObligation rule) {
    if (rule == null) {
      throw new IllegalArgumentException("rule is required");
    }
  }
}
