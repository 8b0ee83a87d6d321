package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLJsonPGObjectJsonType;
import vn.plantrack.platform.persistence.Stamped;

/**
 * The province's consolidated report for a plan and period. A DRAFT is rebuilt at will; issuing
 * freezes it as version {@code number}; rebuilding after that starts the next number.
 */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport extends Stamped {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(nullable = false)
  public String period;

  /** DRAFT or ISSUED. */
  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int number;

  /** json, not jsonb: written whole and read whole, never queried inside (V8). */
  @JdbcType(PostgreSQLJsonPGObjectJsonType.class)
  @Column(nullable = false, columnDefinition = "json")
  public ConsolidatedContent content;

  @Column(name = "built_at", nullable = false)
  public Instant builtAt;

  @Column(name = "issued_at")
  public Instant issuedAt;

  @Column(name = "issued_by")
  public String issuedBy;

  @Version
  @Column(nullable = false)
  public long version;
}
