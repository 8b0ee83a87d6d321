package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.IfMatch;
import vn.plantrack.platform.web.Preconditions;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.UnitReport.Status;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingCalendar;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * Units' reports change: one per reporting organization (those that lead a task or monitor an
 * indicator of the plan) and period, and their workflow NOT_STARTED → DRAFT → SUBMITTED → ACCEPTED,
 * or RETURNED with a reason → DRAFT → SUBMITTED. Only the unit's officers draft and submit; only
 * coordinators return or accept. Submission freezes the figures as of the day it happens and
 * records on time or late against the due instant. Each change is audited and announced by {@link
 * ReportRecorder}.
 */
@ApplicationScoped
@Transactional
public class ReportCommands {
  private final UnitReportRepository reports;
  private final PlanViewRepository plans;
  private final ReportQueries queries;
  private final ExpectedReports expected;
  private final ReportingPeriods periods;
  private final FigureQueries figures;
  private final ReportRecorder recorder;
  private final Caller caller;
  private final ReportClock clock;
  private final IfMatch ifMatch;

  public ReportCommands(
      UnitReportRepository reports,
      PlanViewRepository plans,
      ReportQueries queries,
      ExpectedReports expected,
      ReportingPeriods periods,
      FigureQueries figures,
      ReportRecorder recorder,
      Caller caller,
      ReportClock clock,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.reports = reports;
    this.plans = plans;
    this.queries = queries;
    this.expected = expected;
    this.periods = periods;
    this.figures = figures;
    this.recorder = recorder;
    this.caller = caller;
    this.clock = clock;
  }

  /** The unit drafts its narrative: NOT_STARTED or RETURNED → DRAFT (a draft stays a draft). */
  public UnitReport draft(
      UUID id,
      String ifMatch,
      Long bodyVersion,
      String results,
      String difficulties,
      String proposals) {
    UnitReport r = queries.find(id);
    requireUnitOfficer(r);
    Preconditions.checkVersion(ifMatch, bodyVersion, r.version);
    r = expected.store(r);
    if (!r.pending()) {
      throw ProblemException.conflict("report is " + r.status + ": its content is frozen");
    }
    Map<String, Object> before = ReportRecorder.snapshot(r);
    r.results = blankToNull(results);
    r.difficulties = blankToNull(difficulties);
    r.proposals = blankToNull(proposals);
    r.status = Status.DRAFT;
    r.stampUpdated(caller.username());
    reports.flush();
    recorder.changed(r, "DRAFTED", before);
    return r;
  }

  /**
   * DRAFT → SUBMITTED: the figures freeze as of the day of the submission; on time or late against
   * the due instant.
   */
  public UnitReport submit(UUID id) {
    UnitReport r = findToChange(id);
    requireUnitOfficer(r);
    if (r.status != Status.DRAFT) {
      throw ProblemException.conflict(
          r.status == Status.SUBMITTED || r.status == Status.ACCEPTED
              ? "report was already submitted"
              : "report is " + r.status + ": draft it before submitting");
    }
    ReportingPeriod p = periodOf(r);
    Map<String, Object> before = ReportRecorder.snapshot(r);
    Instant now = clock.now();
    r.content = figures.of(r.planId, ReportQueries.figuresDay(now, p)).forUnit(r.orgId);
    r.status = Status.SUBMITTED;
    r.submittedAt = now;
    r.submittedBy = caller.username();
    r.onTime = ReportingCalendar.onTime(now, p);
    r.returnReason = null;
    r.stampUpdated(caller.username());
    reports.flush();
    recorder.changed(r, "SUBMITTED", before);
    recorder.publish(ReportEvents.SUBMITTED, r, p, null);
    return r;
  }

