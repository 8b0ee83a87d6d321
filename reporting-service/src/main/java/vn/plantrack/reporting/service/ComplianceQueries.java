package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * Compliance with a plan's reporting: who was expected to report for a period, who did
 * (completeness) and who did on time (timeliness).
 */
@ApplicationScoped
@Transactional
public class ComplianceQueries {
  private final UnitReportRepository unitReports;
  private final ReportQueries reports;
  private final ExpectedReports expected;
  private final ReportingPeriods periods;

  public ComplianceQueries(
      UnitReportRepository unitReports,
      ReportQueries reports,
      ExpectedReports expected,
      ReportingPeriods periods) {
    this.unitReports = unitReports;
    this.reports = reports;
    this.expected = expected;
    this.periods = periods;
  }

  /** One unit's line in the compliance table. */
  public record UnitCompliance(
      UUID orgId, String orgName, String status, Instant submittedAt, Boolean onTime) {}

  /** Expected vs received (completeness) and received on time (timeliness), like DHIS2's rates. */
  public record Compliance(
      UUID planId,
      String period,
      Instant dueAt,
      int expected,
      int received,
      int onTime,
      double completeness,
      double timeliness,
      List<UnitCompliance> units) {}

  /** A period's compliance (the NOT_STARTED reports it expects counted, none stored). */
  public Compliance compliance(UUID planId, String periodId) {
    PlanView plan = reports.plan(planId);
    ReportingPeriod period = periods.period(plan, periodId);
    return compliance(plan, period);
  }

  /** Compliance of every period that has stored reports, oldest first. */
  public List<Compliance> history(UUID planId) {
    PlanView plan = reports.plan(planId);
    Map<String, ReportingPeriod> seen = new TreeMap<>();
    for (UnitReport r : unitReports.ofPlan(planId)) {
      periods.find(plan, r.period).ifPresent(p -> seen.putIfAbsent(p.id(), p));
    }
    return seen.values().stream()
        .sorted(Comparator.comparing(ReportingPeriod::dueAt))
        .map(p -> compliance(plan, p))
        .toList();
  }

  private Compliance compliance(PlanView plan, ReportingPeriod period) {
    List<UnitCompliance> units = new ArrayList<>();
    int received = 0;
    int onTime = 0;
    List<UnitReport> found =
        expected.withExpected(plan, period, unitReports.ofPeriod(plan.id, period.id()));
    Map<UUID, String> names = reports.orgNames(found.stream().map(r -> r.orgId).toList());
    for (UnitReport r : found) {
      boolean in =
          r.status == UnitReport.Status.SUBMITTED || r.status == UnitReport.Status.ACCEPTED;
      if (in) {
        received++;
        if (Boolean.TRUE.equals(r.onTime)) {
          onTime++;
        }
      }
      units.add(
          new UnitCompliance(
              r.orgId, names.get(r.orgId), r.status.name(), r.submittedAt, in ? r.onTime : null));
    }
    int expected = units.size();
    return new Compliance(
        plan.id,
        period.id(),
        period.dueAt(),
        expected,
        received,
        onTime,
        expected == 0 ? 0 : Math.round(1000.0 * received / expected) / 10.0,
        expected == 0 ? 0 : Math.round(1000.0 * onTime / expected) / 10.0,
        units);
  }
}
