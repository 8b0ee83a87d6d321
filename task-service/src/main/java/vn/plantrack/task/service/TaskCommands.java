package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Predicate;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.reading.DeadlineReader;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Changes to tasks: create, update, report progress or add a contribution note, record a met
 * condition. Each command checks who may (TaskAccess), what is allowed (TaskValidation), makes the
 * change, and has TaskChanges record it (history and events) in the same transaction. Plans and
 * organizations are checked against task-service's own event-fed copies.
 */
@ApplicationScoped
@Transactional
public class TaskCommands {
  private final TaskRepository tasks;
  private final TaskAccess access;
  private final TaskValidation validation;
  private final TaskChanges changes;
  private final Caller caller;
  private final TaskJudging judging;
  private final TaskParts parts;
  private final DeadlineChanges deadlines;

  public TaskCommands(
      TaskRepository tasks,
      TaskAccess access,
      TaskValidation validation,
      TaskChanges changes,
      Caller caller,
      TaskJudging judging,
      TaskParts parts,
      DeadlineChanges deadlines) {
    this.tasks = tasks;
    this.access = access;
    this.validation = validation;
    this.changes = changes;
    this.caller = caller;
    this.judging = judging;
    this.parts = parts;
    this.deadlines = deadlines;
  }

  public Task create(TaskData data) {
    KnownPlan plan = access.visiblePlan(data.planId());
    access.requireCoordinator(plan.province);
    validation.checkNewCode(plan, data.code());
    return insert(plan, data, caller.username(), caller::canSee, true);
  }

  /**
   * A task of a plan import confirmed in plan-service (event {@code
   * plantrack.plan.import-confirmed.v1}): plan-service checked the confirming caller's right and
   * resolved the agencies through the directory it owns, so they are taken as given even if this
   * copy of the directory has not caught up yet. The task is attributed to whoever confirmed.
   */
  public Task createImported(KnownPlan plan, TaskData data, String confirmedBy) {
    return insert(plan, data, confirmedBy, plan.province::equals, false);
  }

  private Task insert(
      KnownPlan plan, TaskData data, String actor, Predicate<String> visible, boolean checkOrgs) {
    Task task = new Task();
    task.id = UUID.randomUUID();
    task.province = plan.province;
    task.planId = plan.id;
    task.status = TaskStatus.NOT_STARTED;
    validation.checkContent(task, plan, data, visible, checkOrgs);
    apply(task, data);
    task.stampCreated(actor);
    tasks.persist(task);
    changes.created(task);
    return task;
  }

  public Task update(UUID id, String ifMatch, Long bodyVersion, TaskData data) {
    Task task = access.taskToChange(id);
    access.requireCoordinator(task.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, task.version);
    validation.checkUpdate(task, data);
    validation.checkContent(task, access.visiblePlan(task.planId), data, caller::canSee, true);
    TaskChanges.Before before = changes.before(task);
    if (deadlineChanges(task, data)
        && data.deadlineText() != null
        && !data.deadlineText().isBlank()) {
      // A coordinator's own change of the deadline is recorded as one, never silently.
      deadlines.direct(task, data.deadlineText(), "changed by the coordinator in the task");
    }
    apply(task, data);
    task.stampUpdated(caller.username());
    changes.updated(task, before);
    return task;
  }

  /**
   * A lead agency (or a coordinator) reports progress and may change the status; a cooperating
   * agency adds a contribution note and changes nothing else. Anyone else of the province gets 403.
   */
  public TaskProgress report(UUID id, ProgressData data) {
    Task task = access.taskToChange(id);
    switch (access.reporterOf(task, data)) {
      case COOPERATING:
        return contribute(task, data);
      case MEMBER:
        return parts.report(task, data);
      default:
        break;
    }
    TaskStatus target = validation.checkProgress(task, data, !judging.members(task).isEmpty());
    TaskChanges.Before before = changes.before(task);
    TaskProgress progress = applyProgress(task, data, target);
    changes.progressReported(
        task, before, data.note(), data.reason(), caller.org().orElse(null), effectiveOn(data));
    return progress;
  }

  /**
   * The day a report takes effect for judging earlier dates: a completion on its completion date
   * (reported late, it still counts from then), anything else on the day it is made.
   */
  static LocalDate effectiveOn(ProgressData data) {
    return data.status() == TaskStatus.COMPLETED && data.completedOn() != null
        ? data.completedOn()
        : LocalDate.now(TaskJudging.ZONE);
  }

  /** A note of a cooperating agency is a change of the task of its own: its next version. */
  private TaskProgress contribute(Task task, ProgressData data) {
    validation.checkContribution(data);
    TaskProgress note = progressEntry(task, data, TaskProgress.Kind.CONTRIBUTION);
    tasks.addProgress(note);
    task.stampUpdated(caller.username());
    changes.contributed(task, data.note(), caller.org().orElse(null));
    return note;
  }

