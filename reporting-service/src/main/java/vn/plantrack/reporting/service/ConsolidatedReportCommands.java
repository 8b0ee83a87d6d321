package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.IfMatch;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ConsolidatedReport;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.reporting.repository.ConsolidatedReportRepository;
import vn.plantrack.reporting.repository.UnitReportRepository;
import vn.plantrack.reporting.rules.ReportingPeriod;

/**
 * The coordinator's consolidated report for a plan and period, built from the read model as of the
 * window's end and from the units' reports, rebuilt while a draft, then issued (frozen, numbered,
 * announced).
 */
@ApplicationScoped
@Transactional
public class ConsolidatedReportCommands {
  /** The audit trail's name for a consolidated report. */
  static final String AUDIT_TYPE = "consolidated-report";

  private final ConsolidatedReportRepository consolidated;
  private final UnitReportRepository unitReports;
  private final ConsolidatedReportQueries queries;
  private final ReportQueries reports;
  private final ExpectedReports expected;
  private final ReportingPeriods periods;
  private final FigureQueries figures;
  private final Outbox outbox;
  private final Caller caller;
  private final ReportClock clock;
  private final AuditTrail audit;
  private final IfMatch ifMatch;

  public ConsolidatedReportCommands(
      ConsolidatedReportRepository consolidated,
      UnitReportRepository unitReports,
      ConsolidatedReportQueries queries,
      ReportQueries reports,
      ExpectedReports expected,
      ReportingPeriods periods,
      FigureQueries figures,
      Outbox outbox,
      Caller caller,
      ReportClock clock,
      AuditTrail audit,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.consolidated = consolidated;
    this.unitReports = unitReports;
    this.queries = queries;
    this.reports = reports;
    this.expected = expected;
    this.periods = periods;
    this.figures = figures;
    this.outbox = outbox;
    this.caller = caller;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Builds (or rebuilds) the period's draft; after an issued one, the next number. Builds of one
   * plan and period take turns, so two at once answer the same draft (the second rebuilds what the
   * first built). An issued report is never rebuilt: a rebuild that found the draft just before it
   * was issued builds the next number instead, as if it had come second.
   */
  public ConsolidatedReport build(UUID planId, String periodId) {
    PlanView plan = reports.plan(planId);
    caller.requireManager(plan.province, "consolidate reports");
    ReportingPeriod period = periods.period(plan, periodId);
    consolidated.lockBuildsOf(planId, period.id());
    ConsolidatedContent content = content(plan, period);
    UUID draftId = consolidated.draftOf(planId, period.id());
    if (draftId != null && consolidated.rebuild(draftId, content, clock.now(), caller.username())) {
      ConsolidatedReport rebuilt = consolidated.withContent(draftId, content);
      audit.recordAction(
          AUDIT_TYPE,
          rebuilt.id,
          rebuilt.province,
          rebuilt.version,
          "REBUILT",
          "draft " + rebuilt.number + " of " + rebuilt.period + " built again from the reports");
      return rebuilt;
    }
    return create(plan, period, content);
  }

  /** A new draft, numbered after the period's earlier reports. */
  private ConsolidatedReport create(
      PlanView plan, ReportingPeriod period, ConsolidatedContent content) {
    ConsolidatedReport draft = new ConsolidatedReport();
    draft.id = UUID.randomUUID();
    draft.province = plan.province;
    draft.planId = plan.id;
    draft.period = period.id();
    draft.status = "DRAFT";
    draft.number = 1 + (int) consolidated.countOf(plan.id, period.id());
    draft.stampCreated(caller.username());
    draft.content = content;
    draft.builtAt = clock.now();
    consolidated.persist(draft);
    consolidated.flush();
    Map<String, Object> built = new LinkedHashMap<>();
    built.put("period", draft.period);
    built.put("number", draft.number);
    built.put("status", draft.status);
    audit.recordChanges(
        AUDIT_TYPE, draft.id, draft.province, draft.version, "BUILT", Map.of(), built);
    return draft;
  }

  /**
   * DRAFT → ISSUED: frozen, numbered, announced. Issued is final: issuing again answers 409, and so
   * does an issue that read the draft before a rebuild changed it (the entity's version), so what
   * is announced is what is stored.
   */
  public ConsolidatedReport issue(UUID id) {
    ConsolidatedReport r = queries.find(id);
    caller.requireManager(r.province, "issue consolidated reports");
    ifMatch.check(r.version);
    if (!"DRAFT".equals(r.status)) {
      throw ProblemException.conflict("consolidated report " + r.number + " is already issued");
    }
    r.status = "ISSUED";
    r.issuedAt = clock.now();
    r.issuedBy = caller.username();
    r.stampUpdated(caller.username());
    consolidated.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        r.id,
        r.province,
        r.version,
        "ISSUED",
        Map.of("status", "DRAFT"),
        Map.of("status", r.status, "issuedAt", r.issuedAt));
    ConsolidatedContent c = r.content;
    outbox.publish(
        ReportEvents.TOPIC,
        ReportEvents.CONSOLIDATED_ISSUED,
        r.id,
        r.province,
        r.version,
        new ReportEvents.ConsolidatedIssued(
            r.id,
            r.province,
            r.planId,
            r.period,
            r.number,
            c.windowStart(),
            c.windowEnd(),
            c.timelinessTotals(),
            c.unitsExpected(),
            c.unitsReported(),
            c.unitsOnTime(),
            r.version));
    return r;
  }

