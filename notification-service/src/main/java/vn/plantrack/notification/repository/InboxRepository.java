package vn.plantrack.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.plantrack.notification.InboxEntry;

/**
 * The in-app inbox ({@code notification}, {@code notification_read}). A reader sees the entries of
 * the addressees it stands for (its organization's, and its province's coordinators' when it is
 * one) in its province, minus the kinds it turned the inbox off for; read marks are its own.
 */
@ApplicationScoped
public class InboxRepository {
  private static final String VISIBLE =
      " from notification n where n.province = :province and n.addressee in (:addressees)"
          + " and not exists (select 1 from notification_preference p where p.username = :user"
          + " and p.kind = n.kind and not p.inbox)";
  private static final String UNREAD =
      " and not exists (select 1 from notification_read r where r.notification_id = n.id"
          + " and r.username = :user)";

  private final EntityManager em;

  public InboxRepository(EntityManager em) {
    this.em = em;
  }

  /** An entry to add. */
  public record NewEntry(
      UUID id,
      String eventId,
      String kind,
      String province,
      String addressee,
      UUID orgId,
      String subject,
      String body,
      String link,
      Instant createdAt) {}

  /** Who reads: the user, their province and the addressees they stand for. */
  public record Reader(String username, String province, List<String> addressees) {}

  /** Adds the entry unless the event already has one for the addressee; whether it was added. */
  public boolean add(NewEntry e) {
    return em.createNativeQuery(
                "insert into notification (id, event_id, kind, province, addressee, org_id,"
                    + " subject, body, link, created_at) values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid),"
                    + " ?7, ?8, cast(?9 as text), ?10) on conflict on constraint notification_once do nothing")
            .setParameter(1, e.id())
            .setParameter(2, e.eventId())
            .setParameter(3, e.kind())
            .setParameter(4, e.province())
            .setParameter(5, e.addressee())
            .setParameter(6, e.orgId())
            .setParameter(7, e.subject())
            .setParameter(8, e.body())
            .setParameter(9, e.link())
            .setParameter(10, e.createdAt())
            .executeUpdate()
        == 1;
  }

  @SuppressWarnings("unchecked")
  public List<InboxEntry> page(
      Reader reader, boolean unreadOnly, boolean newestFirst, int offset, int size) {
    Query query =
        em.createNativeQuery(
            "select n.id, n.kind, n.subject, n.body, n.link, n.created_at,"
                + " (select r.read_at from notification_read r where r.notification_id = n.id"
                + " and r.username = :user)"
                + VISIBLE
                + (unreadOnly ? UNREAD : "")
                + " order by n.created_at "
                + (newestFirst ? "desc" : "asc")
                + ", n.id limit :size offset :offset");
    bind(query, reader).setParameter("size", size).setParameter("offset", offset);
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new InboxEntry(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    instant(r[5]),
                    instant(r[6])))
        .toList();
  }

  public long count(Reader reader, boolean unreadOnly) {
    Query query = em.createNativeQuery("select count(*)" + VISIBLE + (unreadOnly ? UNREAD : ""));
    return ((Number) bind(query, reader).getSingleResult()).longValue();
  }

  /** Whether the reader sees the entry. */
  public boolean visible(Reader reader, UUID id) {
    Query query = em.createNativeQuery("select count(*)" + VISIBLE + " and n.id = :id");
    return ((Number) bind(query, reader).setParameter("id", id).getSingleResult()).longValue() > 0;
  }

  /** Marks the entry read for the user (the first mark stays). */
  public void markRead(UUID id, String username, Instant at) {
    em.createNativeQuery(
            "insert into notification_read (notification_id, username, read_at)"
                + " values (?1, ?2, ?3) on conflict do nothing")
        .setParameter(1, id)
        .setParameter(2, username)
        .setParameter(3, at)
        .executeUpdate();
  }

  /** Marks every entry the reader sees read; how many were unread. */
  public int markAllRead(Reader reader, Instant at) {
    Query query =
        em.createNativeQuery(
            "insert into notification_read (notification_id, username, read_at)"
                + " select n.id, :user, :at"
                + VISIBLE
                + UNREAD
                + " on conflict do nothing");
    return bind(query, reader).setParameter("at", at).executeUpdate();
  }

  private static Query bind(Query query, Reader reader) {
    return query
        .setParameter("province", reader.province())
        .setParameter("addressees", reader.addressees())
        .setParameter("user", reader.username());
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass());
  }
}
