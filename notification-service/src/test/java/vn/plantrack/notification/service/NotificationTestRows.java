package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The tests' look at the service's rows, and the digest hour coming. */
@ApplicationScoped
public class NotificationTestRows {
  private final EntityManager em;

  public NotificationTestRows(EntityManager em) {
    this.em = em;
  }

  @Transactional
  public long focalPointLists(UUID org) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from focal_point_list where org_id = ?1"
                        + " and exists (select 1 from known_organization where id = ?1)")
                .setParameter(1, org)
                .getSingleResult())
        .longValue();
  }

  /** The address's pending digest rows due at {@code hour}:00 in Vietnam. */
  @Transactional
  public long digestRowsAtHour(String address, int hour) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from email_delivery where address = ?1 and status = 'PENDING'"
                        + " and extract(hour from digest_at at time zone 'Asia/Ho_Chi_Minh') = ?2"
                        + " and extract(minute from digest_at at time zone 'Asia/Ho_Chi_Minh') = 0"
                        + " and digest_at > now()")
                .setParameter(1, address)
                .setParameter(2, hour)
                .getSingleResult())
        .longValue();
  }

  /** Time passes to the address's digest hour (its rows are due now). */
  @Transactional
  public void digestHourComes(String address) {
    em.createNativeQuery(
            "update email_delivery set next_attempt_at = now() where address = ?1"
                + " and digest_at is not null")
        .setParameter(1, address)
        .executeUpdate();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> emailStatuses(String address) {
    return em.createNativeQuery(
            "select status from email_delivery where address = ?1 order by created_at")
        .setParameter(1, address)
        .getResultList();
  }

  /** The address's emails: status, attempts and the last error, oldest first. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Object[]> emails(String address) {
    return em.createNativeQuery(
            "select status, attempts, last_error from email_delivery where address = ?1"
                + " order by created_at")
        .setParameter(1, address)
        .getResultList();
  }
}
