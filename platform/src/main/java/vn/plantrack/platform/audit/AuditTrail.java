package vn.plantrack.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.RequestIds;

/**
 * Writes and reads field-level history. A service passes the record's fields before and after a
 * change (as a map of name → value); one entry per field whose value differs is written with the
 * caller, their organization, the province and the request id, in the caller's transaction.
 */
@ApplicationScoped
public class AuditTrail {
  private final EntityManager entityManager;
  private final Caller caller;
  private final ObjectMapper mapper;

  public AuditTrail(EntityManager entityManager, Caller caller, ObjectMapper mapper) {
    this.entityManager = entityManager;
    this.caller = caller;
    this.mapper = mapper;
  }

  /**
   * A history line as the API shows it: what changed, and who did it — the user, their
   * organization, the record's province and the request id (also in the logs and the events).
   */
  public record Change(
      String action,
      String field,
      String oldValue,
      String newValue,
      String note,
      Long version,
      Instant changedAt,
      String changedBy,
      String changedByOrg,
      String province,
      String requestId) {}

  /**
   * Records the fields that differ between {@code before} (empty for a creation) and {@code after}.
   * Returns how many entries were written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int recordChanges(
      String entityType,
      Object entityId,
      String province,
      Long version,
      String action,
      Map<String, ?> before,
      Map<String, ?> after) {
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    int written = 0;
    for (String field : fields) {
      String oldValue = text(before.get(field));
      String newValue = text(after.get(field));
      if (!Objects.equals(oldValue, newValue)) {
        write(entityType, entityId, province, version, action, field, oldValue, newValue, null);
        written++;
      }
    }
    return written;
  }

  /**
   * Records a write: the fields that differ, or — when the write changed none of them (a note, a
   * value recorded again) — one line with the action and the note, so that every write shows in the
   * history. Returns how many entries were written (at least one).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int recordWrite(
      String entityType,
      Object entityId,
      String province,
      Long version,
      String action,
      Map<String, ?> before,
      Map<String, ?> after,
      String note) {
    int written = recordChanges(entityType, entityId, province, version, action, before, after);
    if (written == 0) {
      write(entityType, entityId, province, version, action, null, null, null, note);
      written = 1;
    }
    return written;
  }

  /** Records an action on the whole record (a merge, an issue, a status change with a reason). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAction(
      String entityType,
      Object entityId,
      String province,
      Long version,
      String action,
      String note) {
    write(entityType, entityId, province, version, action, null, null, null, note);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Change> history(String entityType, Object entityId, PageRequest page) {
    List<AuditEntry> entries =
        entityManager
            .createQuery(
                "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id",
                AuditEntry.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId.toString())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        entityManager
            .createQuery(
                "select count(a) from AuditEntry a where a.entityType = :type and a.entityId = :id",
                Long.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId.toString())
            .getSingleResult();
    return Page.of(
        entries.stream()
            .map(
                a ->
                    new Change(
                        a.action,
                        a.field,
                        a.oldValue,
                        a.newValue,
                        a.note,
                        a.version,
                        a.changedAt,
                        a.changedBy,
                        a.changedByOrg,
                        a.province,
                        a.requestId))
            .toList(),
        page,
        total);
  }

  private void write(
      String entityType,
      Object entityId,
      String province,
      Long version,
      String action,
      String field,
      String oldValue,
      String newValue,
      String note) {
    AuditEntry entry = new AuditEntry();
    entry.entityType = entityType;
    entry.entityId = entityId.toString();
    entry.province = province;
    entry.version = version;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.note = note;
    entry.changedAt = Instant.now();
    // Event consumers and scheduled jobs change records without a request: the actor is then the
    // system.
    boolean request = Caller.callerActs(caller);
    entry.changedBy = Caller.actor(caller);
    entry.changedByOrg = request ? caller.org().map(Object::toString).orElse(null) : null;
    entry.requestId = RequestIds.current();
    entityManager.persist(entry);
  }

  private String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof CharSequence
        || value instanceof Enum<?>
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof java.util.UUID
        || value instanceof java.time.temporal.TemporalAccessor) {
      return value.toString();
    }
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return value.toString();
    }
  }
}
