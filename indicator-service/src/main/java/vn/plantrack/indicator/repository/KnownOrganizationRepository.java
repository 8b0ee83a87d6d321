package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.KnownOrganization;

@ApplicationScoped
public class KnownOrganizationRepository implements PanacheRepositoryBase<KnownOrganization, UUID> {

  /** A province's organizations, by name. */
  public List<KnownOrganization> ofProvince(String province) {
    return list("province = ?1 order by name", province);
  }

  /** The organizations of several provinces, by name. */
  public List<KnownOrganization> ofProvinces(Collection<String> provinces) {
    return list("province in ?1 order by name", provinces);
  }
}
