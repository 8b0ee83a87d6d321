package vn.plantrack.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;

@ApplicationScoped
public class KnownOrganizationRepository implements PanacheRepositoryBase<KnownOrganization, UUID> {

  /**
   * The directory the group rule needs to expand the groups among {@code ids}: every organization
   * of those groups' provinces; empty when none of {@code ids} is a group.
   */
  public List<KnownOrganization> directoryForGroupsAmong(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return list(
        "province in (select g.province from KnownOrganization g where g.id in ?1 and g.type ="
            + " 'GROUP')",
        ids);
  }

  /** A province's organizations, by name. */
  public List<KnownOrganization> inProvince(String province) {
    return list("province = ?1 order by name", province);
  }

  /** The organizations of several provinces, by name; none for no province. */
  public List<KnownOrganization> inProvinces(Collection<String> provinces) {
    return provinces.isEmpty() ? List.of() : list("province in ?1 order by name", provinces);
  }

  /** The groups an organization belongs to in its province: named as a member, or by its type. */
  @SuppressWarnings("unchecked")
  public List<UUID> groupsContaining(UUID orgId) {
    return getEntityManager()
        .createNativeQuery(
            "select g.id from known_organization g, known_organization o"
                + " where o.id = ?1 and g.type = 'GROUP' and g.province = o.province"
                + " and (o.id = any(g.member_ids) or o.type = any(g.member_types))")
        .setParameter(1, orgId)
        .getResultList();
  }
}
