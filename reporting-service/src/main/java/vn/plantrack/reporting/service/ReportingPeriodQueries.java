package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The periods of a plan the caller may see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportingPeriodQueries {
  private final ReportQueries reports;
  private final ReportingPeriods periods;

  public ReportingPeriodQueries(ReportQueries reports, ReportingPeriods periods) {
    this.reports = reports;
    this.periods = periods;
  }

  public List<ReportingPeriods.RulePeriod> periods(UUID planId, LocalDate from, LocalDate to) {
    return periods.of(reports.plan(planId), from, to);
  }
}
