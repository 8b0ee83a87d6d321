package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.event.OrganizationEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.OrganizationRepository.Candidate;
import vn.plantrack.plan.repository.OrganizationRepository.Link;
import vn.plantrack.plan.rules.AgencyNames;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.Preconditions;

/**
 * The organization directory: who may see and change which agency, groups, reorganizations, name
 * resolution, and the events and history that record every change.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {
  /** Sort keys a client may ask for. */
  public static final Set<String> SORTABLE = OrganizationRepository.SORTABLE.keySet();

  static final String AUDIT_TYPE = "organization";

  /**
   * A match needs this much trigram similarity unless a name or alias matched exactly (ignoring
   * case and diacritics). Precision first: "Hội Nông dân tỉnh" scores 0.70 against "Hội đồng nhân
   * dân tỉnh", a different body, while real spelling variants of the seeds score 0.88 and more or
   * are aliases. A name below the bar gets no match, and the importer turns that into a warning for
   * a person (OrganizationResolutionTest).
   */
  static final double MIN_SCORE = 0.75;

  private final OrganizationRepository organizations;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Caller caller;

  public OrganizationService(
      OrganizationRepository organizations, Outbox outbox, AuditTrail audit, Caller caller) {
    this.organizations = organizations;
    this.outbox = outbox;
    this.audit = audit;
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

  /** An organization with what is stored beside it: group members and lineage. */
  public record Details(
      Organization organization,
      List<UUID> memberIds,
      List<UUID> predecessorIds,
      List<UUID> successorIds) {}

  /** One resolver answer. */
  public record Match(Details organization, double score, boolean exact) {}

  // --- Writes
  // -----------------------------------------------------------------------------------------------

  public Details create(String code, String requestedProvince, OrganizationData data) {
    String province = caller.provinceForWrite(requestedProvince);
    requireManager(province);
    if (!code.startsWith(province + ".")) {
      throw ProblemException.invalid("code", "must start with the province code " + province + ".");
    }
    if (organizations.existsByCode(code)) {
      throw ProblemException.conflict("an organization with code " + code + " exists");
    }
    Organization org = new Organization();
    org.id = Organization.idForCode(code);
    org.code = code;
    org.province = province;
    List<UUID> members = validate(org, data);
    apply(org, data);
    org.stampCreated(caller.username());
    organizations.persistAndFlush(org);
    organizations.replaceMembers(org.id, members);
    audit.recordChanges(
        AUDIT_TYPE, org.id, province, org.version, "CREATED", Map.of(), snapshot(org, members));
    publish(OrganizationEvents.CREATED, org, members);
    return details(org);
  }

  public Details update(UUID id, String ifMatch, Long bodyVersion, OrganizationData data) {
    Organization org = find(id);
    requireManager(org.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, org.version);
    List<UUID> oldMembers = organizations.membersOf(List.of(id)).getOrDefault(id, List.of());
    Map<String, Object> before = snapshot(org, oldMembers);
    List<UUID> members = validate(org, data);
    apply(org, data);
    org.stampUpdated(caller.username());
    organizations.replaceMembers(org.id, members);
    organizations.flush();
    if (audit.recordChanges(
            AUDIT_TYPE,
            org.id,
            org.province,
            org.version,
            "UPDATED",
            before,
            snapshot(org, members))
        > 0) {
      publish(OrganizationEvents.UPDATED, org, members);
    }
    return details(org);
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
    if (successorIds.size() < 2) {
      throw ProblemException.invalid("successorIds", "a split needs at least two successors");
    }
    return reorganize(id, successorIds, effectiveOn, note, ifMatch, "SPLIT");
  }

  private Details reorganize(
      UUID id,
      List<UUID> successorIds,
      LocalDate effectiveOn,
      String note,
      String ifMatch,
      String kind) {
    Organization org = find(id);
    requireManager(org.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, org.version);
    }
    if (org.type == OrganizationType.GROUP) {
      throw ProblemException.invalid(
          "id", "a group is not reorganized; change its members instead");
    }
    if (org.validTo != null && org.validTo.isBefore(effectiveOn)) {
      throw ProblemException.conflict(
          org.code + " ended on " + org.validTo + ", before " + effectiveOn);
    }
    if (org.validFrom != null && !org.validFrom.isBefore(effectiveOn)) {
      throw ProblemException.invalid(
          "effectiveOn", "must be after the organization's start " + org.validFrom);
    }
    if (new LinkedHashSet<>(successorIds).size() != successorIds.size()) {
      throw ProblemException.invalid("successorIds", "lists an organization twice");
    }
    List<Organization> successors = new ArrayList<>();
    for (int i = 0; i < successorIds.size(); i++) {
      String field = kind.equals("MERGE") ? "successorId" : "successorIds[" + i + "]";
      UUID successorId = successorIds.get(i);
      Organization successor = organizations.findById(successorId);
      if (successor == null || !caller.canSee(successor.province)) {
        throw ProblemException.invalid(field, "no organization " + successorId);
      }
      if (successorId.equals(id) || successor.type == OrganizationType.GROUP) {
        throw ProblemException.invalid(field, "cannot take over the organization's work");
      }
      if (!successor.province.equals(org.province) && !caller.hasRole(Roles.ADMIN)) {
        throw ProblemException.invalid(field, "only an admin merges across provinces");
      }
      if (!successor.validOn(effectiveOn)) {
        throw ProblemException.invalid(field, successor.code + " does not exist on " + effectiveOn);
      }
      successors.add(successor);
    }
    List<Link> existing = organizations.linksOf(List.of(id));
    if (existing.stream().anyMatch(l -> l.predecessorId().equals(id))) {
      throw ProblemException.conflict(org.code + " was already reorganized");
    }
    Map<String, Object> before = snapshot(org, List.of());
    org.validTo = effectiveOn.minusDays(1);
    org.stampUpdated(caller.username());
    for (int position = 0; position < successors.size(); position++) {
      Organization successor = successors.get(position);
      organizations.addLink(
          new Link(id, successor.id, kind, position, effectiveOn, note), caller.username());
      audit.recordAction(
          AUDIT_TYPE,
          successor.id,
          successor.province,
          successor.version,
          kind.equals("MERGE") ? "ABSORBED" : "SPLIT_FROM",
          org.code + " (" + org.name + ") from " + effectiveOn);
    }
    organizations.flush();
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
            List.copyOf(successorIds),
            effectiveOn,
            note,
            org.version));
    return details(org);
  }

  // --- Reads
  // ------------------------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public Details get(UUID id) {
    return details(find(id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Details> list(
      String province, String q, OrganizationType type, LocalDate asOf, PageRequest page) {
    var scope = caller.readScope(province);
    if (scope.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    OrganizationRepository.Filter filter =
        new OrganizationRepository.Filter(
            scope.get().province(),
            TextSearch.likeText(q),
            type == null ? null : type.name(),
            asOf);
    List<Organization> found = organizations.search(filter, page);
    return Page.of(detailsOf(found), page, organizations.countSearch(filter));
  }

  /**
   * The organizations a free-text agency name most likely means, best first. An unknown name gets
   * no match rather than a wrong one.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Match> resolve(String name, String province, LocalDate asOf, int limit) {
    String scope = province;
    if (scope == null) {
      scope = caller.province().orElseThrow(() -> ProblemException.invalid("province", "required"));
    } else if (!caller.canSee(scope)) {
      return List.of();
    }
    String cleaned = AgencyNames.clean(name);
    if (cleaned.isEmpty()) {
      throw ProblemException.invalid("name", "must contain a name");
    }
    boolean fuzzy = !AgencyNames.tooShortForFuzzy(cleaned);
    List<Candidate> candidates =
        organizations.resolve(scope, cleaned, asOf, limit).stream()
            .filter(
                c -> c.exact() || c.exactIgnoringDiacritics() || (fuzzy && c.score() >= MIN_SCORE))
            .toList();
    Map<UUID, Organization> byId = new LinkedHashMap<>();
    candidates.forEach(c -> byId.put(c.id(), organizations.findById(c.id())));
    Map<UUID, Details> details = new LinkedHashMap<>();
    detailsOf(byId.values()).forEach(d -> details.put(d.organization().id, d));
    return candidates.stream()
        .map(
            c ->
                new Match(
                    details.get(c.id()),
                    c.exact() || c.exactIgnoringDiacritics() ? 1.0 : round(c.score()),
                    c.exact()))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(AUDIT_TYPE, id, page);
  }

  // --- Helpers
  // ----------------------------------------------------------------------------------------------

  private Organization find(UUID id) {
    Organization org = organizations.findById(id);
    if (org == null) {
      throw ProblemException.notFound("organization", id);
    }
    caller.requireVisible(org.province, "organization", id);
    return org;
  }

  /** Admins manage the directory; coordinators may manage their own province's agencies. */
  private void requireManager(String province) {
    boolean coordinatorHere =
        caller.hasRole(Roles.COORDINATOR) && caller.province().map(province::equals).orElse(false);
    if (!caller.hasRole(Roles.ADMIN) && !coordinatorHere) {
      throw ProblemException.forbidden(
          "only admins and the province's coordinators change the directory");
    }
  }

  /**
   * Checks the data against the directory; returns the group's member ids (empty for an agency).
   */
  private List<UUID> validate(Organization org, OrganizationData data) {
    if (data.validFrom() != null
        && data.validTo() != null
        && data.validFrom().isAfter(data.validTo())) {
      throw ProblemException.invalid("validTo", "must not be before validFrom");
    }
    if (data.parentId() != null) {
      requireParent(data.parentId(), org);
    }
    List<UUID> members =
        data.memberIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.memberIds()));
    List<String> memberTypes = data.memberTypes() == null ? List.of() : data.memberTypes();
    if (data.type() != OrganizationType.GROUP) {
      if (!members.isEmpty()) {
        throw ProblemException.invalid("memberIds", "only a GROUP has members");
      }
      if (!memberTypes.isEmpty()) {
        throw ProblemException.invalid("memberTypes", "only a GROUP has member types");
      }
      return List.of();
    }
    for (int i = 0; i < members.size(); i++) {
      Organization member = organizations.findById(members.get(i));
      if (member == null || !member.province.equals(org.province)) {
        throw ProblemException.invalid(
            "memberIds[" + i + "]", "no organization " + members.get(i) + " in " + org.province);
      }
      if (member.type == OrganizationType.GROUP) {
        throw ProblemException.invalid("memberIds[" + i + "]", "a group cannot contain a group");
      }
    }
    for (int i = 0; i < memberTypes.size(); i++) {
      String memberType = memberTypes.get(i);
      boolean known =
          java.util.Arrays.stream(OrganizationType.values())
              .anyMatch(t -> t != OrganizationType.GROUP && t.name().equals(memberType));
      if (!known) {
        throw ProblemException.invalid(
            "memberTypes[" + i + "]", "not an organization type: " + memberType);
      }
    }
    return members;
  }

  /**
   * The parent must exist in the same province and must not be the organization or one of its
   * descendants.
   */
  private void requireParent(UUID parentId, Organization org) {
    UUID cursor = parentId;
    for (int depth = 0; cursor != null; depth++) {
      if (cursor.equals(org.id) || depth > 50) {
        throw ProblemException.invalid("parentId", "would make a cycle in the organization tree");
      }
      Organization ancestor = organizations.findById(cursor);
      if (ancestor == null || !ancestor.province.equals(org.province)) {
        throw ProblemException.invalid(
            "parentId", "no organization " + cursor + " in " + org.province);
      }
      cursor = ancestor.parentId;
    }
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

  private Details details(Organization org) {
    return detailsOf(List.of(org)).get(0);
  }

  private List<Details> detailsOf(Collection<Organization> orgs) {
    List<UUID> ids = orgs.stream().map(o -> o.id).toList();
    Map<UUID, List<UUID>> members = organizations.membersOf(ids);
    List<Link> links = organizations.linksOf(ids);
    return orgs.stream()
        .map(
            o ->
                new Details(
                    o,
                    members.getOrDefault(o.id, List.of()),
                    links.stream()
                        .filter(l -> l.successorId().equals(o.id))
                        .map(Link::predecessorId)
                        .toList(),
                    links.stream()
                        .filter(l -> l.predecessorId().equals(o.id))
                        .map(Link::successorId)
                        .toList()))
        .toList();
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
            org.version));
  }

  private static Map<String, Object> snapshot(Organization org, List<UUID> members) {
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
    return fields;
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

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
