package vn.plantrack.task.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.TaskVersion;
import vn.plantrack.task.contract.Timeliness;

/**
 * A task judged as of a date (TaskJudgement): its status, percent, completion and class then. A
 * parent task's come from its sub-tasks, a collective's task's from its members' {@code parts};
 * {@code extensions} is how many approved extensions had moved its deadline by then.
 */
public record JudgedTask(
    Task task,
    Deadline deadline,
    ParentRollup.Result result,
    int subTaskCount,
    List<Part> parts,
    int extensions) {

  /** A member agency's part as of the date. */
  public record Part(
      UUID orgId,
      TaskStatus status,
      int progressPercent,
      LocalDate completedOn,
      Timeliness timeliness) {
    static Part of(TaskVersion.Part part, ParentRollup.Result judged) {
      return new Part(
          part.orgId(),
          judged.status(),
          judged.progressPercent(),
          judged.completedOn(),
          judged.timeliness().orElse(null));
    }
  }

  public Optional<Timeliness> timeliness() {
    return result.timeliness();
  }

  public TaskStatus status() {
    return result.status();
  }

  public int progressPercent() {
    return result.progressPercent();
  }

  public LocalDate completedOn() {
    return result.completedOn();
  }

  /** Whether status and progress are derived (from sub-tasks or members' parts), not its own. */
  public boolean derived() {
    return subTaskCount > 0 || !parts.isEmpty();
  }
}
