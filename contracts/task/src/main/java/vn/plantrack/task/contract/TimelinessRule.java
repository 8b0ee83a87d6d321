package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies a task as the Government Office's tracking rules count it (QĐ 42/2014/QĐ-TTg, amended
 * by QĐ 23/2018/QĐ-TTg), as of a date, so a report for a past period comes out the same when it is
 * produced again later.
 *
 * <ul>
 *   <li>A task counts as completed as of the date only if it was completed on or before it; a later
 *       completion is not seen. Completed on or before the due date is on time, after it late; not
 *       completed is within the deadline up to and including the due date, overdue from the day
 *       after. NOT_STARTED and PAUSED count as not completed: pausing does not stop the clock, a
 *       new deadline has to be agreed (assigned) instead.
 *   <li>CANCELLED has no class: a cancelled task is not counted.
 *   <li>ONGOING ("Thường xuyên") is never overdue: ONGOING, or completed on time if it was closed.
 *   <li>CONDITIONAL is AWAITING_CONDITION until its condition is met; then it is judged against the
 *       due date the coordinator set (within the deadline while none is set). Completed before the
 *       condition was met is on time.
 *   <li>RECURRING is judged per year against each year's due date (31 December, or the first year's
 *       own date). The class as of a date is that of the date's year, except that an earlier year
 *       never completed makes the task OVERDUE: a missed year stays visible until it is done. A
 *       COMPLETED status closes the series: later years are not due, and if the closing year has no
 *       completion of its own the closing date counts for it.
 *   <li>UNRECOGNIZED without a due date set by a person has no class. Calling it "within the
 *       deadline" would certify a deadline nobody has read, and "overdue" would blame the unit for
 *       a typo in the plan; an auditor accepts neither, so it is counted apart as a deadline to fix
 *       (the reading's {@code needsReview}) until a person assigns the due date.
 * </ul>
 */
public final class TimelinessRule {
  private TimelinessRule() {}

  /**
   * The class of {@code task} as of the end of {@code asOf}; empty when it has none.
   *
   * @throws IllegalArgumentException when the task is COMPLETED without a completion date
   */
  public static Optional<Timeliness> classify(TaskFacts task, LocalDate asOf) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(asOf, "asOf");
    if (task.status() == TaskStatus.CANCELLED) {
      return Optional.empty();
    }
    LocalDate done = completedAsOf(task, asOf);
    Deadline deadline = task.deadline();
    switch (deadline.kind()) {
      case RECURRING:
        return Optional.of(recurring(task, done, asOf));
      case CONDITIONAL:
        if (task.conditionMetOn() == null || task.conditionMetOn().isAfter(asOf)) {
          return Optional.of(
              done != null ? Timeliness.COMPLETED_ON_TIME : Timeliness.AWAITING_CONDITION);
        }
        return Optional.of(dated(done, task.assignedDueDate(), asOf));
      default:
        LocalDate due =
            task.assignedDueDate() != null ? task.assignedDueDate() : deadline.dueDate();
        if (due != null) {
          return Optional.of(dated(done, due, asOf));
        }
        if (deadline.kind() == DeadlineKind.ONGOING) {
          return Optional.of(done != null ? Timeliness.COMPLETED_ON_TIME : Timeliness.ONGOING);
        }
        return Optional.empty();
    }
  }

  /**
   * The class of one year's occurrence of a RECURRING task as of {@code asOf}; empty when it was
   * not due that year (before its first year, after the series was closed) or the task is
   * cancelled.
   */
  public static Optional<Timeliness> classifyYear(TaskFacts task, int year, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (task.deadline().kind() != DeadlineKind.RECURRING) {
      throw new IllegalArgumentException("only a recurring task is judged year by year");
    }
    Integer first = firstYear(task);
    LocalDate closed = completedAsOf(task, asOf);
    if (task.status() == TaskStatus.CANCELLED
        || (first != null && year < first)
        || (closed != null && year > closed.getYear())) {
      return Optional.empty();
    }
    LocalDate due = task.deadline().dueDateInYear(year).orElseThrow();
    LocalDate done = yearCompletedAsOf(task, year, asOf);
    if (done == null && closed != null && year == closed.getYear()) {
      done = closed;
    }
    return Optional.of(dated(done, due, asOf));
  }

  private static Timeliness recurring(TaskFacts task, LocalDate closed, LocalDate asOf) {
    Integer declaredFirst = firstYear(task);
    int last = closed == null ? asOf.getYear() : Math.min(asOf.getYear(), closed.getYear());
    int first = declaredFirst == null ? last : declaredFirst;
    if (last < first) {
      return closed != null ? Timeliness.COMPLETED_ON_TIME : Timeliness.IN_PROGRESS_WITHIN_DEADLINE;
    }
    for (int year = first; year < last; year++) {
      if (yearCompletedAsOf(task, year, asOf) == null) {
        return Timeliness.OVERDUE;
      }
    }
    return classifyYear(task, last, asOf).orElseThrow();
  }

  private static Timeliness dated(LocalDate done, LocalDate due, LocalDate asOf) {
    if (done != null) {
      return due == null || !done.isAfter(due)
          ? Timeliness.COMPLETED_ON_TIME
          : Timeliness.COMPLETED_LATE;
    }
    return due == null || !asOf.isAfter(due)
        ? Timeliness.IN_PROGRESS_WITHIN_DEADLINE
        : Timeliness.OVERDUE;
  }

  private static Integer firstYear(TaskFacts task) {
    return task.deadline().fromYear() != null ? task.deadline().fromYear() : task.firstYear();
  }

  private static LocalDate completedAsOf(TaskFacts task, LocalDate asOf) {
    if (task.status() != TaskStatus.COMPLETED) {
      return null;
    }
    LocalDate done = task.completedOn();
    if (done == null) {
      throw new IllegalArgumentException("a completed task needs its completion date");
    }
    return done.isAfter(asOf) ? null : done;
  }

  private static LocalDate yearCompletedAsOf(TaskFacts task, int year, LocalDate asOf) {
    LocalDate done = task.completedByYear().get(year);
    return done != null && !done.isAfter(asOf) ? done : null;
  }
}
