package vn.plantrack.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.PlanEvents;
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
  private final ObjectMapper mapper;

  public ReadModelService(
      OrganizationViewRepository organizations,
      PlanViewRepository plans,
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      MeasurementViewRepository measurements,
      ReportCommands reports,
      ObjectMapper mapper) {
    this.organizations = organizations;
    this.plans = plans;
    this.tasks = tasks;
    this.indicators = indicators;
    this.measurements = measurements;
    this.reports = reports;
    this.mapper = mapper;
  }

  /** plantrack.organizations; a merger or split also passes pending reports to the successor. */
  public boolean applyOrganizationEvent(InboundEvent event) {
    measurements.position(OrganizationEvents.TOPIC, event.time());
    if (event.type().endsWith(".merged.v1") || event.type().endsWith(".split.v1")) {
      JsonNode successors = event.data().path("successorIds");
      if (!successors.isArray() || successors.isEmpty()) {
        throw new InboundEvent.PoisonEventException("data.successorIds missing");
      }
      UUID id = UUID.fromString(text(event.data(), "id"));
      OrganizationView row = organizations.findById(id);
      if (row != null && row.version < event.version()) {
        row.validTo = date(event.data(), "effectiveOn").minusDays(1);
        row.version = event.version();
      }
      reports.passPendingReports(id, UUID.fromString(successors.get(0).asText()));
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
    PlanEvents.PlanChanged plan = event.data(mapper, PlanEvents.PlanChanged.class);
    PlanView row = plans.findById(plan.id());
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new PlanView();
      row.id = plan.id();
    }
    row.province = required(plan.province(), "province");
    row.number = required(plan.number(), "number");
    row.title = plan.title();
    row.issuerOrgId = plan.issuerOrgId();
    row.issuedOn = plan.issuedOn();
    row.status = required(plan.status(), "status");
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
      TaskEvents.TaskReassigned moved = event.data(mapper, TaskEvents.TaskReassigned.class);
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
    TaskEvents.TaskChanged task = event.data(mapper, TaskEvents.TaskChanged.class);
    if (task.timeline() == null || task.planId() == null) {
      throw new InboundEvent.PoisonEventException("data.timeline and data.planId are required");
    }
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
    row.province = required(task.province(), "province");
    row.planId = task.planId();
    row.sectionCode = task.sectionCode();
    row.code = required(task.code(), "code");
    row.parentId = task.parentId();
    row.title = required(task.title(), "title");
    row.leadOrgIds = new ArrayList<>(orEmpty(task.leadOrgIds()));
    row.cooperatingOrgIds = new ArrayList<>(orEmpty(task.cooperatingOrgIds()));
    row.deadlineText = task.deadlineText();
    row.status = required(task.status(), "status");
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
          event.data(mapper, IndicatorEvents.MeasurementRecorded.class);
      if (recorded.id() == null || recorded.period() == null || recorded.value() == null) {
        throw new InboundEvent.PoisonEventException("data.id, period and value are required");
      }
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
      m.value = event.data().path("value").asText();
      m.numberValue = value.number();
      m.booleanValue = value.flag();
      m.recordedOn = recorded.recordedOn();
      m.version = event.version();
      measurements.persist(m);
      return true;
    }
    if (IndicatorEvents.JUDGED.equals(event.type())) {
      IndicatorEvents.Judged judged = event.data(mapper, IndicatorEvents.Judged.class);
      if (judged.id() == null) {
        throw new InboundEvent.PoisonEventException("data.id is required");
      }
      try {
        judged.asJudgement();
      } catch (RuntimeException e) {
        throw new InboundEvent.PoisonEventException("data.result: " + judged.result());
      }
      return indicators.addJudgement(judged, event.version());
    }
    IndicatorEvents.IndicatorChanged changed =
        event.data(mapper, IndicatorEvents.IndicatorChanged.class);
    if (changed.id() == null) {
      throw new InboundEvent.PoisonEventException("data.id is required");
    }
    IndicatorView row = indicators.findById(changed.id());
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new IndicatorView();
      row.id = changed.id();
    }
    row.province = required(changed.province(), "province");
    if (changed.planId() == null) {
      throw new InboundEvent.PoisonEventException("data.planId is required");
    }
    row.planId = changed.planId();
    row.code = required(changed.code(), "code");
    row.parentId = changed.parentId();
    row.name = required(changed.name(), "name");
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
    JsonNode data = event.data();
    UUID id = UUID.fromString(text(data, "id"));
    OrganizationView row = organizations.findById(id);
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new OrganizationView();
      row.id = id;
    }
    row.code = text(data, "code");
    row.province = text(data, "province");
    row.name = text(data, "name");
    row.shortName = data.path("shortName").isTextual() ? data.get("shortName").asText() : null;
    row.type = text(data, "type");
    row.parentId =
        data.path("parentId").isTextual() ? UUID.fromString(data.get("parentId").asText()) : null;
    row.validFrom = date(data, "validFrom");
    row.validTo = date(data, "validTo");
    row.version = event.version();
    row.updatedAt = Instant.now();
    organizations.persist(row);
    return true;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InboundEvent.PoisonEventException("data." + field + " missing");
    }
    return value;
  }

  private static String text(JsonNode data, String field) {
    return InboundEvent.text(data, field);
  }

  private static LocalDate date(JsonNode data, String field) {
    return data.path(field).isTextual() ? LocalDate.parse(data.get(field).asText()) : null;
  }
}
