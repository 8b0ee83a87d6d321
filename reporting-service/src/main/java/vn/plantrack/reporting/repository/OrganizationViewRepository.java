package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.reporting.OrganizationView;

@ApplicationScoped
public class OrganizationViewRepository implements PanacheRepositoryBase<OrganizationView, UUID> {

  /** The groups (collective leads) among {@code ids}: their members report, not they. */
  public List<UUID> groupsAmong(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select o.id from OrganizationView o where o.id in ?1 and o.type = 'GROUP'", UUID.class)
        .setParameter(1, ids)
        .getResultList();
  }

  /** The names of the organizations among {@code ids} the read model knows, in one query. */
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select o.id, o.name from OrganizationView o where o.id in ?1", Object[].class)
            .setParameter(1, ids)
            .getResultList();
    rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
    return names;
  }
}
