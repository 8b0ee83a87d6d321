package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of what the timeliness rule reads of a task, as task-service publishes it with every
 * change ({@link TaskEvents.TaskChanged#timeline()}), and the day it takes effect. A reader keeps
 * every version and asks {@link TaskHistory} what stood on a date, so a later cancellation,
 * reopening or deadline change never rewrites the answer for the days before it.
 *
 * @param version the task's version after the change (strictly increasing per task)
 * @param effectiveOn the day the change takes effect: null for the task as the plan created it (it
 *     stood from the start); the completion date for a completion; the day of the decision for
 *     anything else (a status change, a cancellation or reopening, a deadline change or extension)
 * @param facts the task's own facts (for a task a collective leads, the deadline it shares)
 * @param progressPercent the percent its lead reported
 * @param parts for a task a collective leads: each member agency's own part, every member listed (a
 *     member that has not reported is NOT_STARTED); empty otherwise
 * @param extensions how many deadline extensions had been approved by then
 */
public record TaskVersion(
    long version,
    LocalDate effectiveOn,
    TaskFacts facts,
    int progressPercent,
    List<Part> parts,
    int extensions) {

  public TaskVersion {
    Objects.requireNonNull(facts, "facts");
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /**
   * A member agency's own part of a task a collective leads ("Các sở, ngành, đơn vị, địa phương"):
   * it reports its own progress against the task's deadline.
   */
  public record Part(
      UUID orgId,
      TaskStatus status,
      int progressPercent,
      LocalDate completedOn,
      Map<Integer, LocalDate> completedByYear) {
    public Part {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(status, "status");
      completedByYear = completedByYear == null ? Map.of() : Map.copyOf(completedByYear);
    }

    /** A member that has not reported yet. */
    public static Part notStarted(UUID orgId) {
      return new Part(orgId, TaskStatus.NOT_STARTED, 0, null, Map.of());
    }

    /** The part judged like a task of its own: the task's deadline, the part's progress. */
    public TaskFacts facts(TaskFacts task) {
      boolean recurring = task.deadline().kind() == DeadlineKind.RECURRING;
      return new TaskFacts(
          status,
          task.deadline(),
          completedOn,
          task.conditionMetOn(),
          task.assignedDueDate(),
          task.firstYear(),
          recurring ? completedByYear : Map.of());
    }
  }

  /** The part of {@code orgId}, if it is a member. */
  public java.util.Optional<Part> part(UUID orgId) {
    return parts.stream().filter(p -> p.orgId().equals(orgId)).findFirst();
  }
}
