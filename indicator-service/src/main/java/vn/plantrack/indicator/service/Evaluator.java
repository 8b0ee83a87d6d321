package vn.plantrack.indicator.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.rules.Evaluation;
import vn.plantrack.indicator.rules.EvaluationRule;
import vn.plantrack.indicator.rules.MeasurementPeriod;
import vn.plantrack.indicator.rules.TargetKind;
import vn.plantrack.indicator.rules.TargetReading;

/**
 * Turns stored indicators, values and judgements into the plain facts {@link EvaluationRule} reads,
 * and gathers a group row's evaluation from its children. No database access: callers load what it
 * needs.
 */
public final class Evaluator {
  /** The provinces' time zone: "today" and a plan's first year are read in it. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Evaluator() {}

  /** Today in the provinces' time zone, the date evaluations are as of unless one is asked. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /**
   * One milestone's evaluation. For a group row, {@code children} counts its children's evaluations
   * and {@code result.evaluation} is the worst of them.
   */
  public record Milestone(EvaluationRule.Result result, Map<Evaluation, Integer> children) {}

  /** Every milestone of an indicator that has targets, by year. */
  static List<Milestone> evaluate(
      Indicator indicator,
      KnownPlan plan,
      List<Measurement> measurements,
      Map<Integer, Judgement> judgements,
      LocalDate asOf) {
    EvaluationRule.Facts facts =
        new EvaluationRule.Facts(
            indicator.direction,
            indicator.baselineValue,
            indicator.baselineYear,
            horizonStart(indicator, plan));
    List<EvaluationRule.Value> values = values(measurements);
    List<Milestone> milestones = new ArrayList<>();
    indicator.targets.stream()
        .sorted(Comparator.comparingInt(Indicator.Target::year))
        .forEach(
            target -> {
              Judgement judgement = judgements.get(target.year());
              milestones.add(
                  new Milestone(
                      EvaluationRule.evaluate(
                          facts,
                          target.year(),
                          reading(target),
                          values,
                          judgement == null
                              ? null
                              : new EvaluationRule.Judgement(judgement.result, judgement.reason),
                          asOf),
                      Map.of()));
            });
    return milestones;
  }

  /** A group row: per milestone year of its children, the worst evaluation and the counts. */
  static List<Milestone> summarize(List<List<Milestone>> children) {
    Map<Integer, List<Evaluation>> byYear = new TreeMap<>();
    children.forEach(
        list ->
            list.forEach(
                m ->
                    byYear
                        .computeIfAbsent(m.result().year(), y -> new ArrayList<>())
                        .add(m.result().evaluation())));
    List<Milestone> milestones = new ArrayList<>();
    byYear.forEach(
        (year, evaluations) -> {
          Map<Evaluation, Integer> counts = new EnumMap<>(Evaluation.class);
          evaluations.forEach(e -> counts.merge(e, 1, Integer::sum));
          Evaluation worst = EvaluationRule.worst(evaluations);
          milestones.add(
              new Milestone(
                  new EvaluationRule.Result(
                      year,
                      worst,
                      null,
                      null,
                      null,
                      null,
                      false,
                      "the worst of " + evaluations.size() + " indicators of the group"),
                  counts));
        });
    return milestones;
  }

  /**
   * The milestone a leader looks at as of a date: the first whose year has not passed, else the
   * last.
   */
  static Optional<Milestone> current(List<Milestone> milestones, LocalDate asOf) {
    return milestones.stream()
        .filter(m -> m.result().year() >= asOf.getYear())
        .findFirst()
        .or(
            () ->
                milestones.isEmpty()
                    ? Optional.empty()
                    : Optional.of(milestones.get(milestones.size() - 1)));
  }

  /** Milestone year → evaluation, as announced in events and kept in {@code lastEvaluation}. */
  static Map<String, String> asMap(List<Milestone> milestones) {
    Map<String, String> map = new LinkedHashMap<>();
    milestones.forEach(
        m -> map.put(Integer.toString(m.result().year()), m.result().evaluation().name()));
    return map;
  }

  static TargetReading reading(Indicator.Target t) {
    return new TargetReading(
        t.text(),
        TargetKind.valueOf(t.kind()),
        t.operator(),
        t.min(),
        t.max(),
        t.unit(),
        t.rising(),
        t.needsReview(),
        t.note());
  }

  /** The plan's horizon starts on 1 January of the year it was issued (or of today's draft). */
  static LocalDate horizonStart(Indicator indicator, KnownPlan plan) {
    if (plan != null && plan.issuedOn != null) {
      return LocalDate.of(plan.issuedOn.getYear(), 1, 1);
    }
    return LocalDate.of(indicator.createdAt.atZone(ZONE).getYear(), 1, 1);
  }

  /** The first year a value may be recorded for: the baseline's, or the plan's first. */
  static int firstYear(Indicator indicator, KnownPlan plan) {
    int start = horizonStart(indicator, plan).getYear();
    return indicator.baselineYear == null ? start : Math.min(start, indicator.baselineYear);
  }

  static int lastYear(Indicator indicator) {
    return new TreeSet<>(indicator.targets.stream().map(Indicator.Target::year).toList()).last();
  }

  private static List<EvaluationRule.Value> values(List<Measurement> measurements) {
    List<EvaluationRule.Value> values = new ArrayList<>();
    for (Measurement m : measurements) {
      MeasurementPeriod period = MeasurementPeriod.parse(m.period).orElseThrow();
      if (m.numberValue != null) {
        values.add(EvaluationRule.Value.of(period, m.numberValue));
      } else if (m.booleanValue != null) {
        values.add(EvaluationRule.Value.of(period, m.booleanValue));
      }
    }
    return values;
  }
}
