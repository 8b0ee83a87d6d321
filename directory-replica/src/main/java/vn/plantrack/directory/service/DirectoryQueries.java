package vn.plantrack.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.problem.Problem;

/**
 * Reads a service's copies of plan-service's plans and organizations (kept by {@link
 * DirectoryMirror}): the lists and names a workbook shows, and whether the organizations a write
 * names are the province's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryQueries {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;

  public DirectoryQueries(KnownPlanRepository plans, KnownOrganizationRepository organizations) {
    this.plans = plans;
    this.organizations = organizations;
  }

  /** A province's organizations by name; none when the province is null. */
  public List<KnownOrganization> organizationsOf(String province) {
    return province == null ? List.of() : organizations.inProvince(province);
  }

  /** The organizations of several provinces, by name. */
  public List<KnownOrganization> organizationsOf(Collection<String> provinces) {
    return organizations.inProvinces(provinces);
  }

  /** The numbers of plans ("1570/KH-UBND") by id; an unknown plan is left out. */
  public Map<UUID, String> planNumbers(Collection<UUID> planIds) {
    Map<UUID, String> numbers = new HashMap<>();
    plans.byIds(planIds).forEach(p -> numbers.put(p.id, p.number));
    return numbers;
  }

  /** A plan's section codes; none for an unknown plan. */
  public List<String> sectionsOf(UUID planId) {
    KnownPlan plan = plans.findById(planId);
    return plan == null ? List.of() : plan.sections;
  }

  /**
   * The field errors for the organizations among {@code ids} that the directory does not know in
   * {@code province}, each named by its place ({@code leadOrgIds[1]}); none when {@code ids} is
   * null.
   */
  public List<Problem.FieldError> unknownOrganizations(
      List<UUID> ids, String field, String province) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (ids == null) {
      return errors;
    }
    for (int i = 0; i < ids.size(); i++) {
      KnownOrganization org = organizations.findById(ids.get(i));
      if (org == null || !org.province.equals(province)) {
        errors.add(
            new Problem.FieldError(
                field + "[" + i + "]", "no organization " + ids.get(i) + " in " + province));
      }
    }
    return errors;
  }
}
