package vn.plantrack.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.plan.contract.Groups;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.OrganizationEvents.OrganizationChanged;
import vn.plantrack.plan.contract.OrganizationEvents.OrganizationReorganized;
import vn.plantrack.plan.contract.PlanEvents.PlanChanged;
import vn.plantrack.plan.contract.PlanEvents.Section;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * Keeps a service's copies of plans and organizations current from plan-service's events, read as
 * the records of plan-service's contract. An event whose version is not newer than the copy changes
 * nothing, so duplicates and replays are harmless. A merger or split ends the organization and
 * hands its open work to the service's {@link OpenWork}. Data that does not fit the record, or
 * lacks a field the copy needs, is poison ({@link EventData} decodes it, with the fields named here
 * as required).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryMirror {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final OpenWork openWork;
  private final EventData data;

  public DirectoryMirror(
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      OpenWork openWork,
      EventData data) {
    this.plans = plans;
    this.organizations = organizations;
    this.openWork = openWork;
    this.data = data;
  }

  public void applyPlan(InboundEvent event) {
    PlanChanged changed =
        data.decode(event, PlanChanged.class, "id", "province", "number", "status");
    UUID id = changed.id();
    KnownPlan plan = plans.findById(id);
    if (plan != null && plan.version >= event.version()) {
      return;
    }
    if (plan == null) {
      plan = new KnownPlan();
      plan.id = id;
    }
    plan.province = changed.province();
    plan.number = changed.number();
    plan.status = changed.status();
    plan.sections =
        new ArrayList<>(
            listOf(changed.sections()).stream()
                .map(Section::code)
                .filter(Objects::nonNull)
                .toList());
    plan.issuedOn = changed.issuedOn();
    plan.version = event.version();
    plans.persist(plan);
  }

  /** Created and updated events carry the organization; reorganization events end it. */
  public void applyOrganization(InboundEvent event) {
    if (OrganizationEvents.MERGED.equals(event.type())
        || OrganizationEvents.SPLIT.equals(event.type())) {
      reorganized(
          event,
          data.decode(event, OrganizationReorganized.class, "id", "successorIds", "effectiveOn"));
      return;
    }
    OrganizationChanged changed =
        data.decode(event, OrganizationChanged.class, "id", "province", "code", "name", "type");
    UUID id = changed.id();
    KnownOrganization org = organizations.findById(id);
    if (org != null && org.version >= event.version()) {
      return;
    }
    Membership before = org == null ? null : Membership.of(org);
    java.util.Set<UUID> groups =
        new java.util.LinkedHashSet<>(org == null ? List.of() : organizations.groupsContaining(id));
    if (org == null) {
      org = new KnownOrganization();
      org.id = id;
    }
    org.province = changed.province();
    org.code = changed.code();
    org.name = changed.name();
    org.type = changed.type();
    org.memberIds = entries(changed.memberIds(), "memberIds");
    org.memberTypes = entries(changed.memberTypes(), "memberTypes");
    org.validTo = changed.validTo();
    org.version = event.version();
    organizations.persist(org);
    if (!Membership.of(org).equals(before)) {
      organizations.flush();
      if (Groups.GROUP.equals(org.type)) {
        groups.add(id);
      } else {
        groups.addAll(organizations.groupsContaining(id));
      }
      if (!groups.isEmpty()) {
        openWork.membersChanged(groups);
      }
    }
  }

  /** What decides who belongs to which collective: a change of it is announced to the service. */
  private record Membership(
      String province,
      String type,
      List<UUID> memberIds,
      List<String> memberTypes,
      LocalDate validTo) {
    static Membership of(KnownOrganization o) {
      return new Membership(
          o.province, o.type, List.copyOf(o.memberIds), List.copyOf(o.memberTypes), o.validTo);
    }
  }

  private void reorganized(InboundEvent event, OrganizationReorganized data) {
    UUID id = data.id();
    KnownOrganization org = organizations.findById(id);
    if (org != null && org.version >= event.version()) {
      return;
    }
    LocalDate effectiveOn = data.effectiveOn();
    if (org != null) {
      org.validTo = effectiveOn.minusDays(1);
      org.version = event.version();
    }
    List<UUID> successors = listOf(data.successorIds());
    if (successors.isEmpty() || successors.get(0) == null) {
      throw new InboundEvent.PoisonEventException("data.successorIds missing");
    }
    openWork.moveOpenWork(id, successors.get(0), effectiveOn);
    // Ended, it leaves the collectives it belonged to.
    java.util.Set<UUID> groups = new java.util.LinkedHashSet<>(organizations.groupsContaining(id));
    if (org != null && !groups.isEmpty()) {
      openWork.membersChanged(groups);
    }
  }

  /** The entries of a list field (none when it is absent); a null entry is poison. */
  private static <T> List<T> entries(List<T> values, String field) {
    List<T> entries = new ArrayList<>(listOf(values));
    if (entries.contains(null)) {
      throw new InboundEvent.PoisonEventException("data." + field + " holds a null");
    }
    return entries;
  }

  private static <T> List<T> listOf(List<T> values) {
    return values == null ? List.of() : values;
  }
}