  /** SUBMITTED → RETURNED, with the coordinator's reason; the unit drafts again. */
  public UnitReport returnReport(UUID id, String reason) {
    UnitReport r = findToChange(id);
    caller.requireManager(r.province, "return reports");
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "say why the report goes back");
    }
    if (r.status != Status.SUBMITTED) {
      throw ProblemException.conflict("only a submitted report can be returned; it is " + r.status);
    }
    ReportingPeriod p = periodOf(r);
    Map<String, Object> before = ReportRecorder.snapshot(r);
    r.status = Status.RETURNED;
    r.returnReason = reason.strip();
    r.content = null;
    decided(r);
    recorder.changed(r, "RETURNED", before);
    recorder.publish(ReportEvents.RETURNED, r, p, r.returnReason);
    return r;
  }

  /** SUBMITTED → ACCEPTED. */
  public UnitReport accept(UUID id) {
    UnitReport r = findToChange(id);
    caller.requireManager(r.province, "accept reports");
    if (r.status != Status.SUBMITTED) {
      throw ProblemException.conflict("only a submitted report can be accepted; it is " + r.status);
    }
    ReportingPeriod p = periodOf(r);
    Map<String, Object> before = ReportRecorder.snapshot(r);
    r.status = Status.ACCEPTED;
    decided(r);
    recorder.changed(r, "ACCEPTED", before);
    recorder.publish(ReportEvents.ACCEPTED, r, p, null);
    return r;
  }

  /**
   * A merger or split: the old unit's pending reports pass to the successor (unless it has its own
   * for that period, then the empty one goes); submitted ones keep their unit. The reports the
   * reads showed for the old unit without storing them are stored first (a writer on the event that
   * changes the reporting units), so they pass too, under the ids the reads gave.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int passPendingReports(UUID from, UUID to) {
    expected.storeExpectedOf(from);
    int moved = 0;
    for (UnitReport r : reports.ofOrganization(from)) {
      if (!r.pending()) {
        continue;
      }
      if (reports.exists(r.planId, r.period, to)) {
        if (r.status == Status.NOT_STARTED) {
          reports.delete(r);
        }
        continue;
      }
      Map<String, Object> before = ReportRecorder.snapshot(r);
      r.orgId = to;
      r.stampUpdated("system");
      recorder.changed(r, "REASSIGNED", before);
      moved++;
    }
    return moved;
  }

  /**
   * Reminders for pending reports: due soon ({@code daysBefore} days or fewer before the due
   * instant) and overdue, each once per report.
   */
  public int remind(LocalDate today, int daysBefore) {
    int sent = 0;
    for (PlanView plan : plans.issued()) {
      for (ReportingPeriods.RulePeriod rp :
          periods.of(plan, today.minusYears(1), today.plusDays(daysBefore))) {
        ReportingPeriod p = rp.period();
        LocalDate lastDay = p.lastDayOnTime();
        String kind =
            today.isAfter(lastDay)
                ? "OVERDUE"
                : !today.isBefore(lastDay.minusDays(daysBefore)) ? "DUE_SOON" : null;
        boolean beforeThePlan = plan.issuedOn != null && p.lastDayOnTime().isBefore(plan.issuedOn);
        if (kind == null || beforeThePlan) {
          continue;
        }
        expected.ensure(plan, p);
        for (UnitReport r : reports.ofPeriod(plan.id, p.id())) {
          if (r.pending() && !r.reminded.contains(kind)) {
            r.reminded = new ArrayList<>(r.reminded);
            r.reminded.add(kind);
            reports.flush();
            recorder.publish(
                kind.equals("OVERDUE") ? ReportEvents.OVERDUE : ReportEvents.DUE_SOON, r, p, null);
            sent++;
          }
        }
      }
    }
    return sent;
  }

  private ReportingPeriod periodOf(UnitReport r) {
    return periods.period(plans.findById(r.planId), r.period);
  }

  /** A coordinator's decision (return or accept) is stamped and written. */
  private void decided(UnitReport r) {
    r.decidedAt = clock.now();
    r.decidedBy = caller.username();
    r.stampUpdated(caller.username());
    reports.flush();
  }

  private void requireUnitOfficer(UnitReport r) {
    boolean admin = caller.hasRole(Roles.ADMIN);
    boolean unit =
        caller.hasRole(Roles.OFFICER) && caller.org().map(o -> o.equals(r.orgId)).orElse(false);
    if (!admin && !unit) {
      throw ProblemException.forbidden("only the unit's officers draft and submit its report");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A report about to change: 412 when the request's If-Match names another version. */
  private UnitReport findToChange(UUID id) {
    UnitReport r = queries.find(id);
    ifMatch.check(r.version);
    return expected.store(r);
  }
}
