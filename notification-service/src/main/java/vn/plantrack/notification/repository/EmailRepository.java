package vn.plantrack.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Emails to send ({@code email_delivery}): one row per (event, address), written in the consuming
 * transaction; the sender claims due rows with a lease ({@code for update skip locked}, so two
 * instances never claim the same row), sends, and marks them.
 */
@ApplicationScoped
public class EmailRepository {
  private final EntityManager em;

  public EmailRepository(EntityManager em) {
    this.em = em;
  }

  /** An email to record; {@code digestAt} null: at once. */
  public record NewEmail(
      UUID id,
      String eventId,
      String kind,
      String province,
      String address,
      String recipientName,
      String subject,
      String text,
      String html,
      Instant digestAt,
      Instant createdAt) {}

  /** A claimed email. */
  public record Claimed(
      UUID id,
      String address,
      String recipientName,
      String subject,
      String text,
      String html,
      int attempts) {}

  /** Records the email unless the event already has one for the address; whether it was added. */
  public boolean add(NewEmail e) {
    return em.createNativeQuery(
                "insert into email_delivery (id, event_id, kind, province, address,"
                    + " recipient_name, subject, text_body, html_body, digest_at, status,"
                    + " attempts, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5,"
                    + " cast(?6 as text), ?7, ?8, ?9, cast(?10 as timestamptz), 'PENDING', 0, ?11,"
                    + " ?12)"
                    + " on conflict on constraint email_delivery_once do nothing")
            .setParameter(1, e.id())
            .setParameter(2, e.eventId())
            .setParameter(3, e.kind())
            .setParameter(4, e.province())
            .setParameter(5, e.address())
            .setParameter(6, e.recipientName())
            .setParameter(7, e.subject())
            .setParameter(8, e.text())
            .setParameter(9, e.html())
            .setParameter(10, e.digestAt())
            .setParameter(11, e.digestAt() == null ? e.createdAt() : e.digestAt())
            .setParameter(12, e.createdAt())
            .executeUpdate()
        == 1;
  }

  /**
   * Claims up to {@code limit} immediate emails due at {@code now} that no live lease holds: each
   * is leased until {@code leaseUntil} and counts one more attempt.
   */
  @SuppressWarnings("unchecked")
  public List<Claimed> claimImmediate(Instant now, Instant leaseUntil, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "update email_delivery d set leased_until = ?2, attempts = d.attempts + 1"
                    + " where d.id in (select id from email_delivery where status = 'PENDING'"
                    + " and digest_at is null and next_attempt_at <= ?1"
                    + " and (leased_until is null or leased_until < ?1)"
                    + " order by next_attempt_at limit ?3 for update skip locked)"
                    + " returning d.id, d.address, d.recipient_name, d.subject, d.text_body,"
                    + " d.html_body, d.attempts")
            .setParameter(1, now)
            .setParameter(2, leaseUntil)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream().map(EmailRepository::claimed).toList();
  }

  /**
   * Claims the digest of one address whose digest is due: every pending digest row of the address
   * due at {@code now}, leased until {@code leaseUntil}; none when no address is due.
   */
  @SuppressWarnings("unchecked")
  public List<Claimed> claimDigest(Instant now, Instant leaseUntil) {
    List<Object[]> rows =
        em.createNativeQuery(
                "update email_delivery d set leased_until = ?2, attempts = d.attempts + 1"
                    + " where d.id in (select id from email_delivery where status = 'PENDING'"
                    + " and digest_at is not null and next_attempt_at <= ?1"
                    + " and (leased_until is null or leased_until < ?1)"
                    + " and address = (select address from email_delivery where status = 'PENDING'"
                    + " and digest_at is not null and next_attempt_at <= ?1"
                    + " and (leased_until is null or leased_until < ?1)"
                    + " order by next_attempt_at limit 1 for update skip locked)"
                    + " for update skip locked)"
                    + " returning d.id, d.address, d.recipient_name, d.subject, d.text_body,"
                    + " d.html_body, d.attempts")
            .setParameter(1, now)
            .setParameter(2, leaseUntil)
            .getResultList();
    return rows.stream().map(EmailRepository::claimed).toList();
  }

  public void markSent(List<UUID> ids, Instant at) {
    em.createNativeQuery(
            "update email_delivery set status = 'SENT', sent_at = ?2, leased_until = null,"
                + " last_error = null where id = any(?1)")
        .setParameter(1, ids.toArray(UUID[]::new))
        .setParameter(2, at)
        .executeUpdate();
  }

  /** A failed attempt that will be repeated at {@code nextAttempt}. */
  public void retryAt(List<UUID> ids, String error, Instant nextAttempt) {
    em.createNativeQuery(
            "update email_delivery set leased_until = null, last_error = ?2,"
                + " next_attempt_at = ?3 where id = any(?1)")
        .setParameter(1, ids.toArray(UUID[]::new))
        .setParameter(2, error)
        .setParameter(3, nextAttempt)
        .executeUpdate();
  }

  /** The last attempt failed: FAILED for good, with the error. */
  public void fail(List<UUID> ids, String error) {
    em.createNativeQuery(
            "update email_delivery set status = 'FAILED', leased_until = null, last_error = ?2"
                + " where id = any(?1)")
        .setParameter(1, ids.toArray(UUID[]::new))
        .setParameter(2, error)
        .executeUpdate();
  }

  private static Claimed claimed(Object[] r) {
    return new Claimed(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ((Number) r[6]).intValue());
  }
}
