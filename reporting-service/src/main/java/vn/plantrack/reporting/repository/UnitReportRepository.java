package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.UnitReport;

@ApplicationScoped
public class UnitReportRepository implements PanacheRepositoryBase<UnitReport, UUID> {

  /** A plan and period's reports, by organization. */
  public List<UnitReport> ofPeriod(UUID planId, String period) {
    return list("planId = ?1 and period = ?2 order by orgId", planId, period);
  }

  /**
   * A plan and period's reports, of one organization or in one status when those are given, by
   * organization.
   */
  public List<UnitReport> ofPeriod(
      UUID planId, String period, UUID orgId, UnitReport.Status status) {
    StringBuilder query = new StringBuilder("planId = ?1 and period = ?2");
    List<Object> params = new ArrayList<>(List.of(planId, period));
    if (orgId != null) {
      params.add(orgId);
      query.append(" and orgId = ?").append(params.size());
    }
    if (status != null) {
      params.add(status);
      query.append(" and status = ?").append(params.size());
    }
    return list(query + " order by orgId", params.toArray());
  }

  /** The unit's report for the plan and period; null when it has none. */
  public UnitReport of(UUID planId, String period, UUID orgId) {
    return find("planId = ?1 and period = ?2 and orgId = ?3", planId, period, orgId).firstResult();
  }

  /** Every report of a plan, of any period. */
  public List<UnitReport> ofPlan(UUID planId) {
    return list("planId", planId);
  }

  /** Every report of an organization, of any plan and period. */
  public List<UnitReport> ofOrganization(UUID orgId) {
    return list("orgId", orgId);
  }

  /** Whether the organization has a report for the plan and period. */
  public boolean exists(UUID planId, String period, UUID orgId) {
    return count("planId = ?1 and period = ?2 and orgId = ?3", planId, period, orgId) > 0;
  }

  /**
   * A NOT_STARTED report of the unit for the plan and period (its id {@link UnitReport#idOf}),
   * unless it has one: two writers that store it at the same moment both succeed, the second one's
   * insert changing nothing instead of failing on the unique (plan, period, unit).
   */
  public void createIfMissing(
      String province, UUID planId, String period, UUID orgId, String createdBy) {
    getEntityManager()
        .createNativeQuery(
            "insert into unit_report (id, province, plan_id, period, org_id, status, created_at,"
                + " created_by, updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                + " ?7, ?8) on conflict (plan_id, period, org_id) do nothing")
        .setParameter(1, UnitReport.idOf(planId, period, orgId))
        .setParameter(2, province)
        .setParameter(3, planId)
        .setParameter(4, period)
        .setParameter(5, orgId)
        .setParameter(6, UnitReport.Status.NOT_STARTED.name())
        .setParameter(7, Instant.now())
        .setParameter(8, createdBy)
        .executeUpdate();
  }
}
