package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;

/**
 * Records a change of the directory once it is made: its history and its event, together, in the
 * transaction of the change (so there is never one without the other).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class OrganizationRecorder {
  static final String AUDIT_TYPE = "organization";

  private final Outbox outbox;
  private final AuditTrail audit;

  OrganizationRecorder(Outbox outbox, AuditTrail audit) {
    this.outbox = outbox;
    this.audit = audit;
  }

  void created(Organization org, List<UUID> members) {
    audit.recordChanges(
        AUDIT_TYPE, org.id, org.province, org.version, "CREATED", Map.of(), snapshot(org, members));
    publish(OrganizationEvents.CREATED, org, members);
  }

  /** The fields that changed since {@code before}; nothing is announced when none did. */
  void updated(Organization org, Map<String, Object> before, List<UUID> members) {
    int changes =
        audit.recordChanges(
            AUDIT_TYPE,
            org.id,
            org.province,
            org.version,
            "UPDATED",
            before,
            snapshot(org, members));
    if (changes > 0) {
      publish(OrganizationEvents.UPDATED, org, members);
    }
  }

  /**
   * A merge or split: each successor's history says what it took over, the organization's says its
   * end and where its work passes, and {@code organization.merged} / {@code .split} tells the
   * owners of tasks, indicators and reports to move open work.
   */
  void reorganized(
      Organization org,
      Map<String, Object> before,
      List<Organization> successors,
      String kind,
      LocalDate effectiveOn,
      String note) {
    for (Organization successor : successors) {
      audit.recordAction(
          AUDIT_TYPE,
          successor.id,
          successor.province,
          successor.version,
          kind.equals("MERGE") ? "ABSORBED" : "SPLIT_FROM",
          org.code + " (" + org.name + ") from " + effectiveOn);
    }
    audit.recordChanges(
        AUDIT_TYPE, org.id, org.province, org.version, kind, before, snapshot(org, List.of()));
    audit.recordAction(
        AUDIT_TYPE,
        org.id,
        org.province,
        org.version,
        kind,
        "work passes to "
            + successors.stream().map(s -> s.code).toList()
            + " from "
            + effectiveOn
            + (note == null ? "" : ": " + note));
    outbox.publish(
        OrganizationEvents.TOPIC,
        kind.equals("MERGE") ? OrganizationEvents.MERGED : OrganizationEvents.SPLIT,
        org.id,
        org.province,
        org.version,
        new OrganizationEvents.OrganizationReorganized(
            org.id,
            org.code,
            org.province,
            kind,
            successors.stream().map(s -> s.id).toList(),
            effectiveOn,
            note,
            org.version));
  }

  /** The audited fields of an organization, as its history shows them. */
  static Map<String, Object> snapshot(Organization org, List<UUID> members) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", org.code);
    fields.put("name", org.name);
    fields.put("shortName", org.shortName);
    fields.put("aliases", List.copyOf(org.aliases));
    fields.put("type", org.type);
    fields.put("parentId", org.parentId);
    fields.put("validFrom", org.validFrom);
    fields.put("validTo", org.validTo);
    fields.put("memberIds", List.copyOf(members));
    fields.put("memberTypes", List.copyOf(org.memberTypes));
    fields.put("contacts", org.contacts.stream().map(OrganizationRecorder::written).toList());
    return fields;
  }

  /** A contact as the history shows it: "name <email> phone (role)". */
  private static String written(Organization.Contact c) {
    StringBuilder text = new StringBuilder(c.name());
    if (c.email() != null) {
      text.append(" <").append(c.email()).append('>');
    }
    if (c.phone() != null) {
      text.append(' ').append(c.phone());
    }
    if (c.role() != null) {
      text.append(" (").append(c.role()).append(')');
    }
    return text.toString();
  }

  private void publish(String type, Organization org, List<UUID> members) {
    outbox.publish(
        OrganizationEvents.TOPIC,
        type,
        org.id,
        org.province,
        org.version,
        new OrganizationEvents.OrganizationChanged(
            org.id,
            org.code,
            org.province,
            org.name,
            org.shortName,
            List.copyOf(org.aliases),
            org.type.name(),
            List.copyOf(members),
            List.copyOf(org.memberTypes),
            org.parentId,
            org.validFrom,
            org.validTo,
            org.contacts.stream()
                .map(c -> new OrganizationEvents.Contact(c.name(), c.email(), c.phone(), c.role()))
                .toList(),
            org.version));
  }
}
