package vn.plantrack.indicator.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationAsOf;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;

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

  /**
   * Every milestone of an indicator that has targets, by year, as of the date with the contract's
   * rule: {@code revisions} every revision of its values, {@code judgements} every judgement, so a
   * value or judgement recorded after the date does not count for it.
   */
  static List<Milestone> evaluate(
      Indicator indicator,
      KnownPlan plan,
      List<EvaluationRule.Value> revisions,
      List<EvaluationRule.Judgement> judgements,
      LocalDate asOf) {
    EvaluationRule.Facts facts =
        new EvaluationRule.Facts(
            indicator.direction,
            indicator.baselineValue,
            indicator.baselineYear,
            horizonStart(indicator, plan));
    Map<Integer, TargetReading> targets = new TreeMap<>();
    indicator.targets.forEach(t -> targets.put(t.year(), reading(t)));
    return EvaluationRule.evaluateAll(facts, targets, revisions, judgements, asOf).stream()
        .map(result -> new Milestone(result, Map.<Evaluation, Integer>of()))
        .toList();
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

  /** The milestone a leader looks at as of a date: the contract's {@code currentMilestone}. */
  static Optional<Milestone> current(List<Milestone> milestones, LocalDate asOf) {
    return EvaluationAsOf.currentMilestone(
            milestones.stream().map(m -> m.result().year()).toList(), asOf)
        .flatMap(year -> milestones.stream().filter(m -> m.result().year() == year).findFirst());
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

  /** The plan's horizon (the contract's {@code Facts.horizonStart}). */
  static LocalDate horizonStart(Indicator indicator, KnownPlan plan) {
    return EvaluationRule.Facts.horizonStart(
        plan == null ? null : plan.issuedOn, createdOn(indicator));
  }

  /** The day the indicator was created, in the provinces' time zone. */
  static LocalDate createdOn(Indicator indicator) {
    return indicator.createdAt.atZone(ZONE).toLocalDate();
  }

  /** The first year a value may be recorded for: the baseline's, or the plan's first. */
  static int firstYear(Indicator indicator, KnownPlan plan) {
    int start = horizonStart(indicator, plan).getYear();
    return indicator.baselineYear == null ? start : Math.min(start, indicator.baselineYear);
  }

  static int lastYear(Indicator indicator) {
    return new TreeSet<>(indicator.targets.stream().map(Indicator.Target::year).toList()).last();
  }
}
