package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.ConsolidatedReport;
import vn.plantrack.reporting.repository.ConsolidatedReportRepository;

/** Consolidated reports as the caller may see them, and their history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsolidatedReportQueries {
  private final ConsolidatedReportRepository consolidated;
  private final ReportQueries reports;
  private final Caller caller;
  private final AuditTrail audit;

  public ConsolidatedReportQueries(
      ConsolidatedReportRepository consolidated,
      ReportQueries reports,
      Caller caller,
      AuditTrail audit) {
    this.consolidated = consolidated;
    this.reports = reports;
    this.caller = caller;
    this.audit = audit;
  }

  /** The consolidated report, if the caller may see it (404 otherwise). */
  public ConsolidatedReport find(UUID id) {
    ConsolidatedReport r = consolidated.findById(id);
    if (r == null) {
      throw ProblemException.notFound("consolidated report", id);
    }
    caller.requireVisible(r.province, "consolidated report", id);
    return r;
  }

  /** A plan's consolidated reports by period and number; one period's when it is given. */
  public List<ConsolidatedReport> list(UUID planId, String period) {
    reports.plan(planId);
    return consolidated.ofPlan(planId, period);
  }

  /** The consolidated report's history: who built, rebuilt, issued and exported it. */
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(ConsolidatedReportCommands.AUDIT_TYPE, id, page);
  }
}
