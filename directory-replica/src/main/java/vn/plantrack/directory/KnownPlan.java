package vn.plantrack.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service's copy of a plan, from plantrack.plans events (table {@code known_plan}, created by
 * each service's own migrations): enough to check references, scope by province, file tasks under
 * the plan's sections and know where the plan's horizon starts.
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

  /** The codes of the plan's sections ("I", "II", …), in the plan's order. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> sections = new ArrayList<>();

  /** Null while the plan is a draft. */
  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(nullable = false)
  public long version;
}
