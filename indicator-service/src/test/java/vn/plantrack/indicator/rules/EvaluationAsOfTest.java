package vn.plantrack.indicator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationAsOf;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.indicator.reading.TargetReader;

/**
 * indicator-contract's evaluation as of a date, from the facts as they stood then: a value recorded
 * or corrected after the date, or a judgement made after it, does not count for it. Targets and
 * units of Kon Tum 1570's Phụ lục I (issued 2025, horizon from 2025-01-01, milestone 2030).
 */
class EvaluationAsOfTest {
  static final LocalDate KT_START = LocalDate.of(2025, 1, 1);

  /**
   * Revisions written as "2025=1.5@2026-01-10;2025=12@2026-03-05": period=value@day recorded; a
   * period written again is its next revision; a value without "@day" counts from the start.
   */
  static List<EvaluationRule.Value> revisions(String written) {
    List<EvaluationRule.Value> values = new ArrayList<>();
    Map<String, Integer> revision = new HashMap<>();
    for (String entry : written.split(";")) {
      String[] at = entry.split("@");
      String[] p = at[0].split("=");
      MeasurementPeriod period = MeasurementPeriod.parse(p[0]).orElseThrow();
      int r = revision.merge(period.id(), 1, Integer::sum);
      values.add(
          EvaluationRule.Value.of(period, new BigDecimal(p[1]))
              .recorded(r, at.length > 1 ? LocalDate.parse(at[1]) : null));
    }
    return values;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // 6 Quy mô kinh tế số, ≥ 25 % GRDP: the 2025 value reported on 20 January 2026.
        Arguments.of("≥ 25", "% GRDP", "2025=12@2026-01-20", "2025-12-31", "NO_DATA"),
        Arguments.of("≥ 25", "% GRDP", "2025=12@2026-01-20", "2026-01-19", "NO_DATA"),
        Arguments.of("≥ 25", "% GRDP", "2025=12@2026-01-20", "2026-01-20", "ON_TRACK"),
        // Corrected from 1.5 (behind the line) to 12 on 5 March: earlier dates keep 1.5.
        Arguments.of(
            "≥ 25", "% GRDP", "2025=1.5@2026-01-10;2025=12@2026-03-05", "2026-02-01", "AT_RISK"),
        Arguments.of(
            "≥ 25", "% GRDP", "2025=1.5@2026-01-10;2025=12@2026-03-05", "2026-03-05", "ON_TRACK"),
        // Published before the events carried the day: counts from its period's end.
        Arguments.of("≥ 25", "% GRDP", "2025=12", "2025-12-31", "ON_TRACK"),
        // A half-year of the milestone year reported on 10 August stands in for the year from then.
        Arguments.of("≥ 25", "% GRDP", "2030-H1=26@2030-08-10", "2030-07-31", "NO_DATA"),
        Arguments.of("≥ 25", "% GRDP", "2030-H1=26@2030-08-10", "2030-08-10", "MET"),
        // 7.1 Tỷ lệ sử dụng dịch vụ công trực tuyến, ≥ 80 %: the 2030 value came in February 2031.
        Arguments.of(
            "≥ 80", "%", "2029=70@2030-01-15;2030=85@2031-02-10", "2030-12-31", "ON_TRACK"),
        Arguments.of("≥ 80", "%", "2029=70@2030-01-15;2030=85@2031-02-10", "2031-01-05", "NO_DATA"),
        Arguments.of("≥ 80", "%", "2029=70@2030-01-15;2030=85@2031-02-10", "2031-02-10", "MET"),
        // 15.2 Phủ sóng 5G, 99 % dân số: met as reported, not met after its correction.
        Arguments.of(
            "99", "% dân số", "2030=99.2@2031-01-20;2030=98@2031-03-01", "2031-02-01", "MET"),
        Arguments.of(
            "99", "% dân số", "2030=99.2@2031-01-20;2030=98@2031-03-01", "2031-03-01", "NOT_MET"),
        // 13 "3% và tăng dần": 2030 fell below 2029 until 2029 was corrected down on 1 February.
        Arguments.of(
            "3% và tăng dần theo yêu cầu phát triển",
            "% tổng chi",
            "2029=3.5@2030-01-10;2030=3.2@2031-01-10;2029=3.1@2031-02-01",
            "2031-01-31",
            "NOT_MET"),
        Arguments.of(
            "3% và tăng dần theo yêu cầu phát triển",
            "% tổng chi",
            "2029=3.5@2030-01-10;2030=3.2@2031-01-10;2029=3.1@2031-02-01",
            "2031-02-01",
            "MET"));
  }

  @ParameterizedTest(name = "[{index}] {0} ({1}) revisions {2} as of {3} → {4}")
  @MethodSource("cases")
  void evaluatesWithTheFactsAsTheyStoodOnTheDate(
      String target, String unit, String recorded, String asOf, Evaluation expected) {
    TargetReading reading = TargetReader.read(target, unit);
    EvaluationRule.Result result =
        EvaluationRule.evaluate(
            new EvaluationRule.Facts(Direction.impliedBy(reading.kind()), null, null, KT_START),
            2030,
            reading,
            revisions(recorded),
            List.of(),
            LocalDate.parse(asOf));
    assertThat(result.evaluation()).as(result.basis()).isEqualTo(expected);
  }

  @Test
  void theValueShownIsTheRevisionThatStood() {
    List<EvaluationRule.Value> all = revisions("2025=1.5@2026-01-10;2025=12@2026-03-05;2026-H1=5");
    assertThat(EvaluationAsOf.valuesAsOf(all, LocalDate.of(2026, 2, 1)))
        .extracting(v -> v.period().id() + "=" + v.number().toPlainString())
        .containsExactly("2025=1.5");
    assertThat(EvaluationAsOf.valuesAsOf(all, LocalDate.of(2026, 7, 1)))
        .extracting(v -> v.period().id() + "=" + v.number().toPlainString())
        .containsExactly("2025=12", "2026-H1=5");
  }

  @Test
  void aJudgementCountsFromItsDayAndALaterOneReplacesIt() {
    // 1 Tiềm lực … khoa học, công nghệ: "đạt mức trung bình chung của cả nước" (Thứ bậc).
    TargetReading reading = TargetReader.read("đạt mức trung bình chung của cả nước", "Thứ bậc");
    List<EvaluationRule.Judgement> judgements =
        List.of(
            new EvaluationRule.Judgement(
                2030, Evaluation.MET, "PII 2030: hạng 30/63", LocalDate.of(2031, 1, 15)),
            new EvaluationRule.Judgement(
                2030,
                Evaluation.NOT_MET,
                "PII 2030 công bố lại: hạng 40/63",
                LocalDate.of(2031, 2, 20)),
            new EvaluationRule.Judgement(
                2045, Evaluation.MET, "another milestone's", LocalDate.of(2031, 1, 1)));
    EvaluationRule.Facts facts =
        new EvaluationRule.Facts(Direction.HIGHER_IS_BETTER, null, null, KT_START);
    Map<String, Evaluation> expected =
        Map.of(
            "2031-01-14", Evaluation.NEEDS_JUDGEMENT,
            "2031-01-15", Evaluation.MET,
            "2031-02-19", Evaluation.MET,
            "2031-02-20", Evaluation.NOT_MET);
    expected.forEach(
        (day, evaluation) ->
            assertThat(
                    EvaluationRule.evaluate(
                            facts, 2030, reading, List.of(), judgements, LocalDate.parse(day))
                        .evaluation())
                .as(day)
                .isEqualTo(evaluation));
  }

  @Test
  void everyMilestoneAndTheOneAReportShows() {
    Map<Integer, TargetReading> targets =
        Map.of(
            2045, TargetReader.read("≥ 40", "% GRDP"), 2030, TargetReader.read("≥ 25", "% GRDP"));
    List<EvaluationRule.Result> results =
        EvaluationRule.evaluateAll(
            new EvaluationRule.Facts(Direction.HIGHER_IS_BETTER, null, null, KT_START),
            targets,
            revisions("2030=26@2031-01-20"),
            List.of(),
            LocalDate.of(2031, 1, 20));
    assertThat(results)
        .extracting(r -> r.year() + " " + r.evaluation())
        .containsExactly("2030 MET", "2045 ON_TRACK");
    assertThat(EvaluationAsOf.currentMilestone(List.of(2045, 2030), LocalDate.of(2030, 12, 14)))
        .contains(2030);
    assertThat(EvaluationAsOf.currentMilestone(List.of(2045, 2030), LocalDate.of(2031, 1, 1)))
        .contains(2045);
    assertThat(EvaluationAsOf.currentMilestone(List.of(2030), LocalDate.of(2031, 1, 1)))
        .contains(2030);
    assertThat(EvaluationAsOf.currentMilestone(List.of(), LocalDate.of(2031, 1, 1))).isEmpty();
  }

  @Test
  void thePlansHorizonStartsInTheYearItWasIssued() {
    assertThat(
            EvaluationRule.Facts.horizonStart(LocalDate.of(2025, 5, 8), LocalDate.of(2026, 2, 1)))
        .isEqualTo(KT_START);
    assertThat(EvaluationRule.Facts.horizonStart(null, LocalDate.of(2026, 2, 1)))
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void anEventsValueReadsAsTheRuleReadsIt() {
    UUID id = UUID.randomUUID();
    Instant at = Instant.parse("2026-01-19T18:30:00Z");
    LocalDate day = LocalDate.of(2026, 1, 20);
    // Jackson reads 12.5 as a Double, 12 as an Integer.
    EvaluationRule.Value number =
        new IndicatorEvents.MeasurementRecorded(
                id, "KT", id, "6", "2025", null, 12.5, 12, 2, null, null, at, day, 4)
            .asValue();
    assertThat(number.number()).isEqualByComparingTo("12.5");
    assertThat(number.revision()).isEqualTo(2);
    assertThat(number.recordedOn()).isEqualTo(day);
    EvaluationRule.Value flag =
        new IndicatorEvents.MeasurementRecorded(
                id, "KT", id, "6", "2025-H1", null, true, null, 1, null, null, at, day, 5)
            .asValue();
    assertThat(flag.flag()).isTrue();
    assertThat(flag.period().end()).isEqualTo(LocalDate.of(2025, 6, 30));
    EvaluationRule.Value text =
        new IndicatorEvents.MeasurementRecorded(
                id, "KT", id, "1", "2025", null, "Đạt", null, 1, null, null, at, day, 6)
            .asValue();
    assertThat(text.number()).isNull();
    assertThat(text.flag()).isNull();
  }
}
