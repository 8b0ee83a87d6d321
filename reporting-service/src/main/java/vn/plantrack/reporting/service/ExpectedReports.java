package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * Who is expected to report on a plan (the organizations that lead a task or monitor an indicator;
 * a group's members, not the group), and their NOT_STARTED reports for a period.
 */
@ApplicationScoped
@Transactional
public class ExpectedReports {
  private final UnitReportRepository reports;
  private final TaskViewRepository tasks;
  private final IndicatorViewRepository indicators;
  private final OrganizationViewRepository organizations;
  private final Caller caller;

  public ExpectedReports(
      UnitReportRepository reports,
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      OrganizationViewRepository organizations,
      Caller caller) {
    this.reports = reports;
    this.tasks = tasks;
    this.indicators = indicators;
    this.organizations = organizations;
    this.caller = caller;
  }

  /** The organizations expected to report on a plan: leads of tasks, monitors of indicators. */
  public Set<UUID> reportingUnits(UUID planId) {
    Set<UUID> units = new LinkedHashSet<>();
    units.addAll(tasks.leadsOf(planId));
    units.addAll(indicators.monitorsOf(planId));
    organizations.groupsAmong(units).forEach(units::remove);
    return units;
  }

  /**
   * Creates the NOT_STARTED reports a period expects and does not have yet; safe when another
   * request creates them at the same moment.
   */
  public void ensure(PlanView plan, ReportingPeriod period) {
    Set<UUID> existing = new HashSet<>();
    reports.ofPeriod(plan.id, period.id()).forEach(r -> existing.add(r.orgId));
    for (UUID org : reportingUnits(plan.id)) {
      if (!existing.contains(org)) {
        reports.createIfMissing(plan.province, plan.id, period.id(), org, Caller.actor(caller));
      }
    }
  }
}
