package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.event.OrganizationEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.Preconditions;

/**
 * The organization directory: who may see and change which agency, and the events that announce
 * changes.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {
  /** Sort keys a client may ask for. */
  public static final java.util.Set<String> SORTABLE = OrganizationRepository.SORTABLE.keySet();

  private final OrganizationRepository organizations;
  private final Outbox outbox;
  private final Caller caller;

  public OrganizationService(OrganizationRepository organizations, Outbox outbox, Caller caller) {
    this.organizations = organizations;
    this.outbox = outbox;
    this.caller = caller;
  }

  /** The data needed to create an organization, already shape-validated by the resource. */
  public record NewOrganization(
      String code,
      String province,
      String name,
      String shortName,
      List<String> aliases,
      OrganizationType type,
      UUID parentId,
      java.time.LocalDate validFrom,
      java.time.LocalDate validTo) {}

  public Organization create(NewOrganization input) {
    String province = caller.provinceForWrite(input.province());
    if (!input.code().startsWith(province + ".")) {
      throw ProblemException.invalid("code", "must start with the province code " + province + ".");
    }
    if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.COORDINATOR)) {
      throw ProblemException.forbidden("only admins and coordinators add organizations");
    }
    if (organizations.existsByCode(input.code())) {
      throw ProblemException.conflict("an organization with code " + input.code() + " exists");
    }
    if (input.validFrom() != null
        && input.validTo() != null
        && input.validFrom().isAfter(input.validTo())) {
      throw ProblemException.invalid("validTo", "must not be before validFrom");
    }
    if (input.parentId() != null) {
      Organization parent = organizations.findById(input.parentId());
      if (parent == null || !parent.province.equals(province)) {
        throw ProblemException.invalid(
            "parentId", "no organization " + input.parentId() + " in " + province);
      }
    }
    Organization org = new Organization();
    org.id = Organization.idForCode(input.code());
    org.code = input.code();
    org.province = province;
    org.name = input.name().strip();
    org.shortName = blankToNull(input.shortName());
    org.aliases = cleanAliases(input.aliases());
    org.type = input.type();
    org.parentId = input.parentId();
    org.validFrom = input.validFrom();
    org.validTo = input.validTo();
    Instant now = Instant.now();
    org.createdAt = now;
    org.updatedAt = now;
    org.createdBy = caller.username();
    org.updatedBy = caller.username();
    organizations.persistAndFlush(org);
    outbox.publish(
        OrganizationEvents.TOPIC,
        OrganizationEvents.CREATED,
        org.id,
        org.province,
        org.version,
        changed(org));
    return org;
  }

  /** The fields of an agency that can change; the code, id and province never do. */
  public record OrganizationChange(
      String name,
      String shortName,
      List<String> aliases,
      OrganizationType type,
      UUID parentId,
      java.time.LocalDate validFrom,
      java.time.LocalDate validTo,
      Long version) {}

  public Organization update(UUID id, String ifMatch, OrganizationChange change) {
    Organization org = get(id);
    if (!caller.hasRole(Roles.ADMIN)
        && !(caller.hasRole(Roles.COORDINATOR)
            && caller.province().orElse("").equals(org.province))) {
      throw ProblemException.forbidden(
          "only admins and the province's coordinators change organizations");
    }
    Preconditions.checkVersion(ifMatch, change.version(), org.version);
    if (change.validFrom() != null
        && change.validTo() != null
        && change.validFrom().isAfter(change.validTo())) {
      throw ProblemException.invalid("validTo", "must not be before validFrom");
    }
    if (change.parentId() != null) {
      requireParent(change.parentId(), org);
    }
    org.name = change.name().strip();
    org.shortName = blankToNull(change.shortName());
    org.aliases = cleanAliases(change.aliases());
    org.type = change.type();
    org.parentId = change.parentId();
    org.validFrom = change.validFrom();
    org.validTo = change.validTo();
    org.updatedAt = Instant.now();
    org.updatedBy = caller.username();
    organizations.flush();
    outbox.publish(
        OrganizationEvents.TOPIC,
        OrganizationEvents.UPDATED,
        org.id,
        org.province,
        org.version,
        changed(org));
    return org;
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public Organization get(UUID id) {
    Organization org = organizations.findById(id);
    if (org == null) {
      throw ProblemException.notFound("organization", id);
    }
    caller.requireVisible(org.province, "organization", id);
    return org;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Organization> list(
      String province, String q, OrganizationType type, PageRequest page) {
    String scope = province;
    if (!caller.readsAllProvinces()) {
      String own = caller.province().orElseThrow(() -> ProblemException.forbidden("no province"));
      if (province != null && !province.equals(own)) {
        return Page.of(List.of(), page, 0);
      }
      scope = own;
    }
    String pattern = q == null || q.isBlank() ? null : escapeLike(q.strip());
    String typeName = type == null ? null : type.name();
    return Page.of(
        organizations.search(scope, pattern, typeName, page),
        page,
        organizations.countSearch(scope, pattern, typeName));
  }

  private static OrganizationEvents.OrganizationChanged changed(Organization org) {
    return new OrganizationEvents.OrganizationChanged(
        org.id,
        org.code,
        org.province,
        org.name,
        org.shortName,
        List.copyOf(org.aliases),
        org.type.name(),
        org.parentId,
        org.validFrom,
        org.validTo,
        org.version);
  }

  private static List<String> cleanAliases(List<String> aliases) {
    if (aliases == null) {
      return new ArrayList<>();
    }
    LinkedHashSet<String> clean = new LinkedHashSet<>();
    for (String alias : aliases) {
      if (alias != null && !alias.isBlank()) {
        clean.add(alias.strip());
      }
    }
    return new ArrayList<>(clean);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The search text is matched with LIKE: the caller's % and _ are literal characters. */
  static String escapeLike(String q) {
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
