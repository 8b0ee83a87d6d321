package vn.plantrack.indicator.contract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.plantrack.indicator.contract.EvaluationRule.Judgement;
import vn.plantrack.indicator.contract.EvaluationRule.Value;

/**
 * Which recorded facts stand as of a date, for {@link EvaluationRule} and for every reader that
 * shows an indicator as it stood then (a report line, a plan's summary).
 *
 * <p><b>As of a date, from the facts as they stood then</b>: a value counts when its period has
 * ended by the date (a value is as of its period's last day) and it was recorded by the end of the
 * date; of a period's revisions, the latest recorded by then stands (a correction made after the
 * date does not rewrite it). A judgement counts from the day it was made, the latest by then
 * standing. So a report built for an earlier date shows what could be known on that date. A value
 * or judgement without a recording day (published before the events carried it) counts from the
 * start.
 */
public final class EvaluationAsOf {
  private EvaluationAsOf() {}

  /**
   * The values that count as of the end of {@code asOf}, oldest period first: per period whose
   * period has ended by then, the latest revision recorded by then (a value recorded or corrected
   * after the date does not count for it).
   */
  public static List<Value> valuesAsOf(List<Value> recorded, LocalDate asOf) {
    Map<String, Value> standing = new LinkedHashMap<>();
    for (Value v : recorded) {
      if (v.period().end().isAfter(asOf)
          || (v.recordedOn() != null && v.recordedOn().isAfter(asOf))) {
        continue;
      }
      standing.merge(v.period().id(), v, (a, b) -> b.revision() > a.revision() ? b : a);
    }
    return standing.values().stream()
        .sorted(Comparator.comparing((Value v) -> v.period().end()))
        .toList();
  }

  /**
   * The judgement of a milestone year that stands at the end of {@code asOf}: the latest by then.
   */
  public static Optional<Judgement> judgementAsOf(
      List<Judgement> judgements, int year, LocalDate asOf) {
    Judgement standing = null;
    for (Judgement j : judgements == null ? List.<Judgement>of() : judgements) {
      if (j.year() != year || (j.judgedOn() != null && j.judgedOn().isAfter(asOf))) {
        continue;
      }
      if (standing == null
          || standing.judgedOn() == null
          || (j.judgedOn() != null && !j.judgedOn().isBefore(standing.judgedOn()))) {
        standing = j;
      }
    }
    return Optional.ofNullable(standing);
  }

  /**
   * The milestone a reader looks at as of a date (a report line, a plan's summary): the first whose
   * year has not passed, else the last; empty without milestones.
   */
  public static Optional<Integer> currentMilestone(Collection<Integer> years, LocalDate asOf) {
    List<Integer> sorted = years.stream().sorted().toList();
    return sorted.stream()
        .filter(y -> y >= asOf.getYear())
        .findFirst()
        .or(() -> sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get(sorted.size() - 1)));
  }
}