  /**
   * A CONDITIONAL task's condition was met (by a document); a coordinator gives it its due date.
   */
  public Task conditionMet(UUID id, LocalDate metOn, String document, LocalDate dueDate) {
    Task task = access.taskToChange(id);
    access.requireCoordinator(task.province);
    validation.checkConditionMet(task, metOn, dueDate);
    TaskChanges.Before before = changes.before(task);
    task.conditionMetOn = metOn;
    task.conditionDocument = document.strip();
    task.dueDate = dueDate;
    task.stampUpdated(caller.username());
    changes.conditionMet(task, before, document, metOn);
    return task;
  }

  // --- The changes themselves (checked before)
  // -------------------------------------------------------

  private static void apply(Task task, TaskData data) {
    task.sectionCode = blankToNull(data.sectionCode());
    task.code = data.code().strip();
    task.parentId = data.parentId();
    task.title = data.title().strip();
    task.description = blankToNull(data.description());
    task.leadOrgIds = new ArrayList<>(new LinkedHashSet<>(data.leadOrgIds()));
    task.cooperatingOrgIds =
        data.cooperatingOrgIds() == null
            ? new ArrayList<>()
            : new ArrayList<>(new LinkedHashSet<>(data.cooperatingOrgIds()));
    task.expectedOutput = blankToNull(data.expectedOutput());
    task.expectedOutputType = data.expectedOutputType();
    task.implementsTaskId = data.implementsTaskId();
    if (deadlineChanges(task, data) || task.deadlineKind == null) {
      readDeadline(task, data.deadlineText());
    }
  }

  private static boolean deadlineChanges(Task task, TaskData data) {
    String text = data.deadlineText() == null ? "" : data.deadlineText();
    return !text.equals(task.deadlineText == null ? "" : task.deadlineText);
  }

  /** Sets a task's deadline to the reading of {@code text} (its words kept as written). */
  static void readDeadline(Task task, String text) {
    Deadline deadline = DeadlineReader.read(text == null ? "" : text);
    task.deadlineText = blankToNull(text);
    task.deadlineKind = deadline.kind();
    task.dueDate = deadline.dueDate();
    task.deadlineStart = deadline.startDate();
    task.deadlineFromYear = deadline.fromYear();
    task.deadlineRecurrence = deadline.recurrence();
    task.deadlineCondition = deadline.condition();
    task.deadlineNeedsReview = deadline.needsReview();
    task.deadlineReviewReason = deadline.reviewReason();
    task.conditionMetOn = null;
    task.conditionDocument = null;
  }

  /** Sets the percent and moves to {@code target} (null: the status stays); adds the report. */
  private TaskProgress applyProgress(Task task, ProgressData data, TaskStatus target) {
    if (data.percent() != null) {
      task.progressPercent = data.percent();
    }
    if (target != null) {
      move(task, data, target);
    }
    TaskProgress progress = progressEntry(task, data, TaskProgress.Kind.PROGRESS);
    progress.status = task.status;
    progress.percent = task.progressPercent;
    tasks.addProgress(progress);
    task.stampUpdated(caller.username());
    return progress;
  }

  private void move(Task task, ProgressData data, TaskStatus target) {
    if (target == TaskStatus.COMPLETED) {
      if (task.deadlineKind == DeadlineKind.RECURRING) {
        // A recurring task is done once a year: the year is recorded and the series goes on.
        tasks.completeYear(task.id, data.completedOn().getYear(), data.completedOn());
        target = TaskStatus.IN_PROGRESS;
      } else {
        task.completedOn = data.completedOn();
        task.progressPercent = 100;
      }
      task.evidenceNumber = data.evidenceNumber();
      task.evidenceDate = data.evidenceDate();
      task.evidenceLink = data.evidenceLink();
    }
    if (target != TaskStatus.COMPLETED) {
      task.completedOn = null;
    }
    task.status = target;
    task.statusReason = data.reason();
  }

  private TaskProgress progressEntry(Task task, ProgressData data, TaskProgress.Kind kind) {
    return progressEntry(task.id, caller.org().orElse(null), data, kind, caller.username());
  }

  /** The entry a report adds to a task's progress list: who reported what, with its evidence. */
  static TaskProgress progressEntry(
      UUID taskId, UUID orgId, ProgressData data, TaskProgress.Kind kind, String reportedBy) {
    TaskProgress progress = new TaskProgress();
    progress.taskId = taskId;
    progress.orgId = orgId;
    progress.kind = kind;
    progress.note = data.note();
    progress.difficulties = data.difficulties();
    progress.proposals = data.proposals();
    progress.evidenceNumber = data.evidenceNumber();
    progress.evidenceDate = data.evidenceDate();
    progress.evidenceLink = data.evidenceLink();
    progress.reportedAt = Instant.now();
    progress.reportedBy = reportedBy;
    return progress;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
