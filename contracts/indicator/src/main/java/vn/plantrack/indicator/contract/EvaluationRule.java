package vn.plantrack.indicator.contract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where an indicator stands against one milestone target, as of a date.
 *
 * <p><b>As of a date, from the facts as they stood then</b> ({@link EvaluationAsOf}): the values
 * and judgements that count are those recorded by the end of the date.
 *
 * <ol>
 *   <li><b>Qualitative or unread targets</b> are judged by a person: the coordinator's judgement
 *       (MET or NOT_MET) if recorded, else NEEDS_JUDGEMENT.
 *   <li><b>The milestone year has a value</b>: MET or NOT_MET by comparing the year's value with
 *       the target. The year's value is the yearly one ({@code 2030}) if recorded, else the latest
 *       period of that year ({@code 2030-H1}); {@link Result#finalForYear} tells which.
 *   <li><b>Before the milestone year</b>, with the latest value {@code v} recorded before it:
 *       <ul>
 *         <li>a value that already meets the target is ON_TRACK;
 *         <li>a yes/no target that is not met yet is AT_RISK (it has no trajectory);
 *         <li>otherwise the trajectory is a straight line from the start point {@code (b, t0)} to
 *             the target's goal {@code g} at the end of the milestone year {@code t1}. The expected
 *             value at the latest value's date {@code t} is {@code e = b + (g − b)·(t − t0)/(t1 −
 *             t0)}. ON_TRACK when {@code v} falls short of {@code e} (in the direction of {@code
 *             g}) by at most {@link #BAND} of the whole distance {@code |g − b|}; AT_RISK beyond
 *             that band.
 *       </ul>
 *       The start point is the recorded baseline (value at the end of its year); without one, the
 *       earliest earlier value; without that either, 0 at the start of the plan's horizon for a
 *       higher-is-better target (a share or count that the plan starts building), while a
 *       lower-is-better target (a rank, a ceiling) has no trajectory without a start and is AT_RISK
 *       until it meets the target.
 *   <li><b>Nothing counts</b> (no value before or in the milestone year, or the milestone year
 *       ended without a value): NO_DATA.
 * </ol>
 *
 * The goal {@code g} is the bound the target names: the minimum for at-least targets, the maximum
 * for at-most and rank targets, and for a range the bound nearest to where the indicator starts.
 */
public final class EvaluationRule {
  /** How far behind the straight line an indicator may be and still be ON_TRACK: 10 %. */
  public static final BigDecimal BAND = new BigDecimal("0.10");

  private static final MathContext MATH = MathContext.DECIMAL64;

  private EvaluationRule() {}

  /**
   * The indicator's facts that evaluation needs. {@code horizonStart}: the plan's first day ({@link
   * #horizonStart}).
   */
  public record Facts(
      Direction direction, BigDecimal baselineValue, Integer baselineYear, LocalDate horizonStart) {

    /**
     * A plan's horizon starts on 1 January of the year it was issued; a plan not issued yet, on 1
     * January of the year the indicator was created ({@link
     * IndicatorEvents.IndicatorChanged#createdOn}).
     */
    public static LocalDate horizonStart(LocalDate planIssuedOn, LocalDate indicatorCreatedOn) {
      LocalDate from = planIssuedOn != null ? planIssuedOn : indicatorCreatedOn;
      return from == null ? null : LocalDate.of(from.getYear(), 1, 1);
    }
  }

  /**
   * A recorded value: a number or a yes/no (text values are not compared), its revision (1 when
   * first recorded, then one more per correction) and the day it was recorded (Asia/Ho_Chi_Minh;
   * null: counts from the start).
   */
  public record Value(
      MeasurementPeriod period,
      BigDecimal number,
      Boolean flag,
      int revision,
      LocalDate recordedOn) {
    public static Value of(MeasurementPeriod period, BigDecimal number) {
      return new Value(period, number, null, 1, null);
    }

    public static Value of(MeasurementPeriod period, boolean flag) {
      return new Value(period, null, flag, 1, null);
    }

    /** This value as revision {@code revision}, recorded on {@code day}. */
    public Value recorded(int revision, LocalDate day) {
      return new Value(period, number, flag, revision, day);
    }
  }

  /**
   * A coordinator's judgement of a qualitative target for a milestone year, made on {@code
   * judgedOn} (Asia/Ho_Chi_Minh; null: counts from the start). A later judgement of the same year
   * replaces it from its own day.
   */
  public record Judgement(int year, Evaluation result, String reason, LocalDate judgedOn) {}

  /**
   * The evaluation of one milestone with what it rests on: the value used (and its period), the
   * trajectory's expected value, and a sentence saying why.
   */
  public record Result(
      int year,
      Evaluation evaluation,
      String period,
      BigDecimal value,
      Boolean flag,
      BigDecimal expected,
      boolean finalForYear,
      String basis) {}

  /**
   * Every milestone (year → target) as of the date, by year: the evaluation a report line or an
   * indicator's page shows. {@code recorded}: every revision of every value; {@code judgements}:
   * every judgement of every year.
   */
  public static List<Result> evaluateAll(
      Facts facts,
      Map<Integer, TargetReading> targets,
      List<Value> recorded,
      List<Judgement> judgements,
      LocalDate asOf) {
    List<Result> results = new ArrayList<>();
    new TreeMap<>(targets)
        .forEach(
            (year, target) ->
                results.add(evaluate(facts, year, target, recorded, judgements, asOf)));
    return results;
  }

  /**
   * One milestone as of the date, from the facts as they stood then (see the class comment). {@code
   * recorded}: every revision of every value; {@code judgements}: every judgement (of any year).
   */
  public static Result evaluate(
      Facts facts,
      int year,
      TargetReading target,
      List<Value> recorded,
      List<Judgement> judgements,
      LocalDate asOf) {
    if (target.kind() == TargetKind.QUALITATIVE || target.kind() == TargetKind.UNRECOGNIZED) {
      Judgement judgement = EvaluationAsOf.judgementAsOf(judgements, year, asOf).orElse(null);
      if (judgement != null) {
        return result(year, judgement.result(), null, false, "judged: " + judgement.reason());
      }
      return result(
          year,
          Evaluation.NEEDS_JUDGEMENT,
          null,
          false,
          target.kind() == TargetKind.QUALITATIVE
              ? "a qualitative target is judged by a coordinator"
              : "the target was not understood; a coordinator judges it");
    }
    List<Value> counted =
        EvaluationAsOf.valuesAsOf(recorded, asOf).stream()
            .filter(v -> v.number() != null || v.flag() != null)
            .toList();
    Optional<Value> ofYear = valueOfYear(counted, year);
    if (ofYear.isPresent()) {
      Value v = ofYear.get();
      boolean annual = v.period().granularity() == MeasurementPeriod.Granularity.YEAR;
      BigDecimal previous = previousYearNumber(counted, year);
      boolean met = meets(facts.direction(), target, v, previous);
      return new Result(
          year,
          met ? Evaluation.MET : Evaluation.NOT_MET,
          v.period().id(),
          v.number(),
          v.flag(),
          null,
          annual,
          (met ? "meets" : "misses")
              + " the "
              + year
              + " target with the value of "
              + v.period().id()
              + (annual ? "" : " (the yearly value is not recorded yet)"));
    }
    if (asOf.isAfter(LocalDate.of(year, 12, 31))) {
      return result(
          year, Evaluation.NO_DATA, null, false, "the year " + year + " ended without a value");
    }
    List<Value> before = counted.stream().filter(v -> v.period().year() < year).toList();
    if (before.isEmpty()) {
      return result(year, Evaluation.NO_DATA, null, false, "no value recorded for this milestone");
    }
    Value latest = before.get(before.size() - 1);
    BigDecimal previous = previousYearNumber(counted, latest.period().year());
    if (meets(facts.direction(), target, latest, previous)) {
      return result(
          year, Evaluation.ON_TRACK, latest, false, "already meets the " + year + " target");
    }
    if (target.kind() == TargetKind.BOOLEAN || latest.number() == null) {
      return result(
          year, Evaluation.AT_RISK, latest, false, "a yes/no target that is not reached yet");
    }
    return trajectory(facts, year, target, before, latest);
  }

  /** The worst of several evaluations (a group row's), NO_DATA when there are none. */
  public static Evaluation worst(Collection<Evaluation> evaluations) {
    return evaluations.stream().min(Comparator.naturalOrder()).orElse(Evaluation.NO_DATA);
  }

  /**
   * Whether a value meets a target. A bare number ({@code EXACT}) is read by the indicator's
   * direction: at least it when higher is better or the level is to be maintained, at most it when
   * lower is better, exactly it within a range. "… và tăng dần" also needs the value not to fall
   * below the previous year's.
   */
  public static boolean meets(
      Direction direction, TargetReading target, Value value, BigDecimal previousYear) {
    if (target.kind() == TargetKind.BOOLEAN) {
      boolean wanted = target.min() == null || target.min().signum() != 0;
      return value.flag() != null
          ? value.flag() == wanted
          : value.number() != null && (value.number().signum() != 0) == wanted;
    }
    BigDecimal v = value.number();
    if (v == null) {
      return false;
    }
    boolean met =
        switch (target.kind()) {
          case AT_LEAST -> v.compareTo(target.min()) >= 0;
          case GREATER_THAN -> v.compareTo(target.min()) > 0;
          case AT_MOST, RANK -> v.compareTo(target.max()) <= 0;
          case LESS_THAN -> v.compareTo(target.max()) < 0;
          case EXACT ->
              switch (direction) {
                case HIGHER_IS_BETTER, MAINTAINED -> v.compareTo(target.min()) >= 0;
                case LOWER_IS_BETTER -> v.compareTo(target.min()) <= 0;
                case WITHIN_RANGE -> v.compareTo(target.min()) == 0;
              };
          case RANGE ->
              switch (direction) {
                case HIGHER_IS_BETTER, MAINTAINED -> v.compareTo(target.min()) >= 0;
                case LOWER_IS_BETTER -> v.compareTo(target.max()) <= 0;
                case WITHIN_RANGE ->
                    v.compareTo(target.min()) >= 0 && v.compareTo(target.max()) <= 0;
              };
          default -> false;
        };
    if (met && target.rising() && previousYear != null) {
      return v.compareTo(previousYear) >= 0;
    }
    return met;
  }

  private static Result trajectory(
      Facts facts, int year, TargetReading target, List<Value> before, Value latest) {
    LocalDate end = LocalDate.of(year, 12, 31);
    BigDecimal startValue;
    LocalDate startOn;
    String startWhat;
    if (facts.baselineValue() != null
        && facts.baselineYear() != null
        && LocalDate.of(facts.baselineYear(), 12, 31).isBefore(latest.period().end())) {
      startValue = facts.baselineValue();
      startOn = LocalDate.of(facts.baselineYear(), 12, 31);
      startWhat = "the baseline of " + facts.baselineYear();
    } else if (before.size() > 1 && before.get(0).number() != null) {
      startValue = before.get(0).number();
      startOn = before.get(0).period().end();
      startWhat = "the first value (" + before.get(0).period().id() + ")";
    } else if (!lowerIsBetter(facts.direction(), target) && facts.horizonStart() != null) {
      startValue = BigDecimal.ZERO;
      startOn = facts.horizonStart();
      startWhat = "0 at the start of the plan (" + facts.horizonStart() + ")";
    } else {
      return result(
          year,
          Evaluation.AT_RISK,
          latest,
          false,
          "not at the target yet, and no baseline or earlier value to draw a trajectory from");
    }
    BigDecimal goal = goal(facts.direction(), target, startValue);
    BigDecimal distance = goal.subtract(startValue);
    long total = ChronoUnit.DAYS.between(startOn, end);
    long elapsed = ChronoUnit.DAYS.between(startOn, latest.period().end());
    BigDecimal fraction =
        total <= 0
            ? BigDecimal.ONE
            : BigDecimal.valueOf(Math.max(0, Math.min(elapsed, total)))
                .divide(BigDecimal.valueOf(total), MATH);
    BigDecimal expected = startValue.add(distance.multiply(fraction, MATH), MATH);
    // Positive when the value is behind the line, in the direction of the goal.
    BigDecimal shortfall = expected.subtract(latest.number()).multiply(signum(distance));
    BigDecimal allowed = distance.abs().multiply(BAND, MATH);
    boolean onTrack = distance.signum() != 0 && shortfall.compareTo(allowed) <= 0;
    return new Result(
        year,
        onTrack ? Evaluation.ON_TRACK : Evaluation.AT_RISK,
        latest.period().id(),
        latest.number(),
        null,
        expected.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(),
        false,
        (onTrack ? "on" : "behind")
            + " the straight line from "
            + startWhat
            + " to "
            + goal.stripTrailingZeros().toPlainString()
            + " at the end of "
            + year
            + ": "
            + expected.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
            + " expected by "
            + latest.period().end()
            + (onTrack ? "" : ", more than 10 % of the distance behind"));
  }

  private static boolean lowerIsBetter(Direction direction, TargetReading target) {
    return switch (target.kind()) {
      case AT_MOST, LESS_THAN, RANK -> true;
      case EXACT -> direction == Direction.LOWER_IS_BETTER;
      case RANGE -> direction == Direction.LOWER_IS_BETTER;
      default -> false;
    };
  }

  private static BigDecimal goal(Direction direction, TargetReading target, BigDecimal start) {
    return switch (target.kind()) {
      case AT_MOST, LESS_THAN, RANK -> target.max();
      case RANGE ->
          switch (direction) {
            case LOWER_IS_BETTER -> target.max();
            case WITHIN_RANGE -> start.compareTo(target.max()) > 0 ? target.max() : target.min();
            default -> target.min();
          };
      default -> target.min();
    };
  }

  private static Optional<Value> valueOfYear(List<Value> counted, int year) {
    List<Value> ofYear = counted.stream().filter(v -> v.period().year() == year).toList();
    return ofYear.stream()
        .filter(v -> v.period().granularity() == MeasurementPeriod.Granularity.YEAR)
        .findFirst()
        .or(() -> ofYear.isEmpty() ? Optional.empty() : Optional.of(ofYear.get(ofYear.size() - 1)));
  }

  private static BigDecimal previousYearNumber(List<Value> counted, int year) {
    return valueOfYear(counted, year - 1).map(Value::number).orElse(null);
  }

  private static BigDecimal signum(BigDecimal value) {
    return BigDecimal.valueOf(value.signum());
  }

  private static Result result(
      int year, Evaluation evaluation, Value value, boolean finalForYear, String basis) {
    return new Result(
        year,
        evaluation,
        value == null ? null : value.period().id(),
        value == null ? null : value.number(),
        value == null ? null : value.flag(),
        null,
        finalForYear,
        basis);
  }
}
