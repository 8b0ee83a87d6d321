package vn.plantrack.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.plantrack.notification.rules.Delivery;
import vn.plantrack.notification.rules.Recipients.Subscriber;

/** Users' choices per kind ({@code notification_preference}). */
@ApplicationScoped
public class PreferenceRepository {
  private final EntityManager em;

  public PreferenceRepository(EntityManager em) {
    this.em = em;
  }

  /** A user's saved choice for one kind, with who they were when they saved it. */
  public record Row(
      String username,
      String kind,
      boolean email,
      boolean inbox,
      String delivery,
      Integer digestHour,
      String address,
      String province,
      UUID orgId,
      boolean coordinator) {}

  @SuppressWarnings("unchecked")
  public List<Row> of(String username) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select username, kind, email, inbox, delivery, digest_hour, address, province,"
                    + " org_id, coordinator from notification_preference where username = ?1"
                    + " order by kind")
            .setParameter(1, username)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    (String) r[0],
                    (String) r[1],
                    (Boolean) r[2],
                    (Boolean) r[3],
                    (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).intValue(),
                    (String) r[6],
                    (String) r[7],
                    (UUID) r[8],
                    (Boolean) r[9]))
        .toList();
  }

  /** Saves the user's choices: each row replaces the kind's earlier one. */
  public void save(List<Row> rows, Instant at) {
    for (Row r : rows) {
      em.createNativeQuery(
              "insert into notification_preference (username, kind, email, inbox, delivery,"
                  + " digest_hour, address, province, org_id, coordinator, updated_at) values"
                  + " (?1, ?2, ?3, ?4, ?5, cast(?6 as int), cast(?7 as text), cast(?8 as text),"
                  + " cast(?9 as uuid), ?10, ?11) on conflict (username, kind)"
                  + " do update set email = excluded.email, inbox = excluded.inbox,"
                  + " delivery = excluded.delivery, digest_hour = excluded.digest_hour,"
                  + " address = excluded.address, province = excluded.province,"
                  + " org_id = excluded.org_id, coordinator = excluded.coordinator,"
                  + " updated_at = excluded.updated_at")
          .setParameter(1, r.username())
          .setParameter(2, r.kind())
          .setParameter(3, r.email())
          .setParameter(4, r.inbox())
          .setParameter(5, r.delivery())
          .setParameter(6, r.digestHour())
          .setParameter(7, r.address())
          .setParameter(8, r.province())
          .setParameter(9, r.orgId())
          .setParameter(10, r.coordinator())
          .setParameter(11, at)
          .executeUpdate();
    }
  }

  /** The users of these organizations who want this kind by email. */
  @SuppressWarnings("unchecked")
  public List<Subscriber> emailSubscribers(String province, Collection<UUID> orgIds, String kind) {
    if (orgIds.isEmpty()) {
      return List.of();
    }
    return subscribers(
        em.createNativeQuery(
                "select username, address, delivery, digest_hour from notification_preference"
                    + " where email and kind = ?1 and province = ?2 and org_id = any(?3)"
                    + " order by username")
            .setParameter(1, kind)
            .setParameter(2, province)
            .setParameter(3, orgIds.toArray(UUID[]::new))
            .getResultList());
  }

  /** The province's coordinators who want this kind by email. */
  @SuppressWarnings("unchecked")
  public List<Subscriber> coordinatorSubscribers(String province, String kind) {
    return subscribers(
        em.createNativeQuery(
                "select username, address, delivery, digest_hour from notification_preference"
                    + " where email and kind = ?1 and province = ?2 and coordinator"
                    + " order by username")
            .setParameter(1, kind)
            .setParameter(2, province)
            .getResultList());
  }

  private static List<Subscriber> subscribers(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                new Subscriber(
                    (String) r[0],
                    (String) r[1],
                    Delivery.valueOf((String) r[2]),
                    r[3] == null ? null : ((Number) r[3]).intValue()))
        .toList();
  }
}
