package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.plan.contract.Frequency;
import vn.plantrack.reporting.rules.ReportingObligation.AnnualDate;

/** Calendar behaviour beyond the seeds' own periods: edges of months and years, ranges, errors. */
class ReportingCalendarTest {

  static final Map<String, ReportingObligation> RULES =
      Map.of(
          "WEEK", ReportingObligation.weekly(DayOfWeek.THURSDAY),
          "MONTH", ReportingObligation.monthly(10),
          "QUARTER", ReportingObligation.quarterly(10),
          "6M", ReportingObligation.sixMonths(10),
          "9M", ReportingObligation.nineMonths(10),
          "YEAR", ReportingObligation.yearly(11, 10),
          "TWICE", ReportingObligation.twiceYearly(AnnualDate.of(6, 1), AnnualDate.of(11, 15)),
          "ADHOC", ReportingObligation.adHoc("KH1570", LocalDate.of(2025, 5, 8), 5));

  /** "Before day N" where day N−1 or N does not exist in that month. */
  static Stream<Arguments> dueDaysAtMonthEdges() {
    return Stream.of(
        due(ReportingObligation.monthly(31), "2025-06", "2025-07-01T00:00+07:00"),
        due(ReportingObligation.monthly(31), "2025-01", "2025-01-31T00:00+07:00"),
        due(ReportingObligation.monthly(29), "2024-02", "2024-02-29T00:00+07:00"),
        due(ReportingObligation.monthly(29), "2025-02", "2025-03-01T00:00+07:00"),
        due(ReportingObligation.monthly(30), "2024-02", "2024-03-01T00:00+07:00"),
        due(ReportingObligation.monthly(30), "2025-02", "2025-03-01T00:00+07:00"),
        due(ReportingObligation.monthly(1), "2025-03", "2025-03-01T00:00+07:00"),
        due(ReportingObligation.monthly(1), "2024-03", "2024-03-01T00:00+07:00"),
        due(ReportingObligation.yearly(2, 29), "2024", "2024-02-29T00:00+07:00"),
        due(ReportingObligation.yearly(2, 29), "2025", "2025-03-01T00:00+07:00"),
        due(ReportingObligation.yearly(1, 1), "2025", "2025-01-01T00:00+07:00"),
        due(ReportingObligation.yearly(12, 31), "2025", "2025-12-31T00:00+07:00"));
  }

  @ParameterizedTest(name = "{0} {1}: due {2}")
  @MethodSource("dueDaysAtMonthEdges")
  void dueDayPastTheMonthsEndMeansItsLastDay(ReportingObligation rule, String id, String dueAt) {
    assertThat(ReportingCalendar.period(rule, id).dueAt()).isEqualTo(instant(dueAt));
  }

  /** A plan may put the due day in a later month ("tháng đầu quý sau"); the window stays. */
  static Stream<Arguments> dueMonthOffsets() {
    return Stream.of(
        due(
            ReportingObligation.quarterly(5).withDueMonthOffset(1),
            "2025-Q4",
            "2026-01-05T00:00+07:00"),
        due(
            ReportingObligation.quarterly(5).withDueMonthOffset(1),
            "2025-Q1",
            "2025-04-05T00:00+07:00"),
        due(
            ReportingObligation.monthly(5).withDueMonthOffset(1),
            "2025-12",
            "2026-01-05T00:00+07:00"),
        due(
            ReportingObligation.sixMonths(20).withDueMonthOffset(1),
            "2025-H1",
            "2025-07-20T00:00+07:00"),
        due(
            ReportingObligation.nineMonths(15).withDueMonthOffset(0),
            "2025-9M",
            "2025-09-15T00:00+07:00"));
  }

  @ParameterizedTest(name = "{0} {1}: due {2}")
  @MethodSource("dueMonthOffsets")
  void dueMonthOffsetMovesOnlyTheDueDay(ReportingObligation rule, String id, String dueAt) {
    ReportingPeriod period = ReportingCalendar.period(rule, id);
    ReportingObligation sameWithoutOffset = rule.withDueMonthOffset(0);

    assertThat(period.dueAt()).isEqualTo(instant(dueAt));
    assertThat(period.windowStart())
        .isEqualTo(ReportingCalendar.period(sameWithoutOffset, id).windowStart());
    assertThat(period.windowEnd())
        .isEqualTo(ReportingCalendar.period(sameWithoutOffset, id).windowEnd());
  }

