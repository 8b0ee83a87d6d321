package vn.plantrack.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * indicator-service's copy of a plan, from plantrack.plans events: enough to check references,
 * scope by province and know where the plan's horizon starts.
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

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(nullable = false)
  public long version;
}
