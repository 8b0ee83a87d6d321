package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.reporting.IndicatorView;
import vn.plantrack.reporting.MeasurementView;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.TaskView;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.MeasurementViewRepository;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.task.contract.TaskEvents;

/**
 * Applies the owners' events to the read model. Idempotent by construction: an event whose version
 * is not newer than what the row holds changes nothing, so duplicates, replays and out-of-order
 * deliveries leave it correct.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {
  private final OrganizationViewRepository organizations;
  private final PlanViewRepository plans;
  private final TaskViewRepository tasks;
  private final IndicatorViewRepository indicators;
  private final MeasurementViewRepository measurements;
  private final ReportCommands reports;
  private final EventData data;

  public ReadModelService(
      OrganizationViewRepository organizations,
      PlanViewRepository plans,
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      MeasurementViewRepository measurements,
      ReportCommands reports,
      EventData data) {
    this.organizations = organizations;
    this.plans = plans;
    this.tasks = tasks;
    this.indicators = indicators;
    this.measurements = measurements;
    this.reports = reports;
    this.data = data;
  }

  /** plantrack.organizations; a merger or split also passes pending reports to the successor. */
  public boolean applyOrganizationEvent(InboundEvent event) {
    measurements.position(OrganizationEvents.TOPIC, event.time());
    if (event.type().endsWith(".merged.v1") || event.type().endsWith(".split.v1")) {
      OrganizationEvents.OrganizationReorganized reorganized =
          data.decode(
              event,
              OrganizationEvents.OrganizationReorganized.class,
              "id",
              "successorIds",
              "effectiveOn");
      List<UUID> successors = reorganized.successorIds();
      if (successors.isEmpty() || successors.get(0) == null) {
        throw new InboundEvent.PoisonEventException("data.successorIds missing");
      }
      OrganizationView row = organizations.findById(reorganized.id());
      if (row != null && row.version < event.version()) {
        row.validTo = reorganized.effectiveOn().minusDays(1);
        row.version = event.version();
      }
      reports.passPendingReports(reorganized.id(), successors.get(0));
      return true;
    }
    return applyOrganization(event);
  }

  public boolean applyPlan(InboundEvent event) {
    measurements.position(PlanEvents.TOPIC, event.time());
    if (PlanEvents.IMPORT_CONFIRMED.equals(event.type())) {
      // The tasks and indicators it carries reach the read model as task and indicator events.
      return false;
    }
    PlanEvents.PlanChanged plan =
        data.decode(event, PlanEvents.PlanChanged.class, "id", "province", "number", "status");
    PlanView row = plans.findById(plan.id());
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new PlanView();
      row.id = plan.id();
    }
    row.province = plan.province();
    row.number = plan.number();
    row.title = plan.title();
    row.issuerOrgId = plan.issuerOrgId();
    row.issuedOn = plan.issuedOn();
    row.status = plan.status();
    row.reportingRules =
        plan.reportingRules() == null ? new ArrayList<>() : new ArrayList<>(plan.reportingRules());
    row.version = event.version();
    row.updatedAt = Instant.now();
    plans.persist(row);
    return true;
  }

  /**
   * plantrack.tasks: every version's timeline and note is kept, whatever order versions arrive in
   * (each is a whole version, so none is ever stale); the task's current row follows the newest.
   * Reminders change nothing here.
   */
  public boolean applyTask(InboundEvent event) {
    measurements.position(TaskEvents.TOPIC, event.time());
    if (TaskEvents.DUE_SOON.equals(event.type()) || TaskEvents.OVERDUE.equals(event.type())) {
      return false;
    }
    if (TaskEvents.REASSIGNED.equals(event.type())) {
      TaskEvents.TaskReassigned moved =
          data.decode(
              event, TaskEvents.TaskReassigned.class, "id", "leadOrgIds", "cooperatingOrgIds");
      TaskView row = tasks.findById(moved.id());
      if (row == null || row.version >= event.version()) {
        return false;
      }
      row.leadOrgIds = new ArrayList<>(moved.leadOrgIds());
      row.cooperatingOrgIds = new ArrayList<>(moved.cooperatingOrgIds());
      row.version = event.version();
      row.updatedAt = Instant.now();
      return true;
    }
    TaskEvents.TaskChanged task =
        data.decode(
            event,
            TaskEvents.TaskChanged.class,
            "id",
            "planId",
            "timeline",
            "province",
            "code",
            "title",
            "status");
    tasks.addVersion(task.id(), task.planId(), task.timeline());
    if (task.note() != null && !task.note().isBlank()) {
      tasks.addNote(
          task.id(), event.version(), task.planId(), task.noteOrgId(), task.note(), event.time());
    }
    TaskView row = tasks.findById(task.id());
    if (row != null && row.version >= event.version()) {
      return true;
    }
    if (row == null) {
      row = new TaskView();
      row.id = task.id();
    }
    row.province = task.province();
    row.planId = task.planId();
    row.sectionCode = task.sectionCode();
    row.code = task.code();
    row.parentId = task.parentId();
    row.title = task.title();
    row.leadOrgIds = new ArrayList<>(orEmpty(task.leadOrgIds()));
    row.cooperatingOrgIds = new ArrayList<>(orEmpty(task.cooperatingOrgIds()));
    row.deadlineText = task.deadlineText();
    row.status = task.status();
    row.progressPercent = task.progressPercent();
    row.version = event.version();
    row.updatedAt = Instant.now();
    tasks.persist(row);
    return true;
  }

  /**
   * plantrack.indicators: the indicator and every fact indicator-contract's evaluation rule reads
   * (each revision of each value, each judgement, with its day), whatever order they arrive in.
   * Today's evaluation that indicator-service announces is not kept: reports evaluate their own
   * date.
   */
  public boolean applyIndicator(InboundEvent event) {
    measurements.position(IndicatorEvents.TOPIC, event.time());
    if (IndicatorEvents.EVALUATION_CHANGED.equals(event.type())) {
      return false;
    }
    if (IndicatorEvents.MEASUREMENT_RECORDED.equals(event.type())) {
      IndicatorEvents.MeasurementRecorded recorded =
          data.decode(event, IndicatorEvents.MeasurementRecorded.class, "id", "period", "value");
      MeasurementView.Key key =
          new MeasurementView.Key(recorded.id(), recorded.period(), recorded.revision());
      if (measurements.findById(key) != null) {
        return false;
      }
      EvaluationRule.Value value = read(recorded);
      MeasurementView m = new MeasurementView();
      m.indicatorId = recorded.id();
      m.period = recorded.period();
      m.revision = recorded.revision();
      m.periodEnd = value.period().end();
      m.value = String.valueOf(recorded.value());
      m.numberValue = value.number();
      m.booleanValue = value.flag();
      m.recordedOn = recorded.recordedOn();
      m.version = event.version();
      measurements.persist(m);
      return true;
    }
    if (IndicatorEvents.JUDGED.equals(event.type())) {
      IndicatorEvents.Judged judged = data.decode(event, IndicatorEvents.Judged.class, "id");
      try {
        judged.asJudgement();
      } catch (RuntimeException e) {
        throw new InboundEvent.PoisonEventException("data.result: " + judged.result());
      }
      return indicators.addJudgement(judged, event.version());
    }
    IndicatorEvents.IndicatorChanged changed =
        data.decode(
            event,
            IndicatorEvents.IndicatorChanged.class,
            "id",
            "province",
            "planId",
            "code",
            "name");
    IndicatorView row = indicators.findById(changed.id());
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new IndicatorView();
      row.id = changed.id();
    }
    row.province = changed.province();
    row.planId = changed.planId();
    row.code = changed.code();
    row.parentId = changed.parentId();
    row.name = changed.name();
    row.unit = changed.unit();
    row.leadOrgIds = new ArrayList<>(orEmpty(changed.leadOrgIds()));
    row.monitoringOrgIds = new ArrayList<>(orEmpty(changed.monitoringOrgIds()));
    for (IndicatorEvents.TargetData t : orEmpty(changed.targets())) {
      try {
        t.reading();
      } catch (RuntimeException e) {
        throw new InboundEvent.PoisonEventException("data.targets: kind " + t.kind());
      }
    }
    if (changed.direction() != null) {
      try {
        Direction.valueOf(changed.direction());
      } catch (IllegalArgumentException e) {
        throw new InboundEvent.PoisonEventException("data.direction: " + changed.direction());
      }
    }
    row.targets = new ArrayList<>(orEmpty(changed.targets()));
    row.direction = changed.direction();
    row.baselineValue = changed.baselineValue();
    row.baselineYear = changed.baselineYear();
    row.createdOn = changed.createdOn();
    row.version = event.version();
    row.updatedAt = Instant.now();
    indicators.persist(row);
    return true;
  }

  /** A value as the rule reads it; poison when its period is not one indicator-service writes. */
  private static EvaluationRule.Value read(IndicatorEvents.MeasurementRecorded recorded) {
    try {
      return recorded.asValue();
    } catch (RuntimeException e) {
      throw new InboundEvent.PoisonEventException("data.period: " + recorded.period());
    }
  }

  /** Returns true when the event changed the read model. */
  public boolean applyOrganization(InboundEvent event) {
    OrganizationEvents.OrganizationChanged org =
        data.decode(
            event,
            OrganizationEvents.OrganizationChanged.class,
            "id",
            "code",
            "province",
            "name",
            "type");
    UUID id = org.id();
    OrganizationView row = organizations.findById(id);
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new OrganizationView();
      row.id = id;
    }
    row.code = org.code();
    row.province = org.province();
    row.name = org.name();
    row.shortName = org.shortName();
    row.type = org.type();
    row.parentId = org.parentId();
    row.validFrom = org.validFrom();
    row.validTo = org.validTo();
    row.version = event.version();
    row.updatedAt = Instant.now();
    organizations.persist(row);
    return true;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
