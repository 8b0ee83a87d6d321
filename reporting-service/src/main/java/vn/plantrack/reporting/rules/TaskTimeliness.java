package vn.plantrack.reporting.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task's timeliness class as of a date, from what task-service's events say of it: status,
 * deadline kind and due date, completion date, and for a recurring task the years it was done. The
 * same reading task-service's own summary makes (its {@code TimelinessRule} and {@code
 * ParentRollup}), re-stated here because reporting builds on events only and shares no code:
 *
 * <ul>
 *   <li>cancelled: no class; an unreadable deadline without a due date: no class;
 *   <li>completed on or before the date: on time when by the due date (or none), else late;
 *   <li>"Thường xuyên" (ONGOING): ongoing; a condition not met yet (CONDITIONAL without a due
 *       date): awaiting the condition;
 *   <li>recurring: the year of the date counts, due on the first due date's day in that year; done
 *       when that year's occurrence was completed by the date;
 *   <li>otherwise overdue after the due date, else in progress within the deadline.
 * </ul>
 *
 * A parent task is judged by its sub-tasks: overdue if any is; none if any has none; else the first
 * of within the deadline, awaiting, ongoing that any has; else late if any was late, else on time.
 */
public final class TaskTimeliness {
  private TaskTimeliness() {}

  /** What the events say of one task. */
  public record Facts(
      String status,
      String kind,
      LocalDate dueDate,
      LocalDate completedOn,
      Map<Integer, LocalDate> completedYears) {}

  public static Optional<Timeliness> classify(Facts task, LocalDate asOf) {
    if ("CANCELLED".equals(task.status())) {
      return Optional.empty();
    }
    if ("RECURRING".equals(task.kind())) {
      return recurring(task, asOf);
    }
    boolean completed =
        "COMPLETED".equals(task.status())
            && task.completedOn() != null
            && !task.completedOn().isAfter(asOf);
    if (completed) {
      return Optional.of(
          task.dueDate() == null || !task.completedOn().isAfter(task.dueDate())
              ? Timeliness.COMPLETED_ON_TIME
              : Timeliness.COMPLETED_LATE);
    }
    if ("ONGOING".equals(task.kind())) {
      return Optional.of(Timeliness.ONGOING);
    }
    if (task.dueDate() == null) {
      return "CONDITIONAL".equals(task.kind())
          ? Optional.of(Timeliness.AWAITING_CONDITION)
          : Optional.empty();
    }
    return Optional.of(
        task.dueDate().isBefore(asOf)
            ? Timeliness.OVERDUE
            : Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
  }

  private static Optional<Timeliness> recurring(Facts task, LocalDate asOf) {
    int year = asOf.getYear();
    LocalDate first = task.dueDate();
    if (first == null || year < first.getYear()) {
      return Optional.of(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    }
    LocalDate due = year == first.getYear() ? first : safeWithYear(first, year);
    LocalDate done = task.completedYears() == null ? null : task.completedYears().get(year);
    if (done != null && !done.isAfter(asOf)) {
      return Optional.of(
          done.isAfter(due) ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME);
    }
    return Optional.of(
        due.isBefore(asOf) ? Timeliness.OVERDUE : Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
  }

  private static LocalDate safeWithYear(LocalDate date, int year) {
    return date.withDayOfMonth(1).withYear(year).plusDays(date.getDayOfMonth() - 1L);
  }

  /** A parent task's class from its sub-tasks' classes (empty entries: no class). */
  public static Optional<Timeliness> rollUp(List<Optional<Timeliness>> subTasks) {
    List<Optional<Timeliness>> counted = subTasks;
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    if (counted.stream().anyMatch(t -> t.orElse(null) == Timeliness.OVERDUE)) {
      return Optional.of(Timeliness.OVERDUE);
    }
    if (counted.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    for (Timeliness open :
        List.of(
            Timeliness.IN_PROGRESS_WITHIN_DEADLINE,
            Timeliness.AWAITING_CONDITION,
            Timeliness.ONGOING)) {
      if (counted.stream().anyMatch(t -> t.get() == open)) {
        return Optional.of(open);
      }
    }
    return Optional.of(
        counted.stream().anyMatch(t -> t.get() == Timeliness.COMPLETED_LATE)
            ? Timeliness.COMPLETED_LATE
            : Timeliness.COMPLETED_ON_TIME);
  }
}
