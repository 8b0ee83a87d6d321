package vn.plantrack.directory.service;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * Keeps a service's copies of plans and organizations current from plan-service's events, read as
 * the records of plan-service's contract. An event whose version is not newer than the copy changes
 * nothing, so duplicates and replays are harmless. A merger or split ends the organization and
 * hands its open work to the service's {@link OpenWork}. Data that does not fit the record, or
 * lacks a field the copy needs, is poison.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectoryMirror {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final OpenWork openWork;
  private final ObjectMapper mapper;

  public DirectoryMirror(
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      OpenWork openWork,
      ObjectMapper mapper) {
    this.plans = plans;
    this.organizations = organizations;
    this.openWork = openWork;
    this.mapper = mapper;
  }

  public void applyPlan(InboundEvent event) {
    PlanChanged data = event.data(mapper, PlanChanged.class);
    UUID id = required(data.id(), "id");
    KnownPlan plan = plans.findById(id);
    if (plan != null && plan.version >= event.version()) {
      return;
    }
    if (plan == null) {
      plan = new KnownPlan();
      plan.id = id;
    }
    plan.province = required(data.province(), "province");
    plan.number = required(data.number(), "number");
    plan.status = required(data.status(), "status");
    plan.sections =
        new ArrayList<>(
            listOf(data.sections()).stream().map(Section::code).filter(Objects::nonNull).toList());
    plan.issuedOn = data.issuedOn();
    plan.version = event.version();
    plans.persist(plan);
  }

  /** Created and updated events carry the organization; reorganization events end it. */
  public void applyOrganization(InboundEvent event) {
    if (OrganizationEvents.MERGED.equals(event.type())
        || OrganizationEvents.SPLIT.equals(event.type())) {
      reorganized(event, event.data(mapper, OrganizationReorganized.class));
      return;
    }
    OrganizationChanged data = event.data(mapper, OrganizationChanged.class);
    UUID id = required(data.id(), "id");
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
    org.province = required(data.province(), "province");
    org.code = required(data.code(), "code");
    org.name = required(data.name(), "name");
    org.type = required(data.type(), "type");
    org.memberIds = entries(data.memberIds(), "memberIds");
    org.memberTypes = entries(data.memberTypes(), "memberTypes");
    org.validTo = data.validTo();
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
    UUID id = required(data.id(), "id");
    KnownOrganization org = organizations.findById(id);
    if (org != null && org.version >= event.version()) {
      return;
    }
    LocalDate effectiveOn = required(data.effectiveOn(), "effectiveOn");
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

  /** A field the copy needs; missing (or blank text), the event is poison. */
  private static <T> T required(T value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new InboundEvent.PoisonEventException(field + " missing");
    }
    return value;
  }

  /** The entries of a list field (none when it is absent); a null entry is poison. */
  private static <T> List<T> entries(List<T> values, String field) {
    List<T> entries = new ArrayList<>(listOf(values));
    if (entries.contains(null)) {
      throw new InboundEvent.PoisonEventException(field + " holds a null");
    }
    return entries;
  }

  private static <T> List<T> listOf(List<T> values) {
    return values == null ? List.of() : values;
  }
}
