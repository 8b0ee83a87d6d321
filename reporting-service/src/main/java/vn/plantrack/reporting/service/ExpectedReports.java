package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingCalendar;
import vn.plantrack.reporting.rules.ReportingPeriod;
import vn.plantrack.reporting.rules.UnitReportId;

/**
 * Who is expected to report on a plan (the organizations that lead a task or monitor an indicator;
 * a group's members, not the group), and their NOT_STARTED reports for a period.
 *
 * <p>Reads never write (issue 15): a report nobody has written yet is not stored; the reads show it
 * as NOT_STARTED ({@link #withExpected}), under the id it keeps once stored ({@link
 * UnitReport#idOf}), and find it by that id ({@link #unstored}). The first write on it stores it
 * ({@link #store}); so do the writers that need the period's reports as rows (a consolidated
 * report's build, the reminders: {@link #ensure}).
 */
@ApplicationScoped
@Transactional
public class ExpectedReports {
  /** How far back and ahead of today a merger stores its unit's NOT_STARTED reports. */
  static final int YEARS_BACK = 3;

  static final int YEARS_AHEAD = 1;

  private final UnitReportRepository reports;
  private final TaskViewRepository tasks;
  private final IndicatorViewRepository indicators;
  private final OrganizationViewRepository organizations;
  private final PlanViewRepository plans;
  private final ReportingPeriods periods;
  private final ReportClock clock;
  private final Caller caller;

  public ExpectedReports(
      UnitReportRepository reports,
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      OrganizationViewRepository organizations,
      PlanViewRepository plans,
      ReportingPeriods periods,
      ReportClock clock,
      Caller caller) {
    this.reports = reports;
    this.tasks = tasks;
    this.indicators = indicators;
    this.organizations = organizations;
    this.plans = plans;
    this.periods = periods;
    this.clock = clock;
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
   * A period's stored reports and, for each reporting unit without one, its NOT_STARTED report as
   * it is before anything is stored; by organization. Writes nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UnitReport> withExpected(
      PlanView plan, ReportingPeriod period, List<UnitReport> stored) {
    Set<UUID> existing = new HashSet<>();
    Set<UUID> ids = new HashSet<>();
    for (UnitReport r : reports.ofPeriod(plan.id, period.id())) {
      existing.add(r.orgId);
      ids.add(r.id);
    }
    List<UnitReport> all = new ArrayList<>(stored);
    for (UUID org : reportingUnits(plan.id)) {
      // A report passed to a successor keeps its id: the old unit has none of its own then.
      if (!existing.contains(org) && !ids.contains(UnitReport.idOf(plan.id, period.id(), org))) {
        all.add(UnitReport.notStarted(plan.province, plan.id, period.id(), org));
      }
    }
    all.sort(Comparator.comparing((UnitReport r) -> r.orgId));
    return all;
  }

  /**
   * The NOT_STARTED report a read showed under {@code id} and nobody stored yet, whatever its
   * period: the id names its period ({@link UnitReportId}), so it is looked for among the reporting
   * units of the plans the caller may see. Writes nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UnitReport> unstored(UUID id) {
    for (PlanView plan : plans.listAll()) {
      if (!caller.canSee(plan.province)) {
        continue;
      }
      for (String period : UnitReportId.periods(id, periods.adHocIds(plan))) {
        if (periods.find(plan, period).isEmpty()) {
          continue;
        }
        Set<UUID> units = reportingUnits(plan.id);
        for (UUID org : units) {
          if (UnitReport.idOf(plan.id, period, org).equals(id)) {
            return unstored(plan, period, org, units);
          }
        }
      }
    }
    return Optional.empty();
  }

  private List<String> periodsAround(PlanView plan, LocalDate today) {
    return periods.of(plan, today.minusYears(YEARS_BACK), today.plusYears(YEARS_AHEAD)).stream()
        .map(rp -> rp.period().id())
        .distinct()
        .toList();
  }

  private Optional<UnitReport> unstored(PlanView plan, String period, UUID org, Set<UUID> units) {
    return units.contains(org)
            && !reports.exists(plan.id, period, org)
            && reports.findById(UnitReport.idOf(plan.id, period, org)) == null
        ? Optional.of(UnitReport.notStarted(plan.province, plan.id, period, org))
        : Optional.empty();
  }

  /** Stores a report a read showed before anything was stored (the first write on it); stored. */
  public UnitReport store(UnitReport report) {
    if (reports.isPersistent(report)) {
      return report;
    }
    reports.createIfMissing(
        report.province, report.planId, report.period, report.orgId, Caller.actor(caller));
    return reports.of(report.planId, report.period, report.orgId);
  }

  /**
   * Stores the NOT_STARTED reports the reads show for {@code org} (its plans' periods from {@value
   * #YEARS_BACK} years back to {@value #YEARS_AHEAD} ahead), for a writer that changes them all (a
   * merger passing them to the successor).
   */
  public void storeExpectedOf(UUID org) {
    LocalDate today = clock.now().atZone(ReportingCalendar.ZONE).toLocalDate();
    for (PlanView plan : plans.listAll()) {
      if (!reportingUnits(plan.id).contains(org)) {
        continue;
      }
      for (String period : periodsAround(plan, today)) {
        reports.createIfMissing(plan.province, plan.id, period, org, "system");
      }
    }
  }

  /**
   * Stores the NOT_STARTED reports a period expects and does not have yet, for the writers that
   * need them as rows (a consolidated report's build, the reminders); safe when another writer
   * stores them at the same moment.
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
