package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.plan.contract.Frequency;
import vn.plantrack.reporting.rules.ReportingObligation.AnnualDate;

class ReportingObligationTest {

  static final LocalDate ISSUED = LocalDate.of(2025, 5, 8);

  /** Each factory fills exactly the components of its frequency, as they are stored in JSON. */
  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(
            ReportingObligation.weekly(DayOfWeek.THURSDAY),
            new ReportingObligation(
                Frequency.WEEKLY, null, DayOfWeek.THURSDAY, null, null, null, null, null, null)),
        Arguments.of(
            ReportingObligation.monthly(10),
            new ReportingObligation(Frequency.MONTHLY, null, null, 10, 0, null, null, null, null)),
        Arguments.of(
            ReportingObligation.quarterly(10),
            new ReportingObligation(
                Frequency.QUARTERLY, null, null, 10, 0, null, null, null, null)),
        Arguments.of(
            ReportingObligation.sixMonths(10),
            new ReportingObligation(
                Frequency.SIX_MONTHS, null, null, 10, 0, null, null, null, null)),
        Arguments.of(
            ReportingObligation.nineMonths(10),
            new ReportingObligation(
                Frequency.NINE_MONTHS, null, null, 10, 0, null, null, null, null)),
        Arguments.of(
            ReportingObligation.yearly(11, 10),
            new ReportingObligation(
                Frequency.YEARLY,
                null,
                null,
                null,
                null,
                List.of(new AnnualDate(11, 10)),
                null,
                null,
                null)),
        Arguments.of(
            ReportingObligation.twiceYearly(AnnualDate.of(6, 1), AnnualDate.of(11, 15)),
            new ReportingObligation(
                Frequency.TWICE_YEARLY,
                null,
                null,
                null,
                null,
                List.of(new AnnualDate(6, 1), new AnnualDate(11, 15)),
                null,
                null,
                null)),
        Arguments.of(
            ReportingObligation.adHoc("KH1570", ISSUED, 5),
            new ReportingObligation(
                Frequency.AD_HOC, "KH1570", null, null, null, null, ISSUED, 5, null)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("factories")
  void factoriesFillOnlyTheirFrequencysComponents(
      ReportingObligation built, ReportingObligation expected) {
    assertThat(built).isEqualTo(expected);
    assertThat(built.recipients()).isEmpty();
  }

  @Test
  void absentMonthOffsetMeansThePeriodsLastMonth() {
    ReportingObligation stored =
        new ReportingObligation(Frequency.QUARTERLY, null, null, 10, null, null, null, null, null);

    assertThat(stored.dueMonthOffset()).isZero();
    assertThat(stored).isEqualTo(ReportingObligation.quarterly(10));
  }

  @Test
  void recipientsAreTrimmedAndCannotChangeAfterwards() {
    List<String> given = new ArrayList<>(List.of(" Phòng Quản lý Khoa học ", "Lãnh đạo Sở"));
    ReportingObligation rule = ReportingObligation.monthly(10).withRecipients(given);
    given.clear();

    assertThat(rule.recipients()).containsExactly("Phòng Quản lý Khoa học", "Lãnh đạo Sở");
    assertThatThrownBy(() -> rule.recipients().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withersKeepTheOtherComponents() {
    ReportingObligation rule =
        ReportingObligation.quarterly(5)
            .withName("Báo cáo quý")
            .withRecipients(List.of("Sở Khoa học và Công nghệ"))
            .withDueMonthOffset(1);

    assertThat(rule)
        .isEqualTo(
            new ReportingObligation(
                Frequency.QUARTERLY,
                "Báo cáo quý",
                null,
                5,
                1,
                null,
                null,
                null,
                List.of("Sở Khoa học và Công nghệ")));
  }

  static Stream<Arguments> invalidRules() {
    return Stream.of(
        invalid("frequency is required", () -> rule(null, null, null, null, null, null, null)),
        invalid("dueDayOfWeek is required", () -> rule(Frequency.WEEKLY, null, null, null)),
        invalid(
            "dueDayOfMonth does not apply to a WEEKLY rule",
            () -> rule(Frequency.WEEKLY, DayOfWeek.THURSDAY, 10, null)),
        invalid("dueDayOfMonth is required", () -> rule(Frequency.MONTHLY, null, null, null)),
        invalid("dueDayOfMonth must be 1-31", () -> ReportingObligation.monthly(0)),
        invalid("dueDayOfMonth must be 1-31", () -> ReportingObligation.quarterly(32)),
        invalid(
            "dueMonthOffset must be 0-12",
            () -> ReportingObligation.monthly(10).withDueMonthOffset(-1)),
        invalid(
            "dueMonthOffset must be 0-12",
            () -> ReportingObligation.monthly(10).withDueMonthOffset(13)),
        invalid(
            "dueDayOfWeek does not apply to a MONTHLY rule",
            () -> rule(Frequency.MONTHLY, DayOfWeek.MONDAY, 10, null)),
        invalid(
            "dueDates does not apply to a QUARTERLY rule",
            () -> rule(Frequency.QUARTERLY, null, 10, List.of(AnnualDate.of(11, 10)))),
        invalid("dueDates is required", () -> rule(Frequency.YEARLY, null, null, null)),
        invalid(
            "a YEARLY rule has exactly one due date",
            () -> rule(Frequency.YEARLY, null, null, List.of())),
        invalid(
            "a TWICE_YEARLY rule has two due dates",
            () -> rule(Frequency.TWICE_YEARLY, null, null, List.of(AnnualDate.of(6, 1)))),
        invalid(
            "dueDates must not contain null",
            () ->
                rule(Frequency.TWICE_YEARLY, null, null, Arrays.asList(AnnualDate.of(6, 1), null))),
        invalid(
            "dueMonthOffset does not apply to a YEARLY rule",
            () ->
                new ReportingObligation(
                    Frequency.YEARLY,
                    null,
                    null,
                    null,
                    0,
                    List.of(AnnualDate.of(11, 10)),
                    null,
                    null,
                    null)),
        invalid(
            "not a day of the year: day 30 of month 2", () -> ReportingObligation.yearly(2, 30)),
        invalid(
            "not a day of the year: day 1 of month 13", () -> ReportingObligation.yearly(13, 1)),
        invalid("not a day of the year: day 31 of month 4", () -> AnnualDate.of(4, 31)),
        invalid(
            "anchorDate does not apply to a MONTHLY rule",
            () ->
                new ReportingObligation(
                    Frequency.MONTHLY, null, null, 10, 0, null, ISSUED, null, null)),
        invalid("an AD_HOC rule needs a name", () -> ReportingObligation.adHoc(null, ISSUED, 5)),
        invalid("an ad hoc name is 1-64", () -> ReportingObligation.adHoc("kế hoạch", ISSUED, 5)),
        invalid(
            "an ad hoc name is 1-64", () -> ReportingObligation.adHoc("1570/KH-UBND", ISSUED, 5)),
        invalid("name must not be blank", () -> ReportingObligation.adHoc("  ", ISSUED, 5)),
        invalid(
            "dueDaysAfterAnchor must be 1-366", () -> ReportingObligation.adHoc("X", ISSUED, 0)),
        invalid(
            "dueDaysAfterAnchor must be 1-366", () -> ReportingObligation.adHoc("X", ISSUED, 367)),
        invalid(
            "dueDaysAfterAnchor is required",
            () ->
                new ReportingObligation(
                    Frequency.AD_HOC, "X", null, null, null, null, ISSUED, null, null)),
        invalid(
            "a recipient must not be blank",
            () ->
                ReportingObligation.monthly(10).withRecipients(Arrays.asList("Sở Tài chính", " "))),
        invalid(
            "a recipient must not be blank",
            () ->
                ReportingObligation.monthly(10)
                    .withRecipients(Arrays.asList("Sở Tài chính", null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRules")
  void rejectsRulesThatCannotBeRead(String message, Supplier<?> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 01/01", "2, 29, 29/02", "11, 10, 10/11", "12, 31, 31/12"})
  void annualDatesReadLikeTheDocuments(int month, int day, String text) {
    assertThat(AnnualDate.of(month, day)).hasToString(text);
  }

  private static Arguments invalid(String message, Supplier<?> build) {
    return Arguments.of(message, build);
  }

  private static ReportingObligation rule(
      Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth, List<AnnualDate> dates) {
    return rule(frequency, dayOfWeek, dayOfMonth, null, dates, null, null);
  }

  private static ReportingObligation rule(
      Frequency frequency,
      DayOfWeek dayOfWeek,
      Integer dayOfMonth,
      Integer monthOffset,
      List<AnnualDate> dates,
      LocalDate anchor,
      Integer days) {
    return new ReportingObligation(
        frequency, null, dayOfWeek, dayOfMonth, monthOffset, dates, anchor, days, null);
  }
}