  /**
   * Due days named in DOMAIN.md ("another plan says 15 Nov, another 25 Nov"; "another plan: 10 Jun
   * and 25 Nov") that none of the three seeds contains: 25 November appears in no seed text.
   */
  static Stream<Arguments> dueDaysOfOtherPlans() {
    ReportingObligation twice =
        ReportingObligation.twiceYearly(AnnualDate.of(6, 10), AnnualDate.of(11, 25));
    return Stream.of(
        due(ReportingObligation.yearly(11, 15), "2025", "2025-11-15T00:00+07:00"),
        due(ReportingObligation.yearly(11, 25), "2025", "2025-11-25T00:00+07:00"),
        due(twice, "2025-H1", "2025-06-10T00:00+07:00"),
        due(twice, "2025", "2025-11-25T00:00+07:00"));
  }

  @ParameterizedTest(name = "{0} {1}: due {2}")
  @MethodSource("dueDaysOfOtherPlans")
  void otherPlansDueDays(ReportingObligation rule, String id, String dueAt) {
    assertThat(ReportingCalendar.period(rule, id).dueAt()).isEqualTo(instant(dueAt));
  }

  /** The weekday is the plan's choice; the id is always the ISO week the report is due in. */
  @ParameterizedTest(name = "before {0}: {1} covers {2}..{3}")
  @CsvSource({
    "MONDAY,   2025-W23, 2025-05-26, 2025-06-01, 2025-06-02T00:00+07:00",
    "MONDAY,   2025-W01, 2024-12-23, 2024-12-29, 2024-12-30T00:00+07:00",
    "FRIDAY,   2025-W23, 2025-05-30, 2025-06-05, 2025-06-06T00:00+07:00",
    "SUNDAY,   2026-W53, 2026-12-27, 2027-01-02, 2027-01-03T00:00+07:00",
    "THURSDAY, 2015-W53, 2015-12-24, 2015-12-30, 2015-12-31T00:00+07:00",
  })
  void weeklyOnOtherWeekdays(
      DayOfWeek dueBefore, String id, LocalDate start, LocalDate end, OffsetDateTime dueAt) {
    assertThat(ReportingCalendar.period(ReportingObligation.weekly(dueBefore), id))
        .isEqualTo(new ReportingPeriod(id, Frequency.WEEKLY, start, end, null, dueAt.toInstant()));
  }

