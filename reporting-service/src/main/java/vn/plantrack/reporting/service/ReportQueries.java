package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.UnitReport.Status;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingCalendar;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * Units' reports as the caller may see them, with their figures: frozen once submitted, else as the
 * read model has them today; a report's history; and the plans and organization names they name.
 * Reads write nothing: a period's NOT_STARTED reports nobody wrote yet are shown as they are before
 * anything is stored ({@link ExpectedReports}).
 */
@ApplicationScoped
@Transactional
public class ReportQueries {
  private final UnitReportRepository reports;
  private final PlanViewRepository plans;
  private final OrganizationViewRepository organizations;
  private final ExpectedReports expected;
  private final ReportingPeriods periods;
  private final FigureQueries figures;
  private final Caller caller;
  private final ReportClock clock;
  private final AuditTrail audit;

  public ReportQueries(
      UnitReportRepository reports,
      PlanViewRepository plans,
      OrganizationViewRepository organizations,
      ExpectedReports expected,
      ReportingPeriods periods,
      FigureQueries figures,
      Caller caller,
      ReportClock clock,
      AuditTrail audit) {
    this.reports = reports;
    this.plans = plans;
    this.organizations = organizations;
    this.expected = expected;
    this.periods = periods;
    this.figures = figures;
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

  /**
   * The reports of a plan and period (every reporting unit has one, NOT_STARTED until drafted),
   * optionally of one organization or status.
   */
  public List<Shown> list(UUID planId, String period, UUID orgId, Status status) {
    PlanView plan = plan(planId);
    ReportingPeriod p = periods.period(plan, period);
    List<UnitReport> found =
        expected.withExpected(plan, p, reports.ofPeriod(planId, p.id(), orgId, status)).stream()
            .filter(r -> orgId == null || r.orgId.equals(orgId))
            .filter(r -> status == null || r.status == status)
            .toList();
    Map<UUID, String> names = orgNames(found.stream().map(r -> r.orgId).toList());
    FigureQueries.PlanFigures live = null;
    List<Shown> shown = new ArrayList<>();
    for (UnitReport r : found) {
      ReportContent content = r.content;
      if (content == null) {
        if (live == null) {
          live = figures.of(planId, figuresDay(clock.now(), p));
        }
        content = live.forUnit(r.orgId);
      }
      shown.add(new Shown(r, p, content, names.get(r.orgId)));
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

  /** The report's history: who drafted, submitted, returned or accepted it, and when. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(ReportRecorder.AUDIT_TYPE, id, page);
  }

  /**
   * The report, if the caller may see it (404 otherwise); a NOT_STARTED one nobody stored yet as
   * the reads show it (a write stores it: {@link ExpectedReports#store}).
   */
  public UnitReport find(UUID id) {
    UnitReport r = reports.findById(id);
    if (r == null) {
      r = expected.unstored(id).orElse(null);
    }
    if (r == null) {
      throw ProblemException.notFound("report", id);
    }
    caller.requireVisible(r.province, "report", id);
    return r;
  }

  /** The plan, if the caller may see it (400 naming {@code planId} otherwise). */
  public PlanView plan(UUID planId) {
    PlanView plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  /** An organization's name; its id when the read model does not know it. */
  String orgName(UUID id) {
    OrganizationView org = organizations.findById(id);
    return org == null ? id.toString() : org.name;
  }

  /** Names of many organizations in one query; an unknown one is named by its id. */
  Map<UUID, String> orgNames(Collection<UUID> ids) {
    Map<UUID, String> names = organizations.namesOf(ids);
    ids.forEach(id -> names.putIfAbsent(id, id.toString()));
    return names;
  }

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
}
