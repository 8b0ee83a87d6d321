package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What stood on a date, from a task's versions (DOMAIN.md: "judging an earlier date uses the
 * deadline that stood then"). A task's facts fall in independent strands: its status (status,
 * completion date, percent), its deadline (reading, condition met, assigned due date, extensions),
 * and each member's part. The versions are taken in the order they were recorded; a version counts
 * for the date when it took effect on or before it, and then each strand it changed takes that
 * version's value. So:
 *
 * <ul>
 *   <li>a deadline moved on 1 March leaves every earlier date judged against the old deadline;
 *   <li>a task cancelled or reopened on a day is still counted, or still completed, before it;
 *   <li>a completion reported late but dated earlier ("hoàn thành ngày 10/6", reported 20/6) counts
 *       from its date, even over a progress report recorded in between;
 *   <li>the task as the plan created it stands from the start.
 * </ul>
 *
 * Year completions of a recurring task carry their own dates and the rule reads them as of the
 * date, so the latest version's are used.
 */
public final class TaskHistory {
  private TaskHistory() {}

  /** The version in effect at the end of {@code day}; {@code versions} in any order, not empty. */
  public static TaskVersion asOf(List<TaskVersion> versions, LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (versions == null || versions.isEmpty()) {
      throw new IllegalArgumentException("a task has at least one version");
    }
    List<TaskVersion> ordered = new ArrayList<>(versions);
    ordered.sort(Comparator.comparingLong(TaskVersion::version));
    TaskVersion first = ordered.get(0);
    TaskVersion last = ordered.get(ordered.size() - 1);
    TaskVersion status = first;
    TaskVersion deadline = first;
    TaskVersion membership = first;
    Map<UUID, TaskVersion.Part> parts = new LinkedHashMap<>();
    first.parts().forEach(p -> parts.put(p.orgId(), p));
    for (int i = 1; i < ordered.size(); i++) {
      TaskVersion previous = ordered.get(i - 1);
      TaskVersion v = ordered.get(i);
      if (v.effectiveOn() != null && v.effectiveOn().isAfter(day)) {
        continue;
      }
      if (!statusOf(v).equals(statusOf(previous))) {
        status = v;
      }
      if (!deadlineOf(v).equals(deadlineOf(previous))) {
        deadline = v;
      }
      if (!memberIds(v).equals(memberIds(previous))) {
        membership = v;
      }
      for (TaskVersion.Part part : v.parts()) {
        if (!previous
            .part(part.orgId())
            .map(TaskHistory::partStatus)
            .equals(java.util.Optional.of(partStatus(part)))) {
          parts.put(part.orgId(), part);
        }
      }
    }
    TaskFacts facts = combine(status.facts(), deadline.facts(), last.facts());
    boolean recurring = facts.deadline().kind() == DeadlineKind.RECURRING;
    List<TaskVersion.Part> memberParts = new ArrayList<>();
    for (UUID member : memberIds(membership)) {
      TaskVersion.Part part = parts.getOrDefault(member, TaskVersion.Part.notStarted(member));
      Map<Integer, LocalDate> years =
          recurring
              ? last.part(member).map(TaskVersion.Part::completedByYear).orElse(Map.of())
              : Map.of();
      memberParts.add(
          new TaskVersion.Part(
              member, part.status(), part.progressPercent(), part.completedOn(), years));
    }
    return new TaskVersion(
        last.version(), day, facts, status.progressPercent(), memberParts, deadline.extensions());
  }

  private static TaskFacts combine(TaskFacts status, TaskFacts deadline, TaskFacts latest) {
    boolean recurring = deadline.deadline().kind() == DeadlineKind.RECURRING;
    return new TaskFacts(
        status.status(),
        deadline.deadline(),
        status.completedOn(),
        deadline.conditionMetOn(),
        recurring ? null : deadline.assignedDueDate(),
        latest.firstYear(),
        recurring ? latest.completedByYear() : Map.of());
  }

  private static List<Object> statusOf(TaskVersion v) {
    return java.util.Arrays.asList(
        v.facts().status(), v.facts().completedOn(), v.progressPercent());
  }

  private static List<Object> deadlineOf(TaskVersion v) {
    return java.util.Arrays.asList(
        v.facts().deadline(),
        v.facts().conditionMetOn(),
        v.facts().assignedDueDate(),
        v.extensions());
  }

  private static List<UUID> memberIds(TaskVersion v) {
    return v.parts().stream().map(TaskVersion.Part::orgId).toList();
  }

  private static List<Object> partStatus(TaskVersion.Part p) {
    return java.util.Arrays.asList(p.status(), p.progressPercent(), p.completedOn());
  }
}
