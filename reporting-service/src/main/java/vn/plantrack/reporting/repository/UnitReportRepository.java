package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.plantrack.reporting.UnitReport;

@ApplicationScoped
public class UnitReportRepository implements PanacheRepositoryBase<UnitReport, UUID> {

  /**
   * A NOT_STARTED report of the unit for the plan and period, unless it has one: two requests that
   * look at a new period at the same moment both create its reports, and the second one's insert
   * changes nothing instead of failing on the unique (plan, period, unit).
   */
  public void createIfMissing(
      String province, UUID planId, String period, UUID orgId, String createdBy) {
    getEntityManager()
        .createNativeQuery(
            "insert into unit_report (id, province, plan_id, period, org_id, status, created_at,"
                + " created_by, updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                + " ?7, ?8) on conflict (plan_id, period, org_id) do nothing")
        .setParameter(1, UUID.randomUUID())
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
