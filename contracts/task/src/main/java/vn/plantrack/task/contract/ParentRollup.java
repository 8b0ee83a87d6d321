package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives a parent task's progress, status and timeliness from its sub-tasks ("38" from "38.1" …
 * "38.111"), as of a date; for deeper trees the service rolls up from the leaves. Cancelled
 * sub-tasks drop out of everything; the plans give no weights, so every other sub-task counts the
 * same.
 *
 * <ul>
 *   <li>Progress: the mean of the sub-tasks' percentages, a completed one counting 100, rounded
 *       down; below 100 while any sub-task is open, so "100%" always means done.
 *   <li>Status: COMPLETED when all are completed (on the latest completion date); else IN_PROGRESS
 *       when any is in progress; else PAUSED when any is paused; else IN_PROGRESS when some are
 *       completed and the rest not started; else NOT_STARTED. All cancelled: CANCELLED.
 *   <li>Timeliness: OVERDUE when any sub-task is overdue. Else none when any sub-task has none (an
 *       unreadable deadline), as {@link TimelinessRule} decides for a single task. Else the first
 *       of IN_PROGRESS_WITHIN_DEADLINE, AWAITING_CONDITION, ONGOING that any sub-task has: the
 *       parent is not done, and a running deadline matters more than a pending one. Else all are
 *       done (a recurring one for the year): COMPLETED_LATE if any was late, else
 *       COMPLETED_ON_TIME.
 * </ul>
 *
 * <p>A sub-task completed after the date counts as in progress, at most 99%.
 */
public final class ParentRollup {
  private static final List<Timeliness> OPEN_PRECEDENCE =
      List.of(
          Timeliness.IN_PROGRESS_WITHIN_DEADLINE,
          Timeliness.AWAITING_CONDITION,
          Timeliness.ONGOING);

  private ParentRollup() {}

  /** A sub-task as it stood on the date: its facts and the percent it had reported by then. */
  public record SubTask(TaskFacts facts, int progressPercent) {
    public SubTask {
      Objects.requireNonNull(facts, "facts");
      if (progressPercent < 0 || progressPercent > 100) {
        throw new IllegalArgumentException("progress is a percentage: " + progressPercent);
      }
    }
  }

  /** The parent's derived values; {@code completedOn} only when COMPLETED. */
  public record Result(
      int progressPercent,
      TaskStatus status,
      LocalDate completedOn,
      Optional<Timeliness> timeliness) {}

  public static Result rollUp(List<SubTask> subTasks, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (subTasks == null || subTasks.isEmpty()) {
      throw new IllegalArgumentException("a parent rolls up from at least one sub-task");
    }
    return rollUpJudged(
        subTasks.stream().map(s -> judge(s.facts(), s.progressPercent(), asOf)).toList());
  }

  /**
   * One task judged on its own as of the date: its status then (COMPLETED only if completed by
   * then), its percent (100 once completed), its completion date and its class.
   */
  public static Result judge(TaskFacts facts, int progressPercent, LocalDate asOf) {
    TaskStatus status = statusAsOf(facts, asOf);
    boolean completed = status == TaskStatus.COMPLETED;
    return new Result(
        completed ? 100 : progressPercent,
        status,
        completed ? facts.completedOn() : null,
        TimelinessRule.classify(facts, asOf));
  }

  /**
   * Rolls up parts already judged as of one date: a parent's sub-tasks, or the members' parts of a
   * task a collective leads (DOMAIN.md: done when the members' parts are, late while any part is
   * late). The rules are the ones above.
   */
  public static Result rollUpJudged(List<Result> parts) {
    if (parts == null || parts.isEmpty()) {
      throw new IllegalArgumentException("a roll-up needs at least one part");
    }
    List<TaskStatus> statuses = new ArrayList<>();
    List<Optional<Timeliness>> classes = new ArrayList<>();
    int percentSum = 0;
    LocalDate lastCompletion = null;
    for (Result part : parts) {
      if (part.status() == TaskStatus.CANCELLED) {
        continue;
      }
      statuses.add(part.status());
      classes.add(part.timeliness());
      if (part.status() == TaskStatus.COMPLETED) {
        percentSum += 100;
        if (lastCompletion == null || part.completedOn().isAfter(lastCompletion)) {
          lastCompletion = part.completedOn();
        }
      } else {
        percentSum += Math.min(part.progressPercent(), 99);
      }
    }
    if (statuses.isEmpty()) {
      return new Result(0, TaskStatus.CANCELLED, null, Optional.empty());
    }
    TaskStatus status = status(statuses);
    int progress = percentSum / statuses.size();
    return new Result(
        status == TaskStatus.COMPLETED ? 100 : Math.min(progress, 99),
        status,
        status == TaskStatus.COMPLETED ? lastCompletion : null,
        timeliness(classes));
  }

  private static TaskStatus statusAsOf(TaskFacts facts, LocalDate asOf) {
    if (facts.status() != TaskStatus.COMPLETED) {
      return facts.status();
    }
    if (facts.completedOn() == null) {
      throw new IllegalArgumentException("a completed task needs its completion date");
    }
    return facts.completedOn().isAfter(asOf) ? TaskStatus.IN_PROGRESS : TaskStatus.COMPLETED;
  }

  private static TaskStatus status(List<TaskStatus> statuses) {
    if (statuses.stream().allMatch(s -> s == TaskStatus.COMPLETED)) {
      return TaskStatus.COMPLETED;
    }
    if (statuses.contains(TaskStatus.IN_PROGRESS)) {
      return TaskStatus.IN_PROGRESS;
    }
    if (statuses.contains(TaskStatus.PAUSED)) {
      return TaskStatus.PAUSED;
    }
    if (statuses.contains(TaskStatus.COMPLETED)) {
      return TaskStatus.IN_PROGRESS;
    }
    return TaskStatus.NOT_STARTED;
  }

  private static Optional<Timeliness> timeliness(List<Optional<Timeliness>> classes) {
    if (classes.contains(Optional.of(Timeliness.OVERDUE))) {
      return Optional.of(Timeliness.OVERDUE);
    }
    if (classes.contains(Optional.<Timeliness>empty())) {
      return Optional.empty();
    }
    for (Timeliness open : OPEN_PRECEDENCE) {
      if (classes.contains(Optional.of(open))) {
        return Optional.of(open);
      }
    }
    return Optional.of(
        classes.contains(Optional.of(Timeliness.COMPLETED_LATE))
            ? Timeliness.COMPLETED_LATE
            : Timeliness.COMPLETED_ON_TIME);
  }
}
