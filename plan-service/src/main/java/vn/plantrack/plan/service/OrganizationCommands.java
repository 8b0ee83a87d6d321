package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.OrganizationRepository.Link;
import vn.plantrack.plan.service.OrganizationQueries.Details;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;

/**
 * Changes to the directory: agencies and groups added and changed, reorganizations. Each command
 * asks {@link OrganizationAccess} whether the caller may, {@link OrganizationValidation} whether
 * the change fits the directory, makes it, and has {@link OrganizationRecorder} write its history
 * and event.
 */
@ApplicationScoped
@Transactional
public class OrganizationCommands {
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final OrganizationValidation validation;
  private final OrganizationRecorder recorder;
  private final OrganizationQueries queries;
  private final Caller caller;

  public OrganizationCommands(
      OrganizationRepository organizations,
      OrganizationAccess access,
      OrganizationValidation validation,
      OrganizationRecorder recorder,
      OrganizationQueries queries,
      Caller caller) {
    this.organizations = organizations;
    this.access = access;
    this.validation = validation;
    this.recorder = recorder;
    this.queries = queries;
    this.caller = caller;
  }

  /** The changeable state of an agency, already shape-validated by the resource. */
  public record OrganizationData(
      String name,
      String shortName,
      List<String> aliases,
      OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      List<UUID> memberIds,
      List<String> memberTypes) {}

  public Details create(String code, String requestedProvince, OrganizationData data) {
    String province = caller.provinceForWrite(requestedProvince);
    access.requireManager(province);
    validation.requireNewCode(code, province);
    Organization org = new Organization();
    org.id = Organization.idForCode(code);
    org.code = code;
    org.province = province;
    List<UUID> members = validation.members(org, data);
    apply(org, data);
    org.stampCreated(caller.username());
    organizations.persistAndFlush(org);
    organizations.replaceMembers(org.id, members);
    recorder.created(org, members);
    return queries.details(org);
  }

  public Details update(UUID id, String ifMatch, Long bodyVersion, OrganizationData data) {
    Organization org = access.find(id);
    access.requireManager(org.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, org.version);
    List<UUID> oldMembers = organizations.membersOf(List.of(id)).getOrDefault(id, List.of());
    Map<String, Object> before = OrganizationRecorder.snapshot(org, oldMembers);
    List<UUID> members = validation.members(org, data);
    apply(org, data);
    org.stampUpdated(caller.username());
    organizations.replaceMembers(org.id, members);
    organizations.flush();
    recorder.updated(org, before, members);
    return queries.details(org);
  }

  /**
   * Replaces the agency's focal points (the whole list, in its order). The agency's own officers
   * keep them, as do those who manage the directory.
   */
  public Details replaceContacts(
      UUID id, String ifMatch, Long bodyVersion, List<Organization.Contact> contacts) {
    Organization org = access.find(id);
    access.requireContactKeeper(org);
    Preconditions.checkVersion(ifMatch, bodyVersion, org.version);
    List<UUID> members = organizations.membersOf(List.of(id)).getOrDefault(id, List.of());
    Map<String, Object> before = OrganizationRecorder.snapshot(org, members);
    org.contacts = new ArrayList<>(validation.contacts(org, contacts));
    org.stampUpdated(caller.username());
    organizations.flush();
    recorder.updated(org, before, members);
    return queries.details(org);
  }

  /**
   * Merges the organization into a successor from {@code effectiveOn}: it ends the day before, the
   * lineage is recorded, and {@code organization.merged} tells the owners of tasks, indicators and
   * reports to move open work.
   */
  public Details merge(
      UUID id, UUID successorId, LocalDate effectiveOn, String note, String ifMatch) {
    return reorganize(id, List.of(successorId), effectiveOn, note, ifMatch, "MERGE");
  }

  /**
   * Splits the organization into successors (the first is the primary one) from {@code
   * effectiveOn}.
   */
  public Details split(
      UUID id, List<UUID> successorIds, LocalDate effectiveOn, String note, String ifMatch) {
    validation.requireSplitSuccessors(successorIds);
    return reorganize(id, successorIds, effectiveOn, note, ifMatch, "SPLIT");
  }

  private Details reorganize(
      UUID id,
      List<UUID> successorIds,
      LocalDate effectiveOn,
      String note,
      String ifMatch,
      String kind) {
    Organization org = access.find(id);
    access.requireManager(org.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, org.version);
    }
    List<Organization> successors = validation.successors(org, successorIds, effectiveOn, kind);
    Map<String, Object> before = OrganizationRecorder.snapshot(org, List.of());
    org.validTo = effectiveOn.minusDays(1);
    org.stampUpdated(caller.username());
    for (int position = 0; position < successors.size(); position++) {
      organizations.addLink(
          new Link(id, successors.get(position).id, kind, position, effectiveOn, note),
          caller.username());
    }
    organizations.flush();
    recorder.reorganized(org, before, successors, kind, effectiveOn, note);
    return queries.details(org);
  }

  private static void apply(Organization org, OrganizationData data) {
    org.name = data.name().strip();
    org.shortName = blankToNull(data.shortName());
    org.aliases = clean(data.aliases());
    org.type = data.type();
    org.parentId = data.parentId();
    org.validFrom = data.validFrom();
    org.validTo = data.validTo();
    org.memberTypes =
        data.memberTypes() == null
            ? new ArrayList<>()
            : new ArrayList<>(new LinkedHashSet<>(data.memberTypes()));
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return new ArrayList<>();
    }
    LinkedHashSet<String> clean = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        clean.add(value.strip());
      }
    }
    return new ArrayList<>(clean);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
