package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link TimelinessRule} needs to know of a task, as it stood on the date being judged. For a
 * past period the service passes the status from the task's history; dates after that day are
 * ignored by the rule anyway.
 *
 * @param status the workflow status
 * @param deadline the reading of the task's deadline
 * @param completedOn the day the task was completed; a COMPLETED task without one cannot be judged
 *     (for a RECURRING task it closes the series)
 * @param conditionMetOn CONDITIONAL: the day the condition was met (the guidance was issued)
 * @param assignedDueDate a due date a person set where the reading has none or could not be read: a
 *     CONDITIONAL task's once its condition is met, an UNRECOGNIZED or open-ended reading once
 *     reviewed; it wins over the reading's own due date
 * @param firstYear RECURRING without a "from" year ("Hằng năm"): the first year it is due, usually
 *     the plan's year; without it only the year being judged counts
 * @param completedByYear RECURRING: the day each year's occurrence was completed
 */
public record TaskFacts(
    TaskStatus status,
    Deadline deadline,
    LocalDate completedOn,
    LocalDate conditionMetOn,
    LocalDate assignedDueDate,
    Integer firstYear,
    Map<Integer, LocalDate> completedByYear) {

  public TaskFacts {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(deadline, "deadline");
    completedByYear = completedByYear == null ? Map.of() : Map.copyOf(completedByYear);
    boolean recurring = deadline.kind() == DeadlineKind.RECURRING;
    if (recurring && assignedDueDate != null) {
      throw new IllegalArgumentException("a recurring task is due every year, not on one date");
    }
    if (!recurring && !completedByYear.isEmpty()) {
      throw new IllegalArgumentException("only a recurring task is completed year by year");
    }
  }

  public static TaskFacts of(TaskStatus status, Deadline deadline) {
    return of(status, deadline, null);
  }

  public static TaskFacts of(TaskStatus status, Deadline deadline, LocalDate completedOn) {
    return new TaskFacts(status, deadline, completedOn, null, null, null, Map.of());
  }

  public TaskFacts withCompletedOn(LocalDate date) {
    return new TaskFacts(
        status, deadline, date, conditionMetOn, assignedDueDate, firstYear, completedByYear);
  }

  /** The condition was met on {@code metOn} and a coordinator set {@code dueDate} (may be null). */
  public TaskFacts withConditionMet(LocalDate metOn, LocalDate dueDate) {
    return new TaskFacts(status, deadline, completedOn, metOn, dueDate, firstYear, completedByYear);
  }

  public TaskFacts withAssignedDueDate(LocalDate dueDate) {
    return new TaskFacts(
        status, deadline, completedOn, conditionMetOn, dueDate, firstYear, completedByYear);
  }

  public TaskFacts withFirstYear(Integer year) {
    return new TaskFacts(
        status, deadline, completedOn, conditionMetOn, assignedDueDate, year, completedByYear);
  }

  public TaskFacts withYearCompleted(int year, LocalDate date) {
    Map<Integer, LocalDate> years = new HashMap<>(completedByYear);
    years.put(year, date);
    return new TaskFacts(
        status, deadline, completedOn, conditionMetOn, assignedDueDate, firstYear, years);
  }
}
