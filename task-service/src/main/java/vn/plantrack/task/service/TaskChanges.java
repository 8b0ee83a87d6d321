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
import vn.plantrack.task.event.TaskEvents;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.rules.TaskStatus;

/**
 * Records what happened to a task, in the transaction that did it: the entry of its history (audit
 * trail) and the events on {@code plantrack.tasks} (outbox). Every task event leaves through {@link
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

  public TaskChanges(TaskRepository tasks, AuditTrail audit, Outbox outbox) {
    this.tasks = tasks;
    this.audit = audit;
    this.outbox = outbox;
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
    publish(TaskEvents.CREATED, task, changed(task, null, null));
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
      publish(TaskEvents.UPDATED, task, changed(task, null, null));
    }
  }

  /** A lead agency's (or coordinator's) report; a status it moved is announced too. */
  public void progressReported(Task task, Before before, String note, String reason) {
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
    publish(TaskEvents.PROGRESS_REPORTED, task, changed(task, null, note));
    if (before.status() != task.status) {
      publish(TaskEvents.STATUS_CHANGED, task, changed(task, before.status(), reason));
    }
  }

  /** A cooperating agency's contribution note: the task itself is unchanged. */
  public void contributed(Task task, String note) {
    audit.recordAction(AUDIT_TYPE, task.id, task.province, task.version, "CONTRIBUTION", note);
    publish(TaskEvents.PROGRESS_REPORTED, task, changed(task, null, note));
  }

  public void conditionMet(Task task, Before before, String document) {
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "CONDITION_MET",
        before.fields(),
        TaskEventMapping.snapshot(task));
    publish(TaskEvents.UPDATED, task, changed(task, null, "condition met: " + document));
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
   * A deadline reminder ({@code type} due-soon with {@code daysLeft}, or overdue); not in the
   * history.
   */
  public void reminded(Task task, String type, Integer daysLeft) {
    publish(type, task, TaskEventMapping.reminder(task, daysLeft));
  }

  private TaskEvents.TaskChanged changed(Task task, TaskStatus previous, String note) {
    return TaskEventMapping.changed(task, previous, note, () -> tasks.yearCompletions(task.id));
  }

  /** The one way a task event is published: keyed by the task, in the change's transaction. */
  private void publish(String type, Task task, Object event) {
    outbox.publish(TaskEvents.TOPIC, type, task.id, task.province, task.version, event);
  }
}
