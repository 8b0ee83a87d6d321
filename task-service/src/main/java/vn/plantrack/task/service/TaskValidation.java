package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.rules.StatusTransitions;

/**
 * What a write must satisfy beyond its shape (the resource checks that): codes unique in a plan,
 * sections and agencies the plan knows, sub-tasks one level deep, the status workflow and the
 * evidence of a completion. A refusal is a problem: 400 with the fields, or 409.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskValidation {
  private final TaskRepository tasks;
  private final DirectoryQueries directory;

  public TaskValidation(TaskRepository tasks, DirectoryQueries directory) {
    this.tasks = tasks;
    this.directory = directory;
  }

  /** A new task's code is not yet taken in its plan. */
  public void checkNewCode(KnownPlan plan, String code) {
    if (tasks.codeTaken(plan.id, code)) {
      throw ProblemException.conflict("task " + code + " exists in plan " + plan.number);
    }
  }

  /** A task stays in its plan, and a changed code is not another task's. */
  public void checkUpdate(Task task, TaskData data) {
    if (!task.planId.equals(data.planId())) {
      throw ProblemException.invalid("planId", "a task does not move to another plan");
    }
    if (!task.code.equals(data.code()) && tasks.codeTaken(task.planId, data.code())) {
      throw ProblemException.conflict("task " + data.code() + " exists in this plan");
    }
  }

  /**
   * The content fits the plan: its section, the province's agencies (unless {@code checkOrgs} is
   * false: a confirmed import's agencies are plan-service's word), a parent of the same plan one
   * level deep, and an implemented task the caller may see ({@code visible}).
   */
  public void checkContent(
      Task task, KnownPlan plan, TaskData data, Predicate<String> visible, boolean checkOrgs) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (data.sectionCode() != null
        && !plan.sections.isEmpty()
        && !plan.sections.contains(data.sectionCode())) {
      errors.add(
          new Problem.FieldError(
              "sectionCode", "plan " + plan.number + " has no section " + data.sectionCode()));
    }
    if (checkOrgs) {
      errors.addAll(directory.unknownOrganizations(data.leadOrgIds(), "leadOrgIds", task.province));
      errors.addAll(
          directory.unknownOrganizations(
              data.cooperatingOrgIds(), "cooperatingOrgIds", task.province));
    }
    if (data.parentId() != null) {
      Task parent = tasks.findById(data.parentId());
      if (parent == null || !parent.planId.equals(plan.id)) {
        errors.add(
            new Problem.FieldError("parentId", "no task " + data.parentId() + " in this plan"));
      } else if (parent.id.equals(task.id) || parent.parentId != null) {
        errors.add(
            new Problem.FieldError(
                "parentId", "sub-tasks are one level deep under a task of the plan"));
      }
    }
    if (data.implementsTaskId() != null) {
      Task implemented = tasks.findById(data.implementsTaskId());
      if (implemented == null
          || !visible.test(implemented.province)
          || implemented.id.equals(task.id)) {
        errors.add(
            new Problem.FieldError("implementsTaskId", "no task " + data.implementsTaskId()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /** A contribution note says what was done. */
  public void checkContribution(ProgressData data) {
    if (data.note() == null || data.note().isBlank()) {
      throw ProblemException.invalid("note", "a contribution note says what was done");
    }
  }

  /**
   * The status a progress report moves the task to, or null when it stays: the one asked for, or
   * IN_PROGRESS when a task not started gets a percent. The move must be allowed
   * (StatusTransitions), a completion must have its date and evidence, and a parent task's status
   * and percent follow its sub-tasks.
   */
  public TaskStatus checkProgress(Task task, ProgressData data, boolean collective) {
    if ((data.status() != null || data.percent() != null) && !tasks.childrenOf(task.id).isEmpty()) {
      throw ProblemException.conflict(
          "task " + task.code + " follows its sub-tasks; report their progress instead");
    }
    boolean cancelling =
        data.status() == TaskStatus.CANCELLED
            || (task.status == TaskStatus.CANCELLED && data.status() != null);
    if (collective && (data.percent() != null || (data.status() != null && !cancelling))) {
      throw ProblemException.conflict(
          "a collective leads task "
              + task.code
              + ": each member agency reports its own part; the task follows their parts");
    }
    return checkMove(task.status, data);
  }

  /**
   * The status a member's report moves its part to, or null when it stays; the same rules as for a
   * task (a part is never cancelled on its own: the coordinator cancels the task).
   */
  public TaskStatus checkPartProgress(TaskStatus current, ProgressData data) {
    if (data.status() == TaskStatus.CANCELLED) {
      throw ProblemException.conflict(
          "a member's part is not cancelled on its own; the coordinator cancels the task");
    }
    return checkMove(current, data);
  }

  private TaskStatus checkMove(TaskStatus current, ProgressData data) {
    TaskStatus target = data.status();
    if (target == null || target == current) {
      if (data.percent() != null && data.percent() > 0 && current == TaskStatus.NOT_STARTED) {
        target = TaskStatus.IN_PROGRESS;
      } else {
        return null;
      }
    }
    StatusTransitions.Check check = StatusTransitions.check(current, target, data.reason());
    switch (check.outcome()) {
      case ALLOWED -> {}
      case REASON_REQUIRED -> throw ProblemException.invalid("reason", check.message());
      default -> throw ProblemException.conflict(check.message());
    }
    if (target == TaskStatus.COMPLETED) {
      checkCompletion(data);
    }
    return target;
  }

  private static void checkCompletion(ProgressData data) {
    List<Problem.FieldError> missing = new ArrayList<>();
    if (data.completedOn() == null) {
      missing.add(new Problem.FieldError("completedOn", "a completed task has a completion date"));
    } else if (data.completedOn().isAfter(LocalDate.now(TaskJudging.ZONE))) {
      missing.add(new Problem.FieldError("completedOn", "must not be in the future"));
    }
    boolean document = data.evidenceNumber() != null && data.evidenceDate() != null;
    if (!document && (data.evidenceLink() == null || data.evidenceLink().isBlank())) {
      missing.add(
          new Problem.FieldError(
              "evidenceNumber",
              "completion needs evidence: an issued document (number and date) or a link"));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
  }

  /** Only a CONDITIONAL task has a condition; its due date is not before the condition was met. */
  public void checkConditionMet(Task task, LocalDate metOn, LocalDate dueDate) {
    if (task.deadlineKind != DeadlineKind.CONDITIONAL) {
      throw ProblemException.conflict(
          "task " + task.code + " has no condition (" + task.deadlineKind + ")");
    }
    if (dueDate.isBefore(metOn)) {
      throw ProblemException.invalid("dueDate", "must not be before the day the condition was met");
    }
  }
}
