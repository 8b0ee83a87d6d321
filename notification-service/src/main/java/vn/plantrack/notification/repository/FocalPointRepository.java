package vn.plantrack.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import vn.plantrack.notification.rules.Recipients.FocalPoint;

/** Organizations' focal points ({@code focal_point_list}, {@code focal_point}). */
@ApplicationScoped
public class FocalPointRepository {
  private final EntityManager em;

  public FocalPointRepository(EntityManager em) {
    this.em = em;
  }

  /** The version of the organization the list was taken from, if any. */
  public OptionalLong version(UUID orgId) {
    List<?> rows =
        em.createNativeQuery("select version from focal_point_list where org_id = ?1 for update")
            .setParameter(1, orgId)
            .getResultList();
    return rows.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) rows.get(0)).longValue());
  }

  /** The organization's list becomes {@code points}, as of {@code version}. */
  public void replace(UUID orgId, String province, long version, List<Point> points) {
    em.createNativeQuery(
            "insert into focal_point_list (org_id, province, version) values (?1, ?2, ?3)"
                + " on conflict (org_id) do update set province = excluded.province,"
                + " version = excluded.version")
        .setParameter(1, orgId)
        .setParameter(2, province)
        .setParameter(3, version)
        .executeUpdate();
    em.createNativeQuery("delete from focal_point where org_id = ?1")
        .setParameter(1, orgId)
        .executeUpdate();
    int position = 0;
    for (Point p : points) {
      em.createNativeQuery(
              "insert into focal_point (org_id, position, name, email, phone, role)"
                  + " values (?1, ?2, cast(?3 as text), cast(?4 as text), cast(?5 as text),"
                  + " cast(?6 as text))")
          .setParameter(1, orgId)
          .setParameter(2, position++)
          .setParameter(3, p.name())
          .setParameter(4, p.email())
          .setParameter(5, p.phone())
          .setParameter(6, p.role())
          .executeUpdate();
    }
  }

  /** A focal point as stored. */
  public record Point(String name, String email, String phone, String role) {}

  /** The focal points of these organizations, organization by organization in the order given. */
  @SuppressWarnings("unchecked")
  public List<FocalPoint> of(Collection<UUID> orgIds) {
    if (orgIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select org_id, name, email from focal_point where org_id = any(?1)"
                    + " order by array_position(?1, org_id), position")
            .setParameter(1, orgIds.toArray(UUID[]::new))
            .getResultList();
    return rows.stream()
        .map(r -> new FocalPoint((UUID) r[0], (String) r[1], (String) r[2]))
        .toList();
  }
}
