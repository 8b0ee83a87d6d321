package vn.plantrack.plan.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a rule needs per frequency; the seeds' cadences first (DOMAIN.md, Periodic reporting). */
class ReportingRulesTest {

  static List<Arguments> rules() {
    return List.of(
        // 1570: "báo cáo định kỳ 6 tháng (trước ngày 10/6), hằng năm (trước ngày 25/11)"
        Arguments.of(rule("TWICE_YEARLY", null, null, null, List.of("06-10", "11-25"), null), ""),
        // Sở KH&CN: "báo cáo tháng trước ngày 10"
        Arguments.of(rule("MONTHLY", 10, null, null, null, null), ""),
        // "báo cáo quý trước ngày 10 của tháng cuối quý"
        Arguments.of(rule("QUARTERLY", 10, null, null, null, null), ""),
        // Bắc Kạn 131: "báo cáo năm trước ngày 15/11"
        Arguments.of(rule("YEARLY", 15, 11, null, null, null), ""),
        // "báo cáo tuần trước thứ Năm"
        Arguments.of(rule("WEEKLY", null, null, "THURSDAY", null, null), ""),
        // "trong vòng 05 ngày kể từ ngày Kế hoạch được ban hành"
        Arguments.of(rule("AD_HOC", null, null, null, null, 5), ""),
        // 1570 line 84: "định kỳ hằng năm hoặc đột xuất" names no day
        Arguments.of(rule("YEARLY", null, null, null, null, null), "dueDay dueMonth"),
        Arguments.of(rule("YEARLY", 25, 13, null, null, null), "dueMonth"),
        Arguments.of(rule("MONTHLY", 32, null, null, null, null), "dueDay"),
        Arguments.of(rule("WEEKLY", null, null, "THỨ NĂM", null, null), "dueWeekday"),
        Arguments.of(rule("WEEKLY", null, null, null, null, null), "dueWeekday"),
        Arguments.of(rule("TWICE_YEARLY", null, null, null, List.of("06-10"), null), "dueDates"),
        Arguments.of(
            rule("TWICE_YEARLY", null, null, null, List.of("06-10", "11-31"), null), "dueDates[1]"),
        Arguments.of(rule("AD_HOC", null, null, null, null, 0), "withinDays"),
        Arguments.of(
            new ReportingRule(" ", "AD_HOC", null, null, null, null, 5, List.of()), "name"),
        Arguments.of(rule("HALF_YEARLY", 10, null, null, null, null), "frequency"),
        Arguments.of(rule(null, 10, null, null, null, null), "frequency"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void checksWhatTheFrequencyNeeds(ReportingRule rule, String fieldsWrong) {
    assertThat(
            String.join(
                " ",
                ReportingRules.check(rule).stream().map(ReportingRules.Violation::field).toList()))
        .isEqualTo(fieldsWrong);
  }

  private static ReportingRule rule(
      String frequency,
      Integer day,
      Integer month,
      String weekday,
      List<String> dates,
      Integer within) {
    return new ReportingRule(
        "Kế hoạch thực hiện", frequency, day, month, weekday, dates, within, List.of("UBND tỉnh"));
  }
}
