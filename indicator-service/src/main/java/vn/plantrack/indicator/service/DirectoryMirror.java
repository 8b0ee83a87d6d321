package vn.plantrack.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.KnownOrganization;
import vn.plantrack.indicator.KnownPlan;
import vn.plantrack.indicator.repository.KnownOrganizationRepository;
import vn.plantrack.indicator.repository.KnownPlanRepository;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * Keeps indicator-service's copies of plans and organizations current from plan-service's events.
 * An event whose version is not newer than the copy changes nothing, so duplicates and replays are
 * harmless. A merger or split moves the indicators' roles to the successor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryMirror {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final Reassignments reassignments;

  public DirectoryMirror(
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      Reassignments reassignments) {
    this.plans = plans;
    this.organizations = organizations;
    this.reassignments = reassignments;
  }

  public void applyPlan(InboundEvent event) {
    JsonNode data = event.data();
    UUID id = UUID.fromString(InboundEvent.text(data, "id"));
    KnownPlan plan = plans.findById(id);
    if (plan != null && plan.version >= event.version()) {
      return;
    }
    if (plan == null) {
      plan = new KnownPlan();
      plan.id = id;
    }
    plan.province = InboundEvent.text(data, "province");
    plan.number = InboundEvent.text(data, "number");
    plan.status = InboundEvent.text(data, "status");
    plan.issuedOn =
        data.path("issuedOn").isTextual() ? LocalDate.parse(data.get("issuedOn").asText()) : null;
    plan.version = event.version();
    plans.persist(plan);
  }

  /** Created and updated events carry the organization; reorganization events end it. */
  public void applyOrganization(InboundEvent event) {
    JsonNode data = event.data();
    UUID id = UUID.fromString(InboundEvent.text(data, "id"));
    KnownOrganization org = organizations.findById(id);
    if (org != null && org.version >= event.version()) {
      return;
    }
    if (event.type().endsWith(".merged.v1") || event.type().endsWith(".split.v1")) {
      LocalDate effectiveOn = LocalDate.parse(InboundEvent.text(data, "effectiveOn"));
      if (org != null) {
        org.validTo = effectiveOn.minusDays(1);
        org.version = event.version();
      }
      JsonNode successors = data.path("successorIds");
      if (!successors.isArray() || successors.isEmpty()) {
        throw new InboundEvent.PoisonEventException("data.successorIds missing");
      }
      reassignments.moveRoles(id, UUID.fromString(successors.get(0).asText()), effectiveOn);
      return;
    }
    if (org == null) {
      org = new KnownOrganization();
      org.id = id;
    }
    org.province = InboundEvent.text(data, "province");
    org.code = InboundEvent.text(data, "code");
    org.name = InboundEvent.text(data, "name");
    org.type = InboundEvent.text(data, "type");
    List<UUID> members = new ArrayList<>();
    data.path("memberIds").forEach(m -> members.add(UUID.fromString(m.asText())));
    org.memberIds = members;
    List<String> memberTypes = new ArrayList<>();
    data.path("memberTypes").forEach(m -> memberTypes.add(m.asText()));
    org.memberTypes = memberTypes;
    org.validTo =
        data.path("validTo").isTextual() ? LocalDate.parse(data.get("validTo").asText()) : null;
    org.version = event.version();
    organizations.persist(org);
  }
}
