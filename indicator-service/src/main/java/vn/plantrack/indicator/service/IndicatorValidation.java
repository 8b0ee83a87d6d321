package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.web.Preconditions;

/**
 * What a write must satisfy before anything changes, each refusal the problem the API documents:
 * codes free in their plan, the version the writer read, organizations of the province, a parent of
 * the plan's first level, a baseline before every milestone, targets whose value type does not
 * orphan recorded values; a value of the indicator's type for a period of the plan's horizon that
 * has begun; judgements only of qualitative or unread targets. Nothing is written here.
 */
@ApplicationScoped
public class IndicatorValidation {
  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final KnownPlanRepository plans;
  private final DirectoryQueries directory;

  public IndicatorValidation(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      KnownPlanRepository plans,
      DirectoryQueries directory) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
    this.directory = directory;
  }

  /** A new indicator's code is free in its plan (409 otherwise). */
  public void requireFreeCode(KnownPlan plan, String code) {
    if (indicators.codeTaken(plan.id, code)) {
      throw ProblemException.conflict("indicator " + code + " exists in plan " + plan.number);
    }
  }

  /**
   * An update is of the version the writer read (If-Match or the body's), stays in its plan, and
   * takes a code its plan has free.
   */
  public void requireUpdatable(
      Indicator indicator, String ifMatch, Long bodyVersion, IndicatorData data) {
    Preconditions.checkVersion(ifMatch, bodyVersion, indicator.version);
    if (!indicator.planId.equals(data.planId())) {
      throw ProblemException.invalid("planId", "an indicator does not move to another plan");
    }
    if (!indicator.code.equals(data.code())
        && indicators.codeTaken(indicator.planId, data.code())) {
      throw ProblemException.conflict("indicator " + data.code() + " exists in this plan");
    }
  }

  /**
   * The content to write into an indicator of the plan ({@code current} null for a new one), with
   * every field error at once. Organizations are checked against the directory's copy unless {@code
   * checkOrgs} is false (a confirmed import's were resolved by plan-service).
   */
  public IndicatorContent content(
      Indicator current, KnownPlan plan, IndicatorData data, boolean checkOrgs) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (checkOrgs) {
      errors.addAll(directory.unknownOrganizations(data.leadOrgIds(), "leadOrgIds", plan.province));
      errors.addAll(
          directory.unknownOrganizations(
              data.responsibleOrgIds(), "responsibleOrgIds", plan.province));
      errors.addAll(
          directory.unknownOrganizations(
              data.monitoringOrgIds(), "monitoringOrgIds", plan.province));
    }
    if (data.parentId() != null) {
      Indicator parent = indicators.findById(data.parentId());
      if (parent == null || !parent.planId.equals(plan.id)) {
        errors.add(
            new Problem.FieldError(
                "parentId", "no indicator " + data.parentId() + " in this plan"));
      } else if ((current != null && parent.id.equals(current.id)) || parent.parentId != null) {
        errors.add(
            new Problem.FieldError(
                "parentId", "a parent is an indicator of the plan's first level (like 7 or 15)"));
      }
    }
    if (data.baselineYear() != null
        && data.baselineValue() == null
        && data.baselineText() == null) {
      errors.add(new Problem.FieldError("baselineValue", "a baseline year needs a value"));
    }
    List<Indicator.Target> targets = TargetReadings.read(data, errors);
    if (!targets.isEmpty()
        && data.baselineYear() != null
        && targets.stream().anyMatch(t -> t.year() <= data.baselineYear())) {
      errors.add(new Problem.FieldError("baselineYear", "must be before every milestone year"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    ValueType valueType =
        ValueType.of(targets.stream().map(t -> TargetKind.valueOf(t.kind())).toList());
    if (current != null && valueType != current.valueType && measurements.hasValues(current.id)) {
      throw ProblemException.conflict(
          "values are recorded as "
              + current.valueType
              + "; targets that make them "
              + valueType
              + " would orphan them");
    }
    return new IndicatorContent(
        data.code().strip(),
        data.parentId(),
        data.name().strip(),
        blankToNull(data.unit()),
        data.direction() != null
            ? data.direction()
            : targets.isEmpty()
                ? Direction.HIGHER_IS_BETTER
                : Direction.impliedBy(TargetKind.valueOf(targets.get(0).kind())),
        data.counting() == null ? Counting.LEVEL : data.counting(),
        valueType,
        distinct(data.leadOrgIds()),
        distinct(data.responsibleOrgIds()),
        distinct(data.monitoringOrgIds()),
        data.baselineValue(),
        blankToNull(data.baselineText()),
        data.baselineYear(),
        targets);
  }

  /**
   * A value for a period of the indicator: not a group row, a period in the plan's horizon (from
   * the baseline's or the plan's first year to the last milestone) that has begun, a value of the
   * indicator's type.
   */
  public MeasuredValue measurement(Indicator indicator, MeasurementData data) {
    if (indicator.valueType == null) {
      throw ProblemException.conflict(
          "indicator " + indicator.code + " is a group row: record its children's values");
    }
    MeasurementPeriod period =
        MeasurementPeriod.parse(data.period())
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "period", "a year (2025), half (2025-H1), quarter (2025-Q2) or month"));
    KnownPlan plan = plans.findById(indicator.planId);
    int first = Evaluator.firstYear(indicator, plan);
    int last = Evaluator.lastYear(indicator);
    if (period.year() < first || period.year() > last) {
      throw ProblemException.invalid(
          "period", "outside the plan's horizon " + first + "–" + last + " for this indicator");
    }
    if (period.start().isAfter(Evaluator.today())) {
      throw ProblemException.invalid("period", "has not begun yet");
    }
    return MeasuredValue.of(period, indicator.valueType, data);
  }

  /**
   * A judgement is MET or NOT_MET, of a milestone the indicator has whose target is qualitative or
   * was not read; a target read as a comparison is evaluated from values.
   */
  public void requireJudgeable(Indicator indicator, int year, Evaluation result) {
    Indicator.Target target =
        indicator.targets.stream()
            .filter(t -> t.year() == year)
            .findFirst()
            .orElseThrow(() -> ProblemException.invalid("year", "no target for " + year));
    TargetKind kind = TargetKind.valueOf(target.kind());
    if (kind != TargetKind.QUALITATIVE && kind != TargetKind.UNRECOGNIZED) {
      throw ProblemException.conflict(
          "the " + year + " target is " + kind + ": it is evaluated from values, not judged");
    }
    if (result != Evaluation.MET && result != Evaluation.NOT_MET) {
      throw ProblemException.invalid("result", "a judgement is MET or NOT_MET");
    }
  }

  private static List<UUID> distinct(List<UUID> ids) {
    return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
