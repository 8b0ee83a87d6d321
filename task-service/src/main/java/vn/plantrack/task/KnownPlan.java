package vn.plantrack.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * task-service's copy of a plan, from plantrack.plans events: enough to check references and scope.
 */
@Entity
@Table(name = "known_plan")
public class KnownPlan {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(nullable = false)
  public String number;

  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> sections = new ArrayList<>();

  /** Null while the plan is a draft. */
  @Column(name = "issued_on")
  public java.time.LocalDate issuedOn;

  @Column(nullable = false)
  public long version;
}
