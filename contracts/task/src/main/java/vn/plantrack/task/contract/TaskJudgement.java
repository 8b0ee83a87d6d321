package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a task is judged as of a date, from its version then (see {@link TaskHistory}) and its
 * sub-tasks' versions then. One rule for task-service's lists and summaries and for the reports
 * built from its events:
 *
 * <ul>
 *   <li>a parent task ("38" of "38.1" … "38.111") is its sub-tasks rolled up ({@link
 *       ParentRollup});
 *   <li>a task a collective leads is its members' parts rolled up the same way: done when every
 *       member's part is done (on the last member's date), late if any part was late, overdue while
 *       any part is overdue, and so on;
 *   <li>any other task is judged by {@link TimelinessRule} on its own facts.
 * </ul>
 */
public final class TaskJudgement {
  private TaskJudgement() {}

  /** The task's status, percent, completion and class as of {@code asOf}. */
  public static ParentRollup.Result judge(
      TaskVersion task, List<TaskVersion> subTasks, LocalDate asOf) {
    Objects.requireNonNull(task, "task");
    if (subTasks != null && !subTasks.isEmpty()) {
      return ParentRollup.rollUpJudged(subTasks.stream().map(s -> own(s, asOf)).toList());
    }
    return own(task, asOf);
  }

  /** A task without sub-tasks: by its members' parts when a collective leads it. */
  public static ParentRollup.Result own(TaskVersion task, LocalDate asOf) {
    if (task.facts().status() == TaskStatus.CANCELLED || task.parts().isEmpty()) {
      return ParentRollup.judge(task.facts(), task.progressPercent(), asOf);
    }
    return ParentRollup.rollUpJudged(
        task.parts().stream()
            .map(p -> ParentRollup.judge(p.facts(task.facts()), p.progressPercent(), asOf))
            .toList());
  }

  /** One member's part as of {@code asOf}, judged like a task of its own. */
  public static ParentRollup.Result part(TaskVersion task, TaskVersion.Part part, LocalDate asOf) {
    if (task.facts().status() == TaskStatus.CANCELLED) {
      return ParentRollup.judge(task.facts(), 0, asOf);
    }
    return ParentRollup.judge(part.facts(task.facts()), part.progressPercent(), asOf);
  }
}