  @ParameterizedTest(name = "{0} {1}..{2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MONTH   | 2025-01-01 | 2025-03-31 | 2025-01, 2025-02, 2025-03, 2025-04",
        "MONTH   | 2025-06-14 | 2025-06-14 | 2025-06",
        "MONTH   | 2025-06-15 | 2025-06-15 | 2025-07",
        "MONTH   | 2024-12-14 | 2024-12-15 | 2024-12, 2025-01",
        "MONTH   | 2024-02-29 | 2024-02-29 | 2024-03",
        "QUARTER | 2025-01-01 | 2025-12-31 | 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4, 2026-Q1",
        "QUARTER | 2025-03-14 | 2025-03-15 | 2025-Q1, 2025-Q2",
        "6M      | 2025-06-15 | 2025-12-14 | ''",
        "6M      | 2025-06-14 | 2025-12-15 | 2025-H1, 2026-H1",
        "9M      | 2025-09-15 | 2025-12-14 | ''",
        "9M      | 2024-01-01 | 2025-12-31 | 2024-9M, 2025-9M, 2026-9M",
        "YEAR    | 2025-12-14 | 2025-12-15 | 2025, 2026",
        "YEAR    | 2025-01-01 | 2025-12-14 | 2025",
        "TWICE   | 2025-06-15 | 2025-12-14 | 2025",
        "WEEK    | 2025-06-04 | 2025-06-04 | 2025-W23",
        "WEEK    | 2025-06-05 | 2025-06-05 | 2025-W24",
        "WEEK    | 2025-12-29 | 2026-01-04 | 2026-W01, 2026-W02",
        "WEEK    | 2026-12-24 | 2027-01-06 | 2026-W53, 2027-W01",
        "WEEK    | 2024-02-29 | 2024-02-29 | 2024-W10",
        "ADHOC   | 2025-05-13 | 2025-05-13 | ADHOC-KH1570",
      })
  void periodsWhoseWindowsIntersectTheRangeInOrder(
      String rule, LocalDate from, LocalDate to, String ids) {
    List<String> expected = ids.isEmpty() ? List.of() : List.of(ids.split(",\\s*"));

    assertThat(ReportingCalendar.periods(RULES.get(rule), from, to))
        .extracting(ReportingPeriod::id)
        .containsExactlyElementsOf(expected);
  }

  static Stream<String> everyRule() {
    return RULES.keySet().stream().sorted();
  }

  /**
   * Over 2019–2027 (two 53-week years, two leap years): every listed period is the one its id
   * names, each instant is midnight in Vietnam, and 6-, 9- and 12-month reports are cumulative.
   */
  @ParameterizedTest
  @MethodSource("everyRule")
  void listedPeriodsAreTheOnesTheirIdsName(String key) {
    ReportingObligation rule = RULES.get(key);

    List<ReportingPeriod> periods =
        ReportingCalendar.periods(rule, LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 31));

    assertThat(periods).isNotEmpty();
    assertThat(periods)
        .allSatisfy(
            p -> {
              assertThat(ReportingCalendar.period(rule, p.id())).isEqualTo(p);
              assertThat(p.dueAt().atOffset(ZoneOffset.ofHours(7)).toLocalTime())
                  .isEqualTo(LocalTime.MIDNIGHT);
              boolean cumulative =
                  p.frequency() == Frequency.SIX_MONTHS
                      || p.frequency() == Frequency.NINE_MONTHS
                      || p.frequency() == Frequency.YEARLY;
              assertThat(p.cumulativeFrom()).isEqualTo(cumulative ? p.windowStart() : null);
            });
    assertThat(periods).isSortedAccordingTo((a, b) -> a.windowEnd().compareTo(b.windowEnd()));
  }

  /** Weeks, months and quarters tile time: every day is in exactly one window. */
  @ParameterizedTest
  @CsvSource({"WEEK", "MONTH", "QUARTER", "YEAR"})
  void windowsFollowEachOtherWithoutGapOrOverlap(String key) {
    List<ReportingPeriod> periods =
        ReportingCalendar.periods(
            RULES.get(key), LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 31));

    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).windowStart())
          .as("after %s", periods.get(i - 1).id())
          .isEqualTo(periods.get(i - 1).windowEnd().plusDays(1));
    }
    assertThat(periods.get(0).windowStart()).isBeforeOrEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(periods.get(periods.size() - 1).windowEnd())
        .isAfterOrEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void twoHundredAndSixtyOneWeeksFrom2020To2024() {
    // 2020 has 53 ISO weeks, 2021-2024 have 52 each: 261 weekly reports due in those years.
    List<ReportingPeriod> weeks =
        ReportingCalendar.periods(
            RULES.get("WEEK"), LocalDate.of(2019, 12, 26), LocalDate.of(2024, 12, 25));

    assertThat(weeks).hasSize(261);
    assertThat(weeks.get(0).id()).isEqualTo("2020-W01");
    assertThat(weeks.get(weeks.size() - 1).id()).isEqualTo("2024-W52");
  }

  @ParameterizedTest(name = "{0} rule, {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "YEAR    | 2025-Q2  | is not a period of this rule, which yields yearly (YYYY)",
        "YEAR    | 2025-9M  | is not a period of this rule",
        "YEAR    | 2025-H1  | is not a period of this rule",
        "MONTH   | 2025-W23 | which yields monthly (YYYY-MM)",
        "WEEK    | 2025-06  | which yields weekly (YYYY-Www)",
        "QUARTER | 2025-H1  | which yields quarterly (YYYY-Qn)",
        "6M      | 2025     | which yields 6-month (YYYY-H1)",
        "9M      | 2025-H1  | which yields 9-month (YYYY-9M)",
        "TWICE   | 2025-Q2  | 6-month (YYYY-H1) and yearly (YYYY)",
        "ADHOC   | ADHOC-X  | only ADHOC-KH1570",
        "MONTH   | 2025-13  | months are 01-12",
        "QUARTER | 2025-Q5  | quarters are Q1-Q4",
        "WEEK    | 2025-W54 | 2025 has weeks W01-W52",
        "WEEK    | 2025-W53 | 2025 has weeks W01-W52",
        "TWICE   | 2025-H2  | the only 6-month period is H1",
        "YEAR    | 25       | is not a period id",
      })
  void idsThatDoNotFitTheRuleAreRejected(String rule, String id, String message) {
    assertThatThrownBy(() -> ReportingCalendar.period(RULES.get(rule), id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining(message);
  }

  /** Quarterly before the 10th: the boundary seen from Vietnam, UTC and another offset. */
  @ParameterizedTest(name = "{0} -> on time {1}")
  @CsvSource({
    "2025-06-09T23:59:59+07:00,           true",
    "2025-06-09T23:59:59.999999999+07:00, true",
    "2025-06-09T16:59:59Z,                true",
    "2025-06-09T18:59:59+02:00,           true",
    "2025-06-10T00:00:00+07:00,           false",
    "2025-06-09T17:00:00Z,                false",
    "2025-06-09T19:00:00+02:00,           false",
    "2025-06-10T00:00:01+07:00,           false",
  })
  void onTimeIsStrictlyBeforeTheDueInstant(OffsetDateTime submittedAt, boolean onTime) {
    ReportingPeriod q2 = ReportingCalendar.period(RULES.get("QUARTER"), "2025-Q2");

    assertThat(ReportingCalendar.onTime(submittedAt.toInstant(), q2)).isEqualTo(onTime);
    assertThat(q2.lastDayOnTime()).isEqualTo(LocalDate.of(2025, 6, 9));
  }

  @Test
  void onTimeNeedsBothArguments() {
    ReportingPeriod q2 = ReportingCalendar.period(RULES.get("QUARTER"), "2025-Q2");

    assertThatThrownBy(() -> ReportingCalendar.onTime(null, q2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingCalendar.onTime(Instant.EPOCH, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> badRanges() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    return Stream.of(
        Arguments.of(day, day.minusDays(1), "is after"),
        Arguments.of(null, day, "required"),
        Arguments.of(day, null, "required"),
        Arguments.of(LocalDate.of(0, 12, 31), day, "dates must lie within"),
        Arguments.of(day, LocalDate.of(9999, 1, 1), "dates must lie within"));
  }

  @ParameterizedTest(name = "{0}..{1}")
  @MethodSource("badRanges")
  void rejectsBadRanges(LocalDate from, LocalDate to, String message) {
    assertThatThrownBy(() -> ReportingCalendar.periods(RULES.get("MONTH"), from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsMissingRule() {
    assertThatThrownBy(() -> ReportingCalendar.period(null, "2025"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ReportingCalendar.periods(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vietnamIsPlusSevenAllYear() {
    assertThat(ReportingCalendar.ZONE.getRules().getOffset(instant("2025-01-01T00:00+07:00")))
        .isEqualTo(ZoneOffset.ofHours(7));
    assertThat(ReportingCalendar.ZONE.getRules().getOffset(instant("2025-07-01T00:00+07:00")))
        .isEqualTo(ZoneOffset.ofHours(7));
  }

  @Test
  void aPeriodsIdMustMatchItsFrequency() {
    Instant due = instant("2025-06-10T00:00+07:00");
    LocalDate start = LocalDate.of(2025, 3, 15);
    LocalDate end = LocalDate.of(2025, 6, 14);

    assertThatThrownBy(
            () -> new ReportingPeriod("2025-Q2", Frequency.MONTHLY, start, end, null, due))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ReportingPeriod("2025-Q2", Frequency.QUARTERLY, end, start, null, due))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Arguments due(ReportingObligation rule, String id, String dueAt) {
    return Arguments.of(rule, id, dueAt);
  }

  private static Instant instant(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
