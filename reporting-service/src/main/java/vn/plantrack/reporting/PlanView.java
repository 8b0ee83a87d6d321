package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.plan.contract.ReportingRule;

/** The read model's copy of a plan: what reporting needs of it, and its reporting rules. */
@Entity
@Table(name = "plan_view")
public class PlanView {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(nullable = false)
  public String number;

  public String title;

  @Column(name = "issuer_org_id")
  public UUID issuerOrgId;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "reporting_rules", nullable = false, columnDefinition = "jsonb")
  public List<ReportingRule> reportingRules = new ArrayList<>();

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
