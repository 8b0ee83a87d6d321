package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.TaskVersion;
import vn.plantrack.task.repository.TaskHistoryRepository;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Records what happened to a task, in the transaction that did it: the entry of its history (audit
 * trail), the version of what the timeliness rule reads (task_version), and one event on {@code
 * plantrack.tasks} (outbox) carrying that version. Every task event leaves through {@link
 * #publish}; what the events and the history carry is {@link TaskEventMapping}'s.
 *
 * <p>A method recording a changed task flushes first, so the version recorded and published is the
 * one the change wrote.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TaskChanges {
  static final String AUDIT_TYPE = "task";

  private final TaskRepository tasks;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final TaskJudging judging;
  private final TaskHistoryRepository history;

  public TaskChanges(
      TaskRepository tasks,
      AuditTrail audit,
      Outbox outbox,
      TaskJudging judging,
      TaskHistoryRepository history) {
    this.tasks = tasks;
    this.audit = audit;
    this.outbox = outbox;
    this.judging = judging;
    this.history = history;
  }

  /** A task as it was before a change: the history's fields and the status. */
  public record Before(Map<String, Object> fields, TaskStatus status) {}

  /** Takes the task's state before a change, for the history to compare with. */
  public Before before(Task task) {
    return new Before(TaskEventMapping.snapshot(task), task.status);
  }

  public void created(Task task) {
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "CREATED",
        Map.of(),
        TaskEventMapping.snapshot(task));
    // The task as the plan created it stands from the start.
    announce(TaskEvents.CREATED, task, null, null, null, null);
  }

  /** An update that changes nothing is neither in the history nor announced. */
  public void updated(Task task, Before before) {
    tasks.flush();
    if (audit.recordChanges(
            AUDIT_TYPE,
            task.id,
            task.province,
            task.version,
            "UPDATED",
            before.fields(),
            TaskEventMapping.snapshot(task))
        > 0) {
      announce(TaskEvents.UPDATED, task, null, null, null, today());
    }
  }

  /**
   * A lead agency's (or coordinator's) report, or a member's report on its own part: one event,
   * status-changed when it moved the task's status, else progress-reported. It takes effect on its
   * completion date when it completes the task, else on the day it was made.
   */
  public void progressReported(
      Task task, Before before, String note, String reason, UUID orgId, LocalDate effectiveOn) {
    tasks.flush();
    // A report that changes neither status nor percent (a note) still shows in the history.
    audit.recordWrite(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "PROGRESS",
        before.fields(),
        TaskEventMapping.snapshot(task),
        note);
    boolean moved = before.status() != task.status;
    announce(
        moved ? TaskEvents.STATUS_CHANGED : TaskEvents.PROGRESS_REPORTED,
        task,
        moved ? before.status() : null,
        note != null ? note : moved ? reason : null,
        orgId,
        effectiveOn);
  }

  /** A cooperating agency's contribution note: a version of its own, so no reader drops it. */
  public void contributed(Task task, String note, UUID orgId) {
    tasks.flush();
    audit.recordAction(AUDIT_TYPE, task.id, task.province, task.version, "CONTRIBUTION", note);
    announce(TaskEvents.PROGRESS_REPORTED, task, null, note, orgId, today());
  }

  /** The condition was met on {@code metOn}: the due date the coordinator set applies from then. */
  public void conditionMet(Task task, Before before, String document, LocalDate metOn) {
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "CONDITION_MET",
        before.fields(),
        TaskEventMapping.snapshot(task));
    announce(TaskEvents.UPDATED, task, null, "condition met: " + document, null, metOn);
  }

  /** An agency asked for the deadline to move: in the history, no change to the task yet. */
  public void deadlineRequested(Task task, vn.plantrack.task.DeadlineChange change) {
    audit.recordAction(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "DEADLINE_CHANGE_REQUESTED",
        change.deadlineText + ": " + change.reason);
  }

  /** The coordinator refused a request: in the history, the deadline stays. */
  public void deadlineDecided(Task task, vn.plantrack.task.DeadlineChange change) {
    audit.recordAction(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "DEADLINE_CHANGE_" + change.status,
        change.deadlineText + (change.decisionNote == null ? "" : ": " + change.decisionNote));
  }

  /** An approved change of the deadline: applies from the day of the decision. */
  public void deadlineChanged(Task task, Before before, vn.plantrack.task.DeadlineChange change) {
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "DEADLINE_CHANGED",
        before.fields(),
        TaskEventMapping.snapshot(task));
    announce(
        TaskEvents.UPDATED,
        task,
        null,
        "deadline changed to " + change.deadlineText + ": " + change.reason,
        change.requestedByOrg,
        change.decidedOn);
  }

  /** Open work moved from {@code from} to its successor {@code to}. */
  public void reassigned(
      Task task,
      UUID from,
      UUID to,
      LocalDate effectiveOn,
      List<UUID> leadBefore,
      List<UUID> cooperatingBefore) {
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "REASSIGNED",
        TaskEventMapping.assignment(leadBefore, cooperatingBefore),
        TaskEventMapping.assignment(task.leadOrgIds, task.cooperatingOrgIds));
    publish(TaskEvents.REASSIGNED, task, TaskEventMapping.reassigned(task, from, to, effectiveOn));
  }

  /**
   * The members of a collective holding the task changed (plan-service's directory): the task is
   * announced again with today's parts, and its history says so.
   */
  public void membersChanged(Task task, java.util.Set<UUID> groups) {
    tasks.flush();
    audit.recordAction(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "MEMBERS_CHANGED",
        groups.stream()
            .map(UUID::toString)
            .sorted()
            .collect(java.util.stream.Collectors.joining(",")));
    announce(TaskEvents.UPDATED, task, null, null, null, today());
  }

  /**
   * A deadline reminder ({@code type} due-soon with {@code daysLeft}, or overdue); not in the
   * history.
   */
  public void reminded(Task task, String type, Integer daysLeft) {
    publish(type, task, TaskEventMapping.reminder(task, daysLeft, judging.answering(task)));
  }

  /**
   * Keeps the new version of what the timeliness rule reads (task_version) and publishes the task
   * with it: the same version, kept and sent, in the change's transaction.
   */
  private void announce(
      String type,
      Task task,
      TaskStatus previous,
      String note,
      UUID noteOrgId,
      LocalDate effectiveOn) {
    TaskVersion timeline = judging.recorded(task, effectiveOn);
    history.addVersion(task.id, timeline);
    publish(
        type,
        task,
        TaskEventMapping.changed(
            task, previous, note, noteOrgId, timeline, () -> tasks.yearCompletions(task.id)));
  }

  private static LocalDate today() {
    return LocalDate.now(TaskJudging.ZONE);
  }

  /** The one way a task event is published: keyed by the task, in the change's transaction. */
  private void publish(String type, Task task, Object event) {
    outbox.publish(TaskEvents.TOPIC, type, task.id, task.province, task.version, event);
  }
}