  /** Records that a consolidated report was exported (a document leaves the system). */
  @Transactional(Transactional.TxType.MANDATORY)
  void recordExport(ConsolidatedReport r, String format) {
    audit.recordAction(AUDIT_TYPE, r.id, r.province, r.version, "EXPORT_REQUESTED", format);
  }

  private ConsolidatedContent content(PlanView plan, ReportingPeriod period) {
    expected.ensure(plan, period);
    // As a unit's draft: as of today, never past the window (a report built before the window's end
    // does not call a task overdue for a deadline still ahead).
    LocalDate asOf = ReportQueries.figuresDay(clock.now(), period);
    FigureQueries.PlanFigures f = figures.of(plan.id, asOf);
    List<ConsolidatedContent.Unit> units = new ArrayList<>();
    int reported = 0;
    int onTime = 0;
    List<UnitReport> received = unitReports.ofPeriod(plan.id, period.id());
    Map<UUID, String> names = reports.orgNames(received.stream().map(r -> r.orgId).toList());
    for (UnitReport r : received) {
      boolean in =
          r.status == UnitReport.Status.SUBMITTED || r.status == UnitReport.Status.ACCEPTED;
      reported += in ? 1 : 0;
      onTime += in && Boolean.TRUE.equals(r.onTime) ? 1 : 0;
      ReportContent own = f.forUnit(r.orgId);
      units.add(
          new ConsolidatedContent.Unit(
              r.orgId,
              names.get(r.orgId),
              own.timeliness(),
              own.tasks().size(),
              r.status.name(),
              r.submittedAt,
              in ? r.onTime : null,
              in ? r.results : null,
              in ? r.difficulties : null,
              in ? r.proposals : null));
    }
    units.sort(java.util.Comparator.comparing(ConsolidatedContent.Unit::orgName));
    Map<String, Integer> evaluations = new LinkedHashMap<>();
    for (String e :
        List.of("MET", "NOT_MET", "ON_TRACK", "AT_RISK", "NO_DATA", "NEEDS_JUDGEMENT")) {
      evaluations.put(e, 0);
    }
    f.indicators().stream()
        .filter(i -> i.evaluation() != null)
        .forEach(i -> evaluations.merge(i.evaluation(), 1, Integer::sum));
    return new ConsolidatedContent(
        plan.number,
        plan.title,
        plan.province,
        period.id(),
        period.windowStart(),
        period.windowEnd(),
        asOf,
        period.dueAt(),
        f.totals(),
        evaluations,
        units.size(),
        reported,
        onTime,
        units,
        f.tasks(),
        f.indicators());
  }
}
