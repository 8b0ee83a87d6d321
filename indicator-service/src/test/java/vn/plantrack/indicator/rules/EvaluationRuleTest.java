package vn.plantrack.indicator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.indicator.reading.TargetReader;

/**
 * The evaluation rule on the seeds' indicators. Kon Tum 1570 was issued on 2025-05-08, so its
 * horizon starts on 2025-01-01; its targets are for 2030 and 2045 and carry no baseline.
 */
class EvaluationRuleTest {
  static final LocalDate KT_START = LocalDate.of(2025, 1, 1);

  /** Values written as "2025=12;2026-H1=14"; "true"/"false" for yes/no. */
  static List<EvaluationRule.Value> values(String written) {
    List<EvaluationRule.Value> values = new ArrayList<>();
    if (written == null || written.isBlank()) {
      return values;
    }
    for (String pair : written.split(";")) {
      String[] p = pair.split("=");
      MeasurementPeriod period = MeasurementPeriod.parse(p[0]).orElseThrow();
      values.add(
          p[1].equals("true") || p[1].equals("false")
              ? EvaluationRule.Value.of(period, Boolean.parseBoolean(p[1]))
              : EvaluationRule.Value.of(period, new BigDecimal(p[1])));
    }
    return values;
  }

  static EvaluationRule.Facts facts(Direction direction, String baseline, Integer baselineYear) {
    return new EvaluationRule.Facts(
        direction, baseline == null ? null : new BigDecimal(baseline), baselineYear, KT_START);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // Quy mô kinh tế số, ≥ 25 % GRDP by 2030, no baseline: the line runs from 0 on 2025-01-01
        // to 25 on 2030-12-31; by 2025-12-31 about 4.17 is expected, 2.5 (10 %) may be missing.
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2025=12", "2026-03-01", 2030, "ON_TRACK"),
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2025=2", "2026-03-01", 2030, "ON_TRACK"),
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2025=1.5", "2026-03-01", 2030, "AT_RISK"),
        // With a baseline of 10 in 2024: 12.5 expected at the end of 2025 (1.5 may be missing).
        Arguments.of("≥ 25", "% GRDP", null, "10", 2024, "2025=11", "2026-01-15", 2030, "ON_TRACK"),
        Arguments.of(
            "≥ 25", "% GRDP", null, "10", 2024, "2025=10.5", "2026-01-15", 2030, "AT_RISK"),
        // Later values are compared at their own date; the first value is the start without a
        // baseline.
        Arguments.of(
            "≥ 25", "% GRDP", null, null, null, "2025=10;2028=13", "2029-02-01", 2030, "AT_RISK"),
        Arguments.of(
            "≥ 25", "% GRDP", null, null, null, "2025=10;2028=20", "2029-02-01", 2030, "ON_TRACK"),
        // A value of the period that has not ended yet does not count.
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2025=12", "2025-12-30", 2030, "NO_DATA"),
        Arguments.of("≥ 25", "% GRDP", null, null, null, "", "2027-01-01", 2030, "NO_DATA"),
        // The milestone year has a value: met or not met; a half-year stands in for the year.
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2030=26", "2031-01-01", 2030, "MET"),
        Arguments.of(
            "≥ 25", "% GRDP", null, null, null, "2030=24.9", "2031-01-01", 2030, "NOT_MET"),
        Arguments.of(
            "≥ 25",
            "% GRDP",
            null,
            null,
            null,
            "2029=30;2030-H1=20",
            "2030-07-02",
            2030,
            "NOT_MET"),
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2030-H1=25", "2030-07-02", 2030, "MET"),
        // After the milestone year, without a value for it: nothing to judge it by.
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2028=30", "2032-01-01", 2030, "NO_DATA"),
        Arguments.of("≥ 25", "% GRDP", null, null, null, "2028=30", "2030-06-01", 2030, "ON_TRACK"),
        // A rank is lower-is-better: 45th or better.
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            null,
            null,
            "2030=44",
            "2031-01-02",
            2030,
            "MET"),
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            null,
            null,
            "2030=45",
            "2031-01-02",
            2030,
            "MET"),
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            null,
            null,
            "2030=46",
            "2031-01-02",
            2030,
            "NOT_MET"),
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            null,
            null,
            "2025=40",
            "2026-01-02",
            2030,
            "ON_TRACK"),
        // A rank without a baseline has no line to follow: at risk until it reaches the target.
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            null,
            null,
            "2025=50",
            "2026-01-02",
            2030,
            "AT_RISK"),
        // From 60th (2024) to 45th (2030): 57.5 expected end of 2025 (+1.5 allowed).
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            "60",
            2024,
            "2025=58",
            "2026-01-02",
            2030,
            "ON_TRACK"),
        Arguments.of(
            "45 các tỉnh, thành",
            "Thứ bậc",
            null,
            "60",
            2024,
            "2025=59.5",
            "2026-01-02",
            2030,
            "AT_RISK"),
        Arguments.of("<=55", "Thứ bậc", null, null, null, "2030=55", "2031-01-02", 2030, "MET"),
        // Bare numbers follow the direction: 90 % of services online is at least 90.
        Arguments.of(
            "90",
            "%",
            Direction.HIGHER_IS_BETTER,
            null,
            null,
            "2030=92",
            "2031-01-02",
            2030,
            "MET"),
        Arguments.of(
            "90",
            "%",
            Direction.LOWER_IS_BETTER,
            null,
            null,
            "2030=92",
            "2031-01-02",
            2030,
            "NOT_MET"),
        Arguments.of(
            "100",
            "%",
            Direction.WITHIN_RANGE,
            null,
            null,
            "2030=99",
            "2031-01-02",
            2030,
            "NOT_MET"),
        // Ranges: inside when within, the lower bound when higher is better.
        Arguments.of(
            "10-15", "%", Direction.WITHIN_RANGE, null, null, "2030=12", "2031-01-02", 2030, "MET"),
        Arguments.of(
            "10-15",
            "%",
            Direction.WITHIN_RANGE,
            null,
            null,
            "2030=16",
            "2031-01-02",
            2030,
            "NOT_MET"),
        Arguments.of(
            "10-15",
            "%",
            Direction.HIGHER_IS_BETTER,
            null,
            null,
            "2030=16",
            "2031-01-02",
            2030,
            "MET"),
        Arguments.of("> 0,7", "HDI", null, null, null, "2030=0.7", "2031-01-02", 2030, "NOT_MET"),
        Arguments.of("> 0,7", "HDI", null, null, null, "2030=0.71", "2031-01-02", 2030, "MET"),
        // "3% và tăng dần": at least 3 and not below the year before.
        Arguments.of(
            "3% và tăng dần",
            "% tổng chi", null, null, null, "2029=3.5;2030=3.2", "2031-01-02", 2030, "NOT_MET"),
        Arguments.of(
            "3% và tăng dần",
            "% tổng chi", null, null, null, "2029=3.1;2030=3.2", "2031-01-02", 2030, "MET"),
        // Yes/no targets have no line: reached or at risk.
        Arguments.of("Có", "", null, null, null, "2026=false", "2027-01-02", 2030, "AT_RISK"),
        Arguments.of("Có", "", null, null, null, "2026=true", "2027-01-02", 2030, "ON_TRACK"),
        Arguments.of("Có", "", null, null, null, "2030=true", "2031-01-02", 2030, "MET"),
        // Qualitative targets wait for a person.
        Arguments.of(
            "đạt mức trung bình chung của cả nước",
            "Thứ bậc",
            null,
            null,
            null,
            "2025=40",
            "2026-01-02",
            2030,
            "NEEDS_JUDGEMENT"));
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}) values {5} as of {6} → {8}")
  @MethodSource("cases")
  void evaluatesTheSeedsTargets(
      String target,
      String unit,
      Direction direction,
      String baseline,
      Integer baselineYear,
      String recorded,
      String asOf,
      int year,
      Evaluation expected) {
    TargetReading reading = TargetReader.read(target, unit);
    Direction d = direction == null ? Direction.impliedBy(reading.kind()) : direction;
    EvaluationRule.Result result =
        EvaluationRule.evaluate(
            facts(d, baseline, baselineYear),
            year,
            reading,
            values(recorded),
            List.of(),
            LocalDate.parse(asOf));
    assertThat(result.evaluation()).as(result.basis()).isEqualTo(expected);
  }

  @Test
  void theTrajectorySaysWhatWasExpected() {
    EvaluationRule.Result result =
        EvaluationRule.evaluate(
            facts(Direction.HIGHER_IS_BETTER, null, null),
            2030,
            TargetReader.read("≥ 25", "% GRDP"),
            values("2025=12"),
            List.of(),
            LocalDate.of(2026, 3, 1));
    // 364 of 2190 days from 2025-01-01 to 2030-12-31: 25 × 364 / 2190 = 4.16
    assertThat(result.expected()).isEqualByComparingTo("4.16");
    assertThat(result.period()).isEqualTo("2025");
    assertThat(result.basis()).contains("0 at the start of the plan (2025-01-01)");
  }

  @Test
  void aJudgementDecidesAQualitativeTarget() {
    EvaluationRule.Result result =
        EvaluationRule.evaluate(
            facts(Direction.HIGHER_IS_BETTER, null, null),
            2030,
            TargetReader.read("đạt mức trung bình chung của cả nước", "Thứ bậc"),
            List.of(),
            List.of(
                new EvaluationRule.Judgement(
                    2030, Evaluation.MET, "PII 2030: hạng 30/63", LocalDate.of(2031, 1, 2))),
            LocalDate.of(2031, 1, 2));
    assertThat(result.evaluation()).isEqualTo(Evaluation.MET);
    assertThat(result.basis()).contains("PII 2030");
  }

  @Test
  void aGroupTakesTheWorstOfItsChildren() {
    assertThat(EvaluationRule.worst(List.of(Evaluation.MET, Evaluation.ON_TRACK)))
        .isEqualTo(Evaluation.ON_TRACK);
    assertThat(
            EvaluationRule.worst(List.of(Evaluation.MET, Evaluation.AT_RISK, Evaluation.NO_DATA)))
        .isEqualTo(Evaluation.AT_RISK);
    assertThat(EvaluationRule.worst(List.of())).isEqualTo(Evaluation.NO_DATA);
  }
}
