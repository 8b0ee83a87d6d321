package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.IfMatch;
import vn.plantrack.platform.web.Preconditions;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.UnitReport.Status;
import vn.plantrack.reporting.event.ReportEvents;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingCalendar;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * Units' reports: one per reporting organization (those that lead a task or monitor an indicator of
 * the plan) and period, and their workflow NOT_STARTED → DRAFT → SUBMITTED → ACCEPTED, or RETURNED
 * with a reason → DRAFT → SUBMITTED. Only the unit's officers draft and submit; only coordinators
 * return or accept. Submission freezes the figures as of the day it happens and records on time or
 * late against the due instant.
 */
@ApplicationScoped
@Transactional
public class Reports {
  /** The audit trail's name for a unit's report. */
  static final String AUDIT_TYPE = "report";

  private final UnitReportRepository reports;
  private final PlanViewRepository plans;
  private final TaskViewRepository tasks;
  private final IndicatorViewRepository indicators;
  private final OrganizationViewRepository organizations;
  private final Periods periods;
  private final Figures figures;
  private final Outbox outbox;
  private final Caller caller;
  private final ReportClock clock;
  private final AuditTrail audit;
  private final IfMatch ifMatch;

  public Reports(
      UnitReportRepository reports,
      PlanViewRepository plans,
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      OrganizationViewRepository organizations,
      Periods periods,
      Figures figures,
      Outbox outbox,
      Caller caller,
      ReportClock clock,
      AuditTrail audit,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.reports = reports;
    this.plans = plans;
    this.tasks = tasks;
    this.indicators = indicators;
    this.organizations = organizations;
    this.periods = periods;
    this.figures = figures;
    this.outbox = outbox;
    this.caller = caller;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * A report with its figures: frozen once submitted, else as the read model has them today (see
   * {@link #figuresDay}).
   */
  public record Shown(
      UnitReport report, ReportingPeriod period, ReportContent content, String orgName) {}

  // --- Reads
  // ------------------------------------------------------------------------------------------------

  /**
   * The reports of a plan and period (every reporting unit has one, NOT_STARTED until drafted),
   * optionally of one organization or status.
   */
  public List<Shown> list(UUID planId, String period, UUID orgId, Status status) {
    PlanView plan = plan(planId);
    ReportingPeriod p = periods.period(plan, period);
    ensure(plan, p);
    StringBuilder query = new StringBuilder("planId = ?1 and period = ?2");
    List<Object> params = new ArrayList<>(List.of(planId, p.id()));
    if (orgId != null) {
      params.add(orgId);
      query.append(" and orgId = ?").append(params.size());
    }
    if (status != null) {
      params.add(status);
      query.append(" and status = ?").append(params.size());
    }
    Figures.PlanFigures live = null;
    List<Shown> shown = new ArrayList<>();
    for (UnitReport r : reports.list(query + " order by orgId", params.toArray())) {
      ReportContent content = r.content;
      if (content == null) {
        if (live == null) {
          live = figures.of(planId, figuresDay(clock.now(), p));
        }
        content = live.forUnit(r.orgId);
      }
      shown.add(new Shown(r, p, content, orgName(r.orgId)));
    }
    return shown;
  }

  public Shown get(UUID id) {
    UnitReport r = find(id);
    ReportingPeriod p = periods.period(plans.findById(r.planId), r.period);
    ReportContent content =
        r.content != null
            ? r.content
            : figures.of(r.planId, figuresDay(clock.now(), p)).forUnit(r.orgId);
    return new Shown(r, p, content, orgName(r.orgId));
  }

  /** The organizations expected to report on a plan: leads of tasks, monitors of indicators. */
  public Set<UUID> reportingUnits(UUID planId) {
    Set<UUID> units = new LinkedHashSet<>();
    units.addAll(tasks.leadsOf(planId));
    units.addAll(indicators.monitorsOf(planId));
    if (!units.isEmpty()) {
      organizations.list("id in ?1 and type = 'GROUP'", units).forEach(g -> units.remove(g.id));
    }
    return units;
  }

  /**
   * Creates the NOT_STARTED reports a period expects and does not have yet; safe when another
   * request creates them at the same moment.
   */
  public void ensure(PlanView plan, ReportingPeriod period) {
    Set<UUID> existing = new java.util.HashSet<>();
    reports
        .list("planId = ?1 and period = ?2", plan.id, period.id())
        .forEach(r -> existing.add(r.orgId));
    for (UUID org : reportingUnits(plan.id)) {
      if (!existing.contains(org)) {
        reports.createIfMissing(plan.province, plan.id, period.id(), org, Caller.actor(caller));
      }
    }
  }

  // --- The workflow
  // -----------------------------------------------------------------------------------------

  /** The unit drafts its narrative: NOT_STARTED or RETURNED → DRAFT (a draft stays a draft). */
  public UnitReport draft(
      UUID id,
      String ifMatch,
      Long bodyVersion,
      String results,
      String difficulties,
      String proposals) {
    UnitReport r = find(id);
    requireUnitOfficer(r);
    Preconditions.checkVersion(ifMatch, bodyVersion, r.version);
    if (!r.pending()) {
      throw ProblemException.conflict("report is " + r.status + ": its content is frozen");
    }
    Map<String, Object> before = snapshot(r);
    r.results = blankToNull(results);
    r.difficulties = blankToNull(difficulties);
    r.proposals = blankToNull(proposals);
    r.status = Status.DRAFT;
    r.stampUpdated(caller.username());
    reports.flush();
    audit.recordChanges(AUDIT_TYPE, r.id, r.province, r.version, "DRAFTED", before, snapshot(r));
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
    ReportingPeriod p = periods.period(plans.findById(r.planId), r.period);
    Map<String, Object> before = snapshot(r);
    Instant now = clock.now();
    r.content = figures.of(r.planId, figuresDay(now, p)).forUnit(r.orgId);
    r.status = Status.SUBMITTED;
    r.submittedAt = now;
    r.submittedBy = caller.username();
    r.onTime = ReportingCalendar.onTime(now, p);
    r.returnReason = null;
    r.stampUpdated(caller.username());
    reports.flush();
    audit.recordChanges(AUDIT_TYPE, r.id, r.province, r.version, "SUBMITTED", before, snapshot(r));
    publish(ReportEvents.SUBMITTED, r, p, null);
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
    ReportingPeriod p = periods.period(plans.findById(r.planId), r.period);
    Map<String, Object> before = snapshot(r);
    r.status = Status.RETURNED;
    r.returnReason = reason.strip();
    r.content = null;
    r.decidedAt = clock.now();
    r.decidedBy = caller.username();
    r.stampUpdated(caller.username());
    reports.flush();
    audit.recordChanges(AUDIT_TYPE, r.id, r.province, r.version, "RETURNED", before, snapshot(r));
    publish(ReportEvents.RETURNED, r, p, r.returnReason);
    return r;
  }

  /** SUBMITTED → ACCEPTED. */
  public UnitReport accept(UUID id) {
    UnitReport r = findToChange(id);
    caller.requireManager(r.province, "accept reports");
    if (r.status != Status.SUBMITTED) {
      throw ProblemException.conflict("only a submitted report can be accepted; it is " + r.status);
    }
    ReportingPeriod p = periods.period(plans.findById(r.planId), r.period);
    Map<String, Object> before = snapshot(r);
    r.status = Status.ACCEPTED;
    r.decidedAt = clock.now();
    r.decidedBy = caller.username();
    r.stampUpdated(caller.username());
    reports.flush();
    audit.recordChanges(AUDIT_TYPE, r.id, r.province, r.version, "ACCEPTED", before, snapshot(r));
    publish(ReportEvents.ACCEPTED, r, p, null);
    return r;
  }

  /**
   * A merger or split: the old unit's pending reports pass to the successor (unless it has its own
   * for that period, then the empty one goes); submitted ones keep their unit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int passPendingReports(UUID from, UUID to) {
    int moved = 0;
    for (UnitReport r : reports.list("orgId", from)) {
      if (!r.pending()) {
        continue;
      }
      boolean taken =
          reports.count("planId = ?1 and period = ?2 and orgId = ?3", r.planId, r.period, to) > 0;
      if (taken) {
        if (r.status == Status.NOT_STARTED) {
          reports.delete(r);
        }
        continue;
      }
      Map<String, Object> before = snapshot(r);
      r.orgId = to;
      r.stampUpdated("system");
      audit.recordChanges(
          AUDIT_TYPE, r.id, r.province, r.version, "REASSIGNED", before, snapshot(r));
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
    for (PlanView plan : plans.list("status", "ISSUED")) {
      for (Periods.RulePeriod rp :
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
        ensure(plan, p);
        for (UnitReport r : reports.list("planId = ?1 and period = ?2", plan.id, p.id())) {
          if (r.pending() && !r.reminded.contains(kind)) {
            r.reminded = new ArrayList<>(r.reminded);
            r.reminded.add(kind);
            reports.flush();
            publish(
                kind.equals("OVERDUE") ? ReportEvents.OVERDUE : ReportEvents.DUE_SOON, r, p, null);
            sent++;
          }
        }
      }
    }
    return sent;
  }

  /** The report's history: who drafted, submitted, returned or accepted it, and when. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(AUDIT_TYPE, id, page);
  }

  // --- Helpers
  // ----------------------------------------------------------------------------------------------

  /**
   * The day a report's figures are as of: the day of {@code at} in Asia/Ho_Chi_Minh (today for a
   * draft, the submission's day when they freeze), but never past the period's window. A yearly
   * report is due before 10 Nov while its window runs to 14 Dec: judged as of 14 Dec, a task due in
   * November and still in progress on the day of the report would already be overdue.
   */
  static LocalDate figuresDay(Instant at, ReportingPeriod p) {
    LocalDate day = at.atZone(ReportingCalendar.ZONE).toLocalDate();
    return day.isAfter(p.windowEnd()) ? p.windowEnd() : day;
  }

  /** The fields of a report its history follows (the figures are frozen on submission). */
  private static Map<String, Object> snapshot(UnitReport r) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("status", r.status);
    fields.put("orgId", r.orgId);
    fields.put("results", r.results);
    fields.put("difficulties", r.difficulties);
    fields.put("proposals", r.proposals);
    fields.put("returnReason", r.returnReason);
    fields.put("submittedAt", r.submittedAt);
    fields.put("onTime", r.onTime);
    return fields;
  }

  private void requireUnitOfficer(UnitReport r) {
    boolean admin = caller.hasRole(Roles.ADMIN);
    boolean unit =
        caller.hasRole(Roles.OFFICER) && caller.org().map(o -> o.equals(r.orgId)).orElse(false);
    if (!admin && !unit) {
      throw ProblemException.forbidden("only the unit's officers draft and submit its report");
    }
  }

  PlanView plan(UUID planId) {
    PlanView plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  /** A report about to change: 412 when the request's If-Match names another version. */
  private UnitReport findToChange(UUID id) {
    UnitReport r = find(id);
    ifMatch.check(r.version);
    return r;
  }

  private UnitReport find(UUID id) {
    UnitReport r = reports.findById(id);
    if (r == null) {
      throw ProblemException.notFound("report", id);
    }
    caller.requireVisible(r.province, "report", id);
    return r;
  }

  String orgName(UUID id) {
    OrganizationView org = organizations.findById(id);
    return org == null ? id.toString() : org.name;
  }

  /** Names of many organizations in one query. */
  Map<UUID, String> orgNames(java.util.Collection<UUID> ids) {
    Map<UUID, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      organizations.list("id in ?1", ids).forEach(o -> names.put(o.id, o.name));
    }
    ids.forEach(id -> names.putIfAbsent(id, id.toString()));
    return names;
  }

  private void publish(String type, UnitReport r, ReportingPeriod p, String reason) {
    outbox.publish(
        ReportEvents.TOPIC,
        type,
        r.id,
        r.province,
        r.version,
        new ReportEvents.ReportChanged(
            r.id,
            r.province,
            r.planId,
            r.period,
            r.orgId,
            r.status.name(),
            r.submittedAt,
            r.onTime,
            reason,
            p.dueAt(),
            r.version));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
