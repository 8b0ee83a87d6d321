package vn.plantrack.indicator.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.indicator.reading.TargetReader;
import vn.plantrack.platform.problem.Problem;

/**
 * An indicator's targets as stored: each text read by {@link TargetReader}, unless a coordinator
 * set the reading (an explicit kind with its bounds), which replaces it. Plain Java.
 */
final class TargetReadings {
  private TargetReadings() {}

  /**
   * The targets by year; a year twice, min above max, or an explicit kind without its bounds adds a
   * field error naming the target ({@code targets[i].…}) and leaves that target out.
   */
  static List<Indicator.Target> read(IndicatorData data, List<Problem.FieldError> errors) {
    List<Indicator.Target> targets = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    List<TargetData> given = data.targets() == null ? List.of() : data.targets();
    for (int i = 0; i < given.size(); i++) {
      TargetData t = given.get(i);
      String field = "targets[" + i + "]";
      if (!years.add(t.year())) {
        errors.add(new Problem.FieldError(field + ".year", "the year " + t.year() + " twice"));
        continue;
      }
      if (t.min() != null && t.max() != null && t.min().compareTo(t.max()) > 0) {
        errors.add(new Problem.FieldError(field + ".min", "min is above max"));
        continue;
      }
      TargetReading reading = TargetReader.read(t.text(), data.unit());
      if (t.kind() != null) {
        String problem = explicitProblem(t);
        if (problem != null) {
          errors.add(new Problem.FieldError(field + ".kind", problem));
          continue;
        }
        reading =
            new TargetReading(
                t.text(),
                t.kind(),
                t.operator() == null ? reading.operator() : t.operator(),
                t.min(),
                t.max(),
                t.unit() == null ? reading.unit() : t.unit(),
                reading.rising(),
                false,
                "set by a coordinator");
      }
      targets.add(
          new Indicator.Target(
              t.year(),
              t.text().strip(),
              reading.kind().name(),
              reading.operator(),
              reading.min(),
              reading.max(),
              reading.unit(),
              reading.rising(),
              reading.needsReview(),
              reading.note()));
    }
    targets.sort(Comparator.comparingInt(Indicator.Target::year));
    return targets;
  }

  /** What an explicit reading lacks: the bound(s) its kind compares with. */
  private static String explicitProblem(TargetData t) {
    return switch (t.kind()) {
      case AT_LEAST, GREATER_THAN, EXACT -> t.min() == null ? t.kind() + " needs min" : null;
      case AT_MOST, LESS_THAN, RANK -> t.max() == null ? t.kind() + " needs max" : null;
      case RANGE -> t.min() == null || t.max() == null ? "RANGE needs min and max" : null;
      case BOOLEAN -> t.min() == null ? "BOOLEAN needs min (1 yes, 0 no)" : null;
      case QUALITATIVE -> null;
      case UNRECOGNIZED -> "UNRECOGNIZED is the reader's verdict, not a reading";
    };
  }
}
