package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.UUID;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskPart;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskJudgement;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskHistoryRepository;
import vn.plantrack.task.repository.TaskRepository;

/**
 * A member agency reports its own part of a task a collective leads (DOMAIN.md, Organizations): the
 * same moves and the same evidence as a lead's report, on its part. The task then follows its
 * members' parts (TaskJudgement): its status, percent and completion are rolled up and kept on the
 * task, so lists filter it like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TaskParts {
  private final TaskRepository tasks;
  private final TaskHistoryRepository history;
  private final TaskValidation validation;
  private final TaskChanges changes;
  private final TaskJudging judging;
  private final Caller caller;

  public TaskParts(
      TaskRepository tasks,
      TaskHistoryRepository history,
      TaskValidation validation,
      TaskChanges changes,
      TaskJudging judging,
      Caller caller) {
    this.tasks = tasks;
    this.history = history;
    this.validation = validation;
    this.changes = changes;
    this.judging = judging;
    this.caller = caller;
  }

  TaskProgress report(Task task, ProgressData data) {
    UUID org = caller.org().orElseThrow();
    TaskPart part = history.part(task.id, org);
    TaskStatus current = part == null ? TaskStatus.NOT_STARTED : part.status;
    TaskStatus target = validation.checkPartProgress(current, data);
    TaskChanges.Before before = changes.before(task);
    boolean first = part == null;
    if (first) {
      part = new TaskPart();
      part.id = new TaskPart.Key(task.id, org);
    }
    move(task, part, data, target);
    part.updatedAt = Instant.now();
    part.updatedBy = caller.username();
    if (first) {
      // Persisted once complete: the insert carries the state it has when persisted.
      history.persist(part);
    }
    tasks.flush();
    followParts(task);
    TaskProgress progress =
        TaskCommands.progressEntry(
            task.id, org, data, TaskProgress.Kind.PROGRESS, caller.username());
    progress.status = part.status;
    progress.percent = part.progressPercent;
    tasks.addProgress(progress);
    task.stampUpdated(caller.username());
    changes.progressReported(
        task, before, data.note(), data.reason(), org, TaskCommands.effectiveOn(data));
    return progress;
  }

  private static void move(Task task, TaskPart part, ProgressData data, TaskStatus target) {
    if (data.percent() != null) {
      part.progressPercent = data.percent();
    }
    if (target == null) {
      return;
    }
    if (target == TaskStatus.COMPLETED) {
      if (task.deadlineKind == DeadlineKind.RECURRING) {
        TreeMap<Integer, LocalDate> years = new TreeMap<>(part.completedYears);
        years.put(data.completedOn().getYear(), data.completedOn());
        part.completedYears = years;
        target = TaskStatus.IN_PROGRESS;
      } else {
        part.completedOn = data.completedOn();
        part.progressPercent = 100;
      }
    }
    if (target != TaskStatus.COMPLETED) {
      part.completedOn = null;
    }
    part.status = target;
  }

  /** The task's own status, percent and completion: its members' parts rolled up today. */
  private void followParts(Task task) {
    if (task.status == TaskStatus.CANCELLED) {
      return;
    }
    task.status = TaskStatus.NOT_STARTED;
    task.completedOn = null;
    ParentRollup.Result rolled =
        TaskJudgement.own(judging.recorded(task, null), LocalDate.now(TaskJudging.ZONE));
    task.status = rolled.status();
    task.progressPercent = rolled.progressPercent();
    task.completedOn = rolled.completedOn();
  }
}
