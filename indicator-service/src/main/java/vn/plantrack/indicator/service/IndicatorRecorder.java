package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;

/**
 * Records what happened to an indicator, in the writer's transaction: the history entry (platform
 * audit) and the event (platform outbox) together, so one is never written without the other. An
 * evaluation change is derived, not anyone's write: it is only announced.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorRecorder {
  /** The entity type of indicators in the audit trail. */
  public static final String AUDIT_TYPE = "indicator";

  private final AuditTrail audit;
  private final Outbox outbox;

  public IndicatorRecorder(AuditTrail audit, Outbox outbox) {
    this.audit = audit;
    this.outbox = outbox;
  }

  public void created(Indicator indicator) {
    audit.recordChanges(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        "CREATED",
        Map.of(),
        IndicatorMapping.snapshot(indicator));
    publish(IndicatorEvents.CREATED, indicator, null);
  }

  /** Announced only when a field the history shows really changed. */
  public void updated(Indicator indicator, Map<String, Object> before) {
    if (audit.recordChanges(
            AUDIT_TYPE,
            indicator.id,
            indicator.province,
            indicator.version,
            "UPDATED",
            before,
            IndicatorMapping.snapshot(indicator))
        > 0) {
      publish(IndicatorEvents.UPDATED, indicator, null);
    }
  }

  /** Roles moved to a successor organization; announced as an update with the reason. */
  public void reassigned(Indicator indicator, Map<String, Object> before, String note) {
    audit.recordChanges(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        "REASSIGNED",
        before,
        IndicatorMapping.snapshot(indicator));
    publish(IndicatorEvents.UPDATED, indicator, note);
  }

  /**
   * A value recorded, or corrected when {@code previous} is not null. The same value recorded again
   * (a new source or note) is a new revision: it shows too.
   */
  public void measured(Indicator indicator, Measurement m, Object previous) {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("value " + m.period, previous);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("value " + m.period, m.value());
    audit.recordWrite(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        previous == null ? "MEASUREMENT" : "CORRECTION",
        before,
        after,
        "value " + m.period + " revision " + m.revision);
    outbox.publish(
        IndicatorEvents.TOPIC,
        IndicatorEvents.MEASUREMENT_RECORDED,
        indicator.id,
        indicator.province,
        indicator.version,
        IndicatorMapping.measurementRecorded(indicator, m, previous));
  }

  /**
   * A milestone judged; {@code before} is the judgement it replaced ("MET: reason") or null.
   * Announced with its day, so readers evaluate any date with it (the evaluation it changes is
   * announced too).
   */
  public void judged(Indicator indicator, Judgement judgement, String before) {
    Map<String, Object> old = new LinkedHashMap<>();
    old.put("judgement " + judgement.year, before);
    audit.recordWrite(
        AUDIT_TYPE,
        indicator.id,
        indicator.province,
        indicator.version,
        "JUDGEMENT",
        old,
        Map.of("judgement " + judgement.year, judgement.result + ": " + judgement.reason),
        "judgement " + judgement.year + " confirmed");
    outbox.publish(
        IndicatorEvents.TOPIC,
        IndicatorEvents.JUDGED,
        indicator.id,
        indicator.province,
        indicator.version,
        IndicatorMapping.judged(
            indicator, judgement, before == null ? null : before.split(":", 2)[0]));
  }

  /** A milestone's evaluation differs from the one last announced. */
  public void evaluationChanged(
      Indicator indicator,
      LocalDate asOf,
      Map<String, String> previous,
      Map<String, String> current) {
    outbox.publish(
        IndicatorEvents.TOPIC,
        IndicatorEvents.EVALUATION_CHANGED,
        indicator.id,
        indicator.province,
        indicator.version,
        IndicatorMapping.evaluationChanged(indicator, asOf, previous, current));
  }

  private void publish(String type, Indicator indicator, String note) {
    outbox.publish(
        IndicatorEvents.TOPIC,
        type,
        indicator.id,
        indicator.province,
        indicator.version,
        IndicatorMapping.changed(indicator, note));
  }
}
