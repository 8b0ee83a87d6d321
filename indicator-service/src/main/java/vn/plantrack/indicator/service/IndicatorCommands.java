package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;

/**
 * The writes to indicators: create, update, record a value (again: a correction, the old value
 * stays in the history), judge a qualitative target. Each one asks {@link IndicatorAccess} who may,
 * {@link IndicatorValidation} what is valid, changes the rows, and has {@link IndicatorRecorder}
 * audit and announce it; then {@link IndicatorEvaluations} re-evaluates what it moved.
 */
@ApplicationScoped
@Transactional
public class IndicatorCommands {
  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final IndicatorAccess access;
  private final IndicatorValidation validation;
  private final IndicatorRecorder recorder;
  private final IndicatorEvaluations evaluations;

  public IndicatorCommands(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      IndicatorAccess access,
      IndicatorValidation validation,
      IndicatorRecorder recorder,
      IndicatorEvaluations evaluations) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.access = access;
    this.validation = validation;
    this.recorder = recorder;
    this.evaluations = evaluations;
  }

  public Indicator create(IndicatorData data) {
    KnownPlan plan = access.visiblePlan(data.planId());
    access.requireManager(plan.province, "manage its indicators");
    validation.requireFreeCode(plan, data.code());
    return insert(plan, validation.content(null, plan, data, true), access.actor());
  }

  /**
   * An indicator of a plan import confirmed in plan-service (event {@code
   * plantrack.plan.import-confirmed.v1}): plan-service checked the confirming caller's right and
   * resolved the agencies through the directory it owns, so they are taken as given even if this
   * copy of the directory has not caught up yet. Attributed to whoever confirmed.
   */
  public Indicator createImported(KnownPlan plan, IndicatorData data, String confirmedBy) {
    return insert(plan, validation.content(null, plan, data, false), confirmedBy);
  }

  private Indicator insert(KnownPlan plan, IndicatorContent content, String actor) {
    Indicator indicator = new Indicator();
    indicator.id = UUID.randomUUID();
    indicator.province = plan.province;
    indicator.planId = plan.id;
    content.applyTo(indicator);
    indicator.stampCreated(actor);
    indicator.lastEvaluation = evaluations.asOfToday(indicator);
    indicators.persistAndFlush(indicator);
    recorder.created(indicator);
    evaluations.reevaluateParent(indicator);
    return indicator;
  }

  public Indicator update(UUID id, String ifMatch, Long bodyVersion, IndicatorData data) {
    Indicator indicator = access.toChange(id);
    access.requireManager(indicator.province, "manage its indicators");
    validation.requireUpdatable(indicator, ifMatch, bodyVersion, data);
    IndicatorContent content =
        validation.content(indicator, access.visiblePlan(indicator.planId), data, true);
    Map<String, Object> before = IndicatorMapping.snapshot(indicator);
    content.applyTo(indicator);
    indicator.stampUpdated(access.actor());
    indicators.flush();
    recorder.updated(indicator, before);
    evaluations.afterWrite(indicator);
    return indicator;
  }

  /**
   * A monitoring organization (or a coordinator) records the value of a period; recording a period
   * again is a correction: the old value stays in the history.
   */
  public Measurement record(UUID id, MeasurementData data) {
    Indicator indicator = access.toChange(id);
    UUID org = access.requireRecorder(indicator);
    MeasuredValue value = validation.measurement(indicator, data);
    Measurement m = measurements.find(indicator.id, value.period().id());
    Object previous = m == null ? null : m.value();
    if (m == null) {
      m = new Measurement();
      m.id = UUID.randomUUID();
      m.indicatorId = indicator.id;
      m.period = value.period().id();
      m.periodEnd = value.period().end();
      m.revision = 1;
    } else {
      m.revision++;
    }
    value.applyTo(m);
    m.orgId = org;
    m.recordedAt = Instant.now();
    m.recordedBy = access.actor();
    measurements.persist(m);
    measurements.keepRevision(m);
    // The value is part of the indicator: its version orders the events consumers receive.
    indicators.incrementVersion(indicator);
    recorder.measured(indicator, m, previous);
    evaluations.afterWrite(indicator);
    return m;
  }

  /** A coordinator judges a qualitative (or unread) target for its milestone year. */
  public Judgement judge(UUID id, int year, Evaluation result, String reason) {
    Indicator indicator = access.toChange(id);
    access.requireManager(indicator.province, "judge its indicators");
    validation.requireJudgeable(indicator, year, result);
    Judgement judgement = measurements.judgement(indicator.id, year);
    String before = judgement == null ? null : judgement.result + ": " + judgement.reason;
    boolean first = judgement == null;
    if (first) {
      judgement = new Judgement();
      judgement.indicatorId = indicator.id;
      judgement.year = year;
    }
    judgement.result = result;
    judgement.reason = reason.strip();
    judgement.judgedAt = Instant.now();
    judgement.judgedBy = access.actor();
    if (first) {
      measurements.persistJudgement(judgement);
    }
    measurements.keepRevision(judgement);
    // A judgement is a fact of the indicator: its own event, with the indicator's next version.
    indicators.incrementVersion(indicator);
    recorder.judged(indicator, judgement, before);
    evaluations.afterWrite(indicator);
    return judgement;
  }
}
