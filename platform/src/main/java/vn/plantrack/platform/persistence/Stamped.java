package vn.plantrack.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Who created and last changed a record, and when: the columns {@code created_at, created_by,
 * updated_at, updated_by} every owned table carries. Field-level detail is in the audit trail;
 * these answer the quick question on the record itself.
 */
@MappedSuperclass
public abstract class Stamped {
  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  /** A new record: created and last changed now, by {@code who}. */
  public void stampCreated(String who) {
    createdAt = Instant.now();
    createdBy = who;
    updatedAt = createdAt;
    updatedBy = who;
  }

  /** A change to the record, now, by {@code who}. */
  public void stampUpdated(String who) {
    updatedAt = Instant.now();
    updatedBy = who;
  }
}
