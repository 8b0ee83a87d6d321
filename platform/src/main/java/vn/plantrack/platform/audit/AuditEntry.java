package vn.plantrack.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field (or one whole-record action such as a merge) of an audited record. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "entity_type", nullable = false)
  public String entityType;

  @Column(name = "entity_id", nullable = false)
  public String entityId;

  public Long version;

  @Column(nullable = false)
  public String action;

  public String field;

  @Column(name = "old_value")
  public String oldValue;

  @Column(name = "new_value")
  public String newValue;

  public String note;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(name = "changed_by_org")
  public String changedByOrg;

  public String province;

  @Column(name = "request_id")
  public String requestId;
}
