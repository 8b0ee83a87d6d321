package vn.plantrack.task.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.TaskVersion;

/**
 * What a task looks like outside task-service: its event records on {@code plantrack.tasks} and its
 * audit snapshot (the fields its history compares). One place, so an event and the history never
 * disagree on what a task is.
 */
final class TaskEventMapping {
  private TaskEventMapping() {}

  /**
   * The task as it is after a change, with {@code timeline}, what the timeliness rule reads of this
   * version; {@code completedYears} is read only for a recurring task (the years it was done).
   */
  static TaskEvents.TaskChanged changed(
      Task t,
      TaskStatus previous,
      String note,
      UUID noteOrgId,
      TaskVersion timeline,
      Supplier<Map<Integer, LocalDate>> completedYears) {
    return new TaskEvents.TaskChanged(
        t.id,
        t.province,
        t.planId,
        t.sectionCode,
        t.code,
        t.parentId,
        t.title,
        List.copyOf(t.leadOrgIds),
        List.copyOf(t.cooperatingOrgIds),
        t.deadlineText,
        t.deadlineKind.name(),
        t.dueDate,
        t.status.name(),
        previous == null ? null : previous.name(),
        t.progressPercent,
        t.completedOn,
        t.deadlineKind == DeadlineKind.RECURRING ? new TreeMap<>(completedYears.get()) : Map.of(),
        t.implementsTaskId,
        note,
        t.version,
        timeline,
        noteOrgId);
  }

  /**
   * A due-soon ({@code daysLeft} days) or overdue ({@code daysLeft} null) reminder, addressed to
   * {@code answering}: the leads, or when a collective leads, the members whose part is not done.
   */
  static TaskEvents.TaskReminder reminder(Task task, Integer daysLeft, List<UUID> answering) {
    return new TaskEvents.TaskReminder(
        task.id,
        task.province,
        task.planId,
        task.code,
        task.title,
        List.copyOf(answering),
        task.dueDate,
        daysLeft,
        task.version);
  }

  /** Open work moved from one organization to its successor. */
  static TaskEvents.TaskReassigned reassigned(
      Task task, UUID from, UUID to, LocalDate effectiveOn) {
    return new TaskEvents.TaskReassigned(
        task.id,
        task.province,
        task.code,
        from,
        to,
        effectiveOn,
        List.copyOf(task.leadOrgIds),
        List.copyOf(task.cooperatingOrgIds),
        task.version);
  }

  /** The fields a task's history compares, before and after a change. */
  static Map<String, Object> snapshot(Task t) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("sectionCode", t.sectionCode);
    fields.put("code", t.code);
    fields.put("parentId", t.parentId);
    fields.put("title", t.title);
    fields.put("description", t.description);
    fields.put("leadOrgIds", List.copyOf(t.leadOrgIds));
    fields.put("cooperatingOrgIds", List.copyOf(t.cooperatingOrgIds));
    fields.put("expectedOutput", t.expectedOutput);
    fields.put("expectedOutputType", t.expectedOutputType);
    fields.put("deadlineText", t.deadlineText);
    fields.put("dueDate", t.dueDate);
    fields.put("conditionMetOn", t.conditionMetOn);
    fields.put("status", t.status);
    fields.put("progressPercent", t.progressPercent);
    fields.put("completedOn", t.completedOn);
    fields.put("evidenceNumber", t.evidenceNumber);
    fields.put("evidenceLink", t.evidenceLink);
    fields.put("implementsTaskId", t.implementsTaskId);
    return fields;
  }

  /** The agencies of a task, as a reassignment's history shows them. */
  static Map<String, Object> assignment(List<UUID> leadOrgIds, List<UUID> cooperatingOrgIds) {
    return Map.of(
        "leadOrgIds", List.copyOf(leadOrgIds), "cooperatingOrgIds", List.copyOf(cooperatingOrgIds));
  }
}
