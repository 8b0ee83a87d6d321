package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * What a unit report's change leaves behind, in the change's transaction: the audit trail's entry
 * (the fields before and after) and the event on {@code plantrack.reports}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportRecorder {
  /** The audit trail's name for a unit's report. */
  static final String AUDIT_TYPE = "report";

  private final AuditTrail audit;
  private final Outbox outbox;

  public ReportRecorder(AuditTrail audit, Outbox outbox) {
    this.audit = audit;
    this.outbox = outbox;
  }

  /** The fields of a report its history follows (the figures are frozen on submission). */
  public static Map<String, Object> snapshot(UnitReport r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", r.status);
    fields.put("orgId", r.orgId);
    fields.put("results", r.results);
    fields.put("difficulties", r.difficulties);
    fields.put("proposals", r.proposals);
    fields.put("returnReason", r.returnReason);
    fields.put("submittedAt", r.submittedAt);
    fields.put("onTime", r.onTime);
    return fields;
  }

  /** Records the change from {@code before} (a {@link #snapshot}) to the report as it is now. */
  public void changed(UnitReport r, String action, Map<String, Object> before) {
    audit.recordChanges(AUDIT_TYPE, r.id, r.province, r.version, action, before, snapshot(r));
  }

  /** Announces the report's state ({@code reason}: a return's, else null). */
  public void publish(String type, UnitReport r, ReportingPeriod p, String reason) {
    outbox.publish(
        ReportEvents.TOPIC,
        type,
        r.id,
        r.province,
        r.version,
        new ReportEvents.ReportChanged(
            r.id,
            r.province,
            r.planId,
            r.period,
            r.orgId,
            r.status.name(),
            r.submittedAt,
            r.onTime,
            reason,
            p.dueAt(),
            r.version));
  }
}
