package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.OrganizationRepository.Candidate;
import vn.plantrack.plan.repository.OrganizationRepository.Link;
import vn.plantrack.plan.rules.AgencyNames;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Reading the directory: one agency with its members and lineage, pages of it, its history, and
 * which agency a name as documents write it means.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationQueries {
  /** Sort keys a client may ask for. */
  public static final Set<String> SORTABLE = OrganizationRepository.SORTABLE.keySet();

  /**
   * A match needs this much trigram similarity unless a name or alias matched exactly (ignoring
   * case and diacritics). Precision first: "Hội Nông dân tỉnh" scores 0.70 against "Hội đồng nhân
   * dân tỉnh", a different body, while real spelling variants of the seeds score 0.88 and more or
   * are aliases. A name below the bar gets no match, and the importer turns that into a warning for
   * a person (OrganizationResolutionTest).
   */
  static final double MIN_SCORE = 0.75;

  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final AuditTrail audit;
  private final Caller caller;

  public OrganizationQueries(
      OrganizationRepository organizations,
      OrganizationAccess access,
      AuditTrail audit,
      Caller caller) {
    this.organizations = organizations;
    this.access = access;
    this.audit = audit;
    this.caller = caller;
  }

  /** An organization with what is stored beside it: group members and lineage. */
  public record Details(
      Organization organization,
      List<UUID> memberIds,
      List<UUID> predecessorIds,
      List<UUID> successorIds) {}

  /** One resolver answer. */
  public record Match(Details organization, double score, boolean exact) {}

  public Details get(UUID id) {
    return details(access.find(id));
  }

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

  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    access.find(id);
    return audit.history(OrganizationRecorder.AUDIT_TYPE, id, page);
  }

  /** The organization as a command answers it, after its change. */
  Details details(Organization org) {
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

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
