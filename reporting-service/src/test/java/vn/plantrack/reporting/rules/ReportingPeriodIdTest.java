package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import vn.plantrack.plan.contract.Frequency;

/**
 * The API's period ids: {@code 2025-W23, 2025-06, 2025-Q2, 2025-H1, 2025-9M, 2025, ADHOC-<name>}.
 */
class ReportingPeriodIdTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // id,             frequency,   year, number, name
    "2025-W23,         WEEKLY,      2025, 23,",
    "2025-W01,         WEEKLY,      2025, 1,",
    "2026-W53,         WEEKLY,      2026, 53,",
    "2020-W53,         WEEKLY,      2020, 53,",
    "2025-06,          MONTHLY,     2025, 6,",
    "2025-12,          MONTHLY,     2025, 12,",
    "2025-Q2,          QUARTERLY,   2025, 2,",
    "2025-Q4,          QUARTERLY,   2025, 4,",
    "2025-H1,          SIX_MONTHS,  2025, 1,",
    "2025-9M,          NINE_MONTHS, 2025, 0,",
    "2025,             YEARLY,      2025, 0,",
    "ADHOC-KH1570,     AD_HOC,      0,    0,      KH1570",
    "ADHOC-bao-cao_1.2, AD_HOC,     0,    0,      bao-cao_1.2",
  })
  void parsesAndPrintsTheCanonicalId(
      String id, Frequency frequency, int year, int number, String name) {
    ReportingPeriodId parsed = ReportingPeriodId.parse(id);

    assertThat(parsed).isEqualTo(new ReportingPeriodId(frequency, year, number, name));
    assertThat(parsed.toString()).isEqualTo(id);
  }

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(ReportingPeriodId.week(2025, 1), "2025-W01"),
        Arguments.of(ReportingPeriodId.month(2025, 6), "2025-06"),
        Arguments.of(ReportingPeriodId.quarter(2025, 2), "2025-Q2"),
        Arguments.of(ReportingPeriodId.firstHalf(2025), "2025-H1"),
        Arguments.of(ReportingPeriodId.nineMonths(2025), "2025-9M"),
        Arguments.of(ReportingPeriodId.year(2025), "2025"),
        Arguments.of(ReportingPeriodId.adHoc("KH1570"), "ADHOC-KH1570"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("factories")
  void factoriesPrintTheApiFormat(ReportingPeriodId id, String text) {
    assertThat(id).hasToString(text);
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-Q5      | quarters are Q1-Q4",
        "2025-Q0      | quarters are Q1-Q4",
        "2025-13      | months are 01-12",
        "2025-00      | months are 01-12",
        "2025-W54     | 2025 has weeks W01-W52",
        "2025-W53     | 2025 has weeks W01-W52",
        "2024-W53     | 2024 has weeks W01-W52",
        "2025-W00     | 2025 has weeks W01-W52",
        "2025-H2      | the only 6-month period is H1",
        "2025-H3      | the only 6-month period is H1",
        "2025-6       | is not a period id",
        "2025-W3      | is not a period id",
        "2025-w23     | is not a period id",
        "2025-q2      | is not a period id",
        "2025-Q12     | is not a period id",
        "2025-6M      | is not a period id",
        "2025-10M     | is not a period id",
        "25-06        | is not a period id",
        "'2025 '      | is not a period id",
        "' 2025'      | is not a period id",
        "20251        | is not a period id",
        "2025-06-01   | is not a period id",
        "Q2-2025      | is not a period id",
        "ADHOC-       | an ad hoc name is 1-64 ASCII letters",
        "ADHOC-a b    | an ad hoc name is 1-64 ASCII letters",
        "ADHOC-a/b    | an ad hoc name is 1-64 ASCII letters",
        "ADHOC--x     | an ad hoc name is 1-64 ASCII letters",
        "ADHOC-báo    | an ad hoc name is 1-64 ASCII letters",
        "adhoc-x      | is not a period id",
      })
  void rejectsMalformedIds(String id, String message) {
    assertThatThrownBy(() -> ReportingPeriodId.parse(id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidPeriodIdException) e).periodId()).isEqualTo(id));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void requiresAnId(String id) {
    assertThatThrownBy(() -> ReportingPeriodId.parse(id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining("required");
  }

  @Test
  void anAdHocNameMayHaveAtMost64Characters() {
    String longest = "A".repeat(64);

    assertThat(ReportingPeriodId.parse("ADHOC-" + longest).name()).isEqualTo(longest);
    assertThatThrownBy(() -> ReportingPeriodId.parse("ADHOC-" + longest + "A"))
        .isInstanceOf(InvalidPeriodIdException.class);
  }

  @Test
  void noIdIsTwiceYearly() {
    assertThatThrownBy(() -> new ReportingPeriodId(Frequency.TWICE_YEARLY, 2025, 0, null))
        .isInstanceOf(InvalidPeriodIdException.class);
  }

  @ParameterizedTest
  @CsvSource({"2015, 53", "2020, 53", "2024, 52", "2025, 52", "2026, 53", "2032, 53"})
  void isoWeeksPerYear(int year, int weeks) {
    assertThat(ReportingPeriodId.weeksIn(year)).isEqualTo(weeks);
  }
}
