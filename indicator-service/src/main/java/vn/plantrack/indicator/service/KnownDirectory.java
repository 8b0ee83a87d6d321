package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.indicator.KnownOrganization;
import vn.plantrack.indicator.repository.KnownOrganizationRepository;
import vn.plantrack.indicator.repository.KnownPlanRepository;

/**
 * Reads of indicator-service's event-fed copies of plan-service's directory (organizations and
 * plans), for what the workbooks name and offer to choose from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnownDirectory {
  private final KnownOrganizationRepository organizations;
  private final KnownPlanRepository plans;

  public KnownDirectory(KnownOrganizationRepository organizations, KnownPlanRepository plans) {
    this.organizations = organizations;
    this.plans = plans;
  }

  /** A province's organizations by name; none for no province. */
  public List<KnownOrganization> organizationsOf(String province) {
    return province == null ? List.of() : organizations.ofProvince(province);
  }

  /** The organizations of several provinces, by name. */
  public List<KnownOrganization> organizationsOf(Collection<String> provinces) {
    return provinces.isEmpty() ? List.of() : organizations.ofProvinces(provinces);
  }

  /** Plan numbers ("1570/KH-UBND") by plan id. */
  public Map<UUID, String> planNumbers(Collection<UUID> planIds) {
    Map<UUID, String> numbers = new HashMap<>();
    if (!planIds.isEmpty()) {
      plans.withIds(planIds).forEach(p -> numbers.put(p.id, p.number));
    }
    return numbers;
  }
}
