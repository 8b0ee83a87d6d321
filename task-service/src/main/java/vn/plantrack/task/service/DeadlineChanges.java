package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.task.DeadlineChange;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.reading.DeadlineReader;
import vn.plantrack.task.repository.TaskHistoryRepository;

/**
 * A deadline is changed only by the authority that set it (DOMAIN.md, Task status): an agency that
 * answers for the task asks for an extension ("xin gia hạn") with a reason, and the coordinator
 * approves or refuses; a coordinator's own change is recorded the same way, decided at once. An
 * approved deadline applies from the day of the decision, so earlier days are still judged against
 * the deadline that stood then, and the task counts its extensions.
 */
@ApplicationScoped
@Transactional
public class DeadlineChanges {
  private final TaskAccess access;
  private final TaskJudging judging;
  private final TaskHistoryRepository history;
  private final TaskChanges changes;
  private final Caller caller;

  public DeadlineChanges(
      TaskAccess access,
      TaskJudging judging,
      TaskHistoryRepository history,
      TaskChanges changes,
      Caller caller) {
    this.access = access;
    this.judging = judging;
    this.history = history;
    this.changes = changes;
    this.caller = caller;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public vn.plantrack.platform.paging.Page<DeadlineChange> of(
      UUID taskId, vn.plantrack.platform.paging.PageRequest page) {
    access.visibleTask(taskId);
    return history.deadlineChanges(taskId, page);
  }

  /** An agency that leads the task (or a member of the collective that does) asks for a change. */
  public DeadlineChange request(UUID taskId, String reason, String deadlineText) {
    Task task = access.taskToChange(taskId);
    UUID org = caller.org().orElse(null);
    boolean answers =
        org != null && (task.leadOrgIds.contains(org) || judging.members(task).contains(org));
    if (!answers) {
      throw ProblemException.forbidden(
          "only an agency that answers for task " + task.code + " asks for its deadline to move");
    }
    if (history.openRequest(task.id) != null) {
      throw ProblemException.conflict(
          "task " + task.code + " has a request waiting for the coordinator's decision");
    }
    DeadlineChange change = proposal(task, DeadlineChange.Kind.REQUEST, reason, deadlineText);
    change.requestedByOrg = org;
    history.persist(change);
    changes.deadlineRequested(task, change);
    return change;
  }

  /** The coordinator approves: the new deadline applies from today. */
  public DeadlineChange approve(UUID taskId, UUID changeId, String note) {
    Task task = access.taskToChange(taskId);
    DeadlineChange change = pending(task, changeId);
    decide(change, DeadlineChange.Status.APPROVED, note);
    apply(task, change);
    return change;
  }

  /** The coordinator refuses, saying why; the deadline stays. */
  public DeadlineChange refuse(UUID taskId, UUID changeId, String note) {
    if (note == null || note.isBlank()) {
      throw ProblemException.invalid("note", "say why the deadline stays");
    }
    Task task = access.taskToChange(taskId);
    DeadlineChange change = pending(task, changeId);
    decide(change, DeadlineChange.Status.REFUSED, note);
    changes.deadlineDecided(task, change);
    return change;
  }

  /**
   * A coordinator's own change of the deadline's words (a task update): recorded as a decided
   * change, never silently, and applied from today.
   */
  void direct(Task task, String deadlineText, String reason) {
    DeadlineChange change = proposal(task, DeadlineChange.Kind.DIRECT, reason, deadlineText);
    history.persist(change);
    decide(change, DeadlineChange.Status.APPROVED, null);
  }

  private DeadlineChange pending(Task task, UUID changeId) {
    access.requireCoordinator(task.province);
    DeadlineChange change = history.deadlineChange(changeId);
    if (change == null || !change.taskId.equals(task.id)) {
      throw ProblemException.notFound("deadline change", changeId);
    }
    if (change.status != DeadlineChange.Status.REQUESTED) {
      throw ProblemException.conflict("the request was already " + change.status);
    }
    return change;
  }

  private DeadlineChange proposal(
      Task task, DeadlineChange.Kind kind, String reason, String deadlineText) {
    Deadline next = DeadlineReader.read(deadlineText);
    if (next.kind() == DeadlineKind.UNRECOGNIZED) {
      throw ProblemException.invalid(
          "deadlineText", "not a deadline this system reads: " + next.reviewReason());
    }
    DeadlineChange change = new DeadlineChange();
    change.id = UUID.randomUUID();
    change.taskId = task.id;
    change.kind = kind;
    change.status = DeadlineChange.Status.REQUESTED;
    change.reason = reason.strip();
    change.previousDeadlineText = task.deadlineText;
    change.previousDueDate = task.dueDate;
    change.deadlineText = deadlineText.strip();
    change.dueDate = next.dueDate();
    change.extendsDeadline =
        task.dueDate != null && next.dueDate() != null && next.dueDate().isAfter(task.dueDate);
    change.requestedBy = caller.username();
    change.requestedAt = Instant.now();
    return change;
  }

  private void decide(DeadlineChange change, DeadlineChange.Status status, String note) {
    change.status = status;
    change.decidedBy = caller.username();
    change.decidedAt = Instant.now();
    change.decidedOn = LocalDate.now(TaskJudging.ZONE);
    change.decisionNote = note == null || note.isBlank() ? null : note.strip();
  }

  private void apply(Task task, DeadlineChange change) {
    TaskChanges.Before before = changes.before(task);
    TaskCommands.readDeadline(task, change.deadlineText);
    task.stampUpdated(caller.username());
    changes.deadlineChanged(task, before, change);
  }
}
