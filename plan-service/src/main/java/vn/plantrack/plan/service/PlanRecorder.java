package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;

/**
 * Records a change of a plan once it is made: its history and, where readers need to know, its
 * event, together, in the transaction of the change (so there is never one without the other).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class PlanRecorder {
  static final String AUDIT_TYPE = "plan";

  private final Outbox outbox;
  private final AuditTrail audit;

  PlanRecorder(Outbox outbox, AuditTrail audit) {
    this.outbox = outbox;
    this.audit = audit;
  }

  void created(Plan plan) {
    audit.recordChanges(
        AUDIT_TYPE, plan.id, plan.province, plan.version, "CREATED", Map.of(), snapshot(plan));
    publish(PlanEvents.CREATED, plan, List.of());
  }

  /** A content change: UPDATED in a draft's history; AMENDED in an issued plan's, and announced. */
  void changed(
      Plan plan, Map<String, Object> before, Map<String, Object> after, List<String> changed) {
    boolean issued = plan.status == PlanStatus.ISSUED;
    audit.recordChanges(
        AUDIT_TYPE,
        plan.id,
        plan.province,
        plan.version,
        issued ? "AMENDED" : "UPDATED",
        before,
        after);
    if (issued) {
      publish(PlanEvents.AMENDED, plan, changed);
    }
  }

  /** A draft's change readers do not follow (its issue date given on confirming an import). */
  void draftChanged(Plan plan, Map<String, Object> before) {
    audit.recordChanges(
        AUDIT_TYPE, plan.id, plan.province, plan.version, "UPDATED", before, snapshot(plan));
  }

  /** A new status (issued, superseded, cancelled), with the reason when one was given. */
  void statusChanged(Plan plan, PlanStatus from, String reason, String action, String eventType) {
    audit.recordChanges(
        AUDIT_TYPE,
        plan.id,
        plan.province,
        plan.version,
        action,
        Map.of("status", from),
        Map.of("status", plan.status));
    if (reason != null) {
      audit.recordAction(AUDIT_TYPE, plan.id, plan.province, plan.version, action, reason);
    }
    publish(eventType, plan, List.of("status"));
  }

  /**
   * A confirmed import: its tasks and indicators announced in one event, and the plan's history
   * saying so. Returns the event's id.
   */
  UUID importConfirmed(Plan plan, UUID importId, PlanEvents.ImportConfirmed content) {
    UUID eventId =
        outbox.publish(
            PlanEvents.TOPIC,
            PlanEvents.IMPORT_CONFIRMED,
            plan.id,
            plan.province,
            plan.version,
            content);
    audit.recordAction(
        AUDIT_TYPE,
        plan.id,
        plan.province,
        plan.version,
        "IMPORT_CONFIRMED",
        "import "
            + importId
            + ": "
            + content.tasks().size()
            + " tasks and "
            + content.indicators().size()
            + " indicators sent to their services");
    return eventId;
  }

  /** The audited fields of a plan, as its history shows them. */
  static Map<String, Object> snapshot(Plan plan) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("number", plan.number);
    fields.put("documentType", plan.documentType);
    fields.put("title", plan.title);
    fields.put("issuerOrgId", plan.issuerOrgId);
    fields.put("issuedOn", plan.issuedOn);
    fields.put("signer", plan.signer);
    fields.put("objectives", plan.objectives);
    fields.put("sections", List.copyOf(plan.sections));
    fields.put("legalBases", List.copyOf(plan.legalBases));
    fields.put("implementsDocuments", List.copyOf(plan.implementsDocs));
    fields.put("supersedes", plan.supersedesDoc);
    fields.put("reportingRules", List.copyOf(plan.reportingRules));
    return fields;
  }

  private void publish(String type, Plan plan, List<String> changed) {
    outbox.publish(
        PlanEvents.TOPIC,
        type,
        plan.id,
        plan.province,
        plan.version,
        new PlanEvents.PlanChanged(
            plan.id,
            plan.province,
            plan.number,
            plan.documentType.name(),
            plan.title,
            plan.issuerOrgId,
            plan.issuedOn,
            plan.signer,
            plan.status.name(),
            plan.statusReason,
            plan.sections.stream().map(s -> new PlanEvents.Section(s.code(), s.title())).toList(),
            plan.implementsDocs.stream().map(PlanRecorder::reference).toList(),
            reference(plan.supersedesDoc),
            List.copyOf(plan.reportingRules),
            changed,
            plan.version));
  }

  private static PlanEvents.DocumentReference reference(
      vn.plantrack.plan.PlanDocument.DocumentReference d) {
    return d == null
        ? null
        : new PlanEvents.DocumentReference(
            d.planId(), d.number(), d.issuedOn(), d.issuer(), d.title(), d.clause());
  }
}
