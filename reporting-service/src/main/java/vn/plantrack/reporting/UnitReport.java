package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.platform.persistence.Stamped;

/**
 * A unit's report for a plan and period. Until submitted its figures are prefilled live from the
 * read model; submission freezes them in {@code content} as of the day of the submission, so later
 * changes to tasks do not alter what was sent.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport extends Stamped {
  public enum Status {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
  }

  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(nullable = false)
  public String period;

  @Column(name = "org_id", nullable = false)
  public UUID orgId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  public String results;

  public String difficulties;

  public String proposals;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public ReportContent content;

  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "on_time")
  public Boolean onTime;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  /** Reminders sent for this report (DUE_SOON, OVERDUE): each once. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> reminded = new ArrayList<>();

  @Version
  @Column(nullable = false)
  public long version;

  /**
   * The id of a unit's report for a plan and period, the same wherever it is computed: a report the
   * reads show before it is stored (NOT_STARTED, ExpectedReports) keeps this id once a write stores
   * it. Reports stored before had random ids, or ids hashed from this key (version 3), and keep
   * them.
   */
  public static UUID idOf(UUID planId, String period, UUID orgId) {
    return vn.plantrack.reporting.rules.UnitReportId.of(planId, period, orgId);
  }

  /**
   * The NOT_STARTED report a unit owes for a plan and period, as it is before anything is stored.
   */
  public static UnitReport notStarted(String province, UUID planId, String period, UUID orgId) {
    UnitReport r = new UnitReport();
    r.id = idOf(planId, period, orgId);
    r.province = province;
    r.planId = planId;
    r.period = period;
    r.orgId = orgId;
    r.status = Status.NOT_STARTED;
    return r;
  }

  public boolean pending() {
    return status == Status.NOT_STARTED || status == Status.DRAFT || status == Status.RETURNED;
  }
}
