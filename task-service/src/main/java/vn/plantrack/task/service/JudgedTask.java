package vn.plantrack.task.service;

import java.util.Optional;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;

/**
 * A task with its timeliness as of a date (empty for a cancelled task). For a parent task, {@code
 * rollup} holds what its sub-tasks make of it (ParentRollup): progress, status and timeliness are
 * then derived, not its own.
 */
public record JudgedTask(
    Task task,
    Optional<Timeliness> timeliness,
    Deadline deadline,
    Optional<ParentRollup.Result> rollup,
    int subTaskCount) {

  public TaskStatus status() {
    return rollup.map(ParentRollup.Result::status).orElse(task.status);
  }

  public int progressPercent() {
    return rollup.map(ParentRollup.Result::progressPercent).orElse(task.progressPercent);
  }
}
