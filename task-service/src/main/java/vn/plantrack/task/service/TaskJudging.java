package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.plan.contract.Groups;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskPart;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskFacts;
import vn.plantrack.task.contract.TaskHistory;
import vn.plantrack.task.contract.TaskJudgement;
import vn.plantrack.task.contract.TaskVersion;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.repository.TaskHistoryRepository;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.repository.TaskStateRepository.TaskState;

/**
 * Timeliness as of a date, by task-contract's rule (TaskJudgement: a parent by its sub-tasks, a
 * collective's task by its members' parts, else TimelinessRule), over what the rule reads of each
 * task ({@link TaskVersion}). Today's answer reads the tasks as they are; an earlier date folds the
 * versions kept in task_version (TaskHistory), exactly as reporting does with the same versions
 * from the events, so the two never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskJudging {
  /** The day a date names is a day in Vietnam: "today" and "as of" are read in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final TaskRepository tasks;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final TaskHistoryRepository history;

  public TaskJudging(
      TaskRepository tasks,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      TaskHistoryRepository history) {
    this.tasks = tasks;
    this.plans = plans;
    this.organizations = organizations;
    this.history = history;
  }

  /**
   * What judging needs beside the tasks themselves, loaded once for many: the year each plan was
   * issued (the first year of its "Hằng năm" tasks), the years recurring tasks were completed, the
   * members of the collectives that lead them and the parts those members reported, and the
   * approved extensions.
   */
  record Context(
      Map<UUID, Integer> firstYears,
      Map<UUID, Map<Integer, LocalDate>> yearsDone,
      Map<UUID, List<UUID>> members,
      Map<UUID, List<TaskPart>> parts,
      Map<UUID, Integer> extensions) {}

  /** One task as of a date (today when null), with its sub-tasks if it has some. */
  public JudgedTask judge(Task task, LocalDate asOf) {
    return judgeAll(List.of(task), asOf).get(0);
  }

  /** Tasks as of a date (today when null), in their order; their sub-tasks loaded at once. */
  public List<JudgedTask> judgeAll(List<Task> found, LocalDate asOf) {
    Map<UUID, List<Task>> children = tasks.childrenOf(found.stream().map(t -> t.id).toList());
    List<TaskState> states = new ArrayList<>(found.stream().map(TaskJudging::state).toList());
    children.values().forEach(list -> list.forEach(c -> states.add(state(c))));
    LocalDate date = dateOf(asOf);
    Map<UUID, TaskVersion> then = versionsThen(states, date);
    List<JudgedTask> judged = new ArrayList<>();
    for (Task task : found) {
      List<Task> subTasks = children.getOrDefault(task.id, List.of());
      TaskVersion version = then.get(task.id);
      ParentRollup.Result result =
          TaskJudgement.judge(version, subTasks.stream().map(c -> then.get(c.id)).toList(), date);
      List<JudgedTask.Part> parts =
          subTasks.isEmpty()
              ? version.parts().stream()
                  .map(p -> JudgedTask.Part.of(p, TaskJudgement.part(version, p, date)))
                  .toList()
              : List.of();
      judged.add(
          new JudgedTask(
              task, deadlineOf(task), result, subTasks.size(), parts, version.extensions()));
    }
    return judged;
  }

  /**
   * The class of each task state as of a date (today when null), by its sub-tasks' when {@code
   * children} has some for it; empty when it has none (cancelled, deadline not read).
   */
  public Map<UUID, Optional<Timeliness>> classify(
      List<TaskState> states, Map<UUID, List<TaskState>> children, LocalDate asOf) {
    return classes(states, children, asOf).tasks();
  }

  /**
   * Classes as of a date: each task's, and for a task a collective leads (without sub-tasks) each
   * member's part's, by member.
   */
  public record Classes(
      Map<UUID, Optional<Timeliness>> tasks, Map<UUID, Map<UUID, Optional<Timeliness>>> parts) {}

  public Classes classes(
      List<TaskState> states, Map<UUID, List<TaskState>> children, LocalDate asOf) {
    List<TaskState> all = new ArrayList<>(states);
    children.values().forEach(all::addAll);
    LocalDate date = dateOf(asOf);
    Map<UUID, TaskVersion> then = versionsThen(all, date);
    Map<UUID, Optional<Timeliness>> classes = new HashMap<>();
    Map<UUID, Map<UUID, Optional<Timeliness>>> parts = new HashMap<>();
    for (TaskState state : states) {
      List<TaskVersion> subTasks =
          children.getOrDefault(state.id(), List.of()).stream().map(c -> then.get(c.id())).toList();
      TaskVersion version = then.get(state.id());
      classes.put(state.id(), TaskJudgement.judge(version, subTasks, date).timeliness());
      if (subTasks.isEmpty() && !version.parts().isEmpty()) {
        Map<UUID, Optional<Timeliness>> byMember = new java.util.LinkedHashMap<>();
        version
            .parts()
            .forEach(
                p -> byMember.put(p.orgId(), TaskJudgement.part(version, p, date).timeliness()));
        parts.put(state.id(), byMember);
      }
    }
    return new Classes(classes, parts);
  }

  /**
   * Each task's version as of the date: as it is now for today (or later), else folded from the
   * versions kept (a task from before versions were kept: as it is now).
   */
  public Map<UUID, TaskVersion> versionsThen(List<TaskState> states, LocalDate date) {
    Map<UUID, TaskVersion> now = now(states);
    if (!date.isBefore(LocalDate.now(ZONE))) {
      return now;
    }
    Map<UUID, List<TaskVersion>> kept = history.versionsOf(now.keySet());
    Map<UUID, TaskVersion> then = new HashMap<>(now);
    kept.forEach((id, versions) -> then.put(id, TaskHistory.asOf(versions, date)));
    return then;
  }

  /** What the rule reads of each task as it is now (version 0: not yet recorded). */
  public Map<UUID, TaskVersion> now(List<TaskState> states) {
    Context context = context(states);
    Map<UUID, TaskVersion> versions = new HashMap<>();
    states.forEach(s -> versions.put(s.id(), now(s, context, 0, null)));
    return versions;
  }

  /** What the rule reads of a task after a change, as version {@code version} from {@code day}. */
  public TaskVersion recorded(Task task, LocalDate effectiveOn) {
    TaskState state = state(task);
    return now(state, context(List.of(state)), task.version, effectiveOn);
  }

  /**
   * The member agencies that answer for a task a collective leads (the group rule of plan-contract
   * over task-service's copy of the directory, today); empty when no collective leads it.
   */
  public List<UUID> members(Task task) {
    return members(List.of(state(task))).getOrDefault(task.id, List.of());
  }

  /**
   * Who answers for a task now: its leads, or when a collective leads it, the members whose part is
   * not done (they are the ones reminded).
   */
  public List<UUID> answering(Task task) {
    TaskVersion now = recorded(task, null);
    if (now.parts().isEmpty()) {
      return List.copyOf(task.leadOrgIds);
    }
    return now.parts().stream()
        .filter(p -> p.status() != vn.plantrack.task.contract.TaskStatus.COMPLETED)
        .map(TaskVersion.Part::orgId)
        .toList();
  }

  /** Sub-task states by their parent's id. */
  public static Map<UUID, List<TaskState>> byParent(Collection<TaskState> children) {
    Map<UUID, List<TaskState>> byParent = new HashMap<>();
    children.forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
    return byParent;
  }

  private static LocalDate dateOf(LocalDate asOf) {
    return asOf == null ? LocalDate.now(ZONE) : asOf;
  }

  private TaskVersion now(TaskState task, Context context, long version, LocalDate effectiveOn) {
    TaskFacts facts = facts(task, context);
    Map<UUID, TaskPart> reported = new HashMap<>();
    context.parts().getOrDefault(task.id(), List.of()).forEach(p -> reported.put(p.id.orgId(), p));
    List<TaskVersion.Part> parts = new ArrayList<>();
    for (UUID member : context.members().getOrDefault(task.id(), List.of())) {
      TaskPart p = reported.get(member);
      parts.add(
          p == null
              ? TaskVersion.Part.notStarted(member)
              : new TaskVersion.Part(
                  member, p.status, p.progressPercent, p.completedOn, p.completedYears));
    }
    return new TaskVersion(
        version,
        effectiveOn,
        facts,
        task.progressPercent(),
        parts,
        context.extensions().getOrDefault(task.id(), 0));
  }

  private Context context(List<TaskState> judged) {
    Set<UUID> planIds = new HashSet<>();
    Set<UUID> recurring = new LinkedHashSet<>();
    Set<UUID> ids = new LinkedHashSet<>();
    for (TaskState t : judged) {
      ids.add(t.id());
      planIds.add(t.planId());
      if (t.kind() == DeadlineKind.RECURRING) {
        recurring.add(t.id());
      }
    }
    Map<UUID, Integer> firstYears = new HashMap<>();
    plans
        .byIds(planIds)
        .forEach(
            p -> {
              if (p.issuedOn != null) {
                firstYears.put(p.id, p.issuedOn.getYear());
              }
            });
    Map<UUID, List<UUID>> members = members(judged);
    return new Context(
        firstYears,
        tasks.yearCompletions(recurring),
        members,
        members.isEmpty() ? Map.of() : history.partsOf(members.keySet()),
        history.extensionsOf(ids));
  }

  /** The members of the collectives that lead the tasks, by task (only tasks a group leads). */
  private Map<UUID, List<UUID>> members(List<TaskState> judged) {
    Set<UUID> leads = new HashSet<>();
    judged.forEach(t -> leads.addAll(t.leadOrgIds()));
    Map<UUID, List<UUID>> members = new HashMap<>();
    List<Groups.Entry> directory =
        organizations.directoryForGroupsAmong(leads).stream().map(TaskJudging::entry).toList();
    if (directory.isEmpty()) {
      return members;
    }
    Set<UUID> groups = new HashSet<>();
    directory.stream().filter(Groups.Entry::isGroup).forEach(g -> groups.add(g.id()));
    LocalDate today = LocalDate.now(ZONE);
    for (TaskState t : judged) {
      if (t.leadOrgIds().stream().anyMatch(groups::contains)) {
        members.put(t.id(), Groups.expand(t.leadOrgIds(), directory, today));
      }
    }
    return members;
  }

  private static Groups.Entry entry(KnownOrganization o) {
    return new Groups.Entry(o.id, o.province, o.type, o.memberIds, o.memberTypes, null, o.validTo);
  }

  private static TaskFacts facts(TaskState task, Context context) {
    TaskFacts facts =
        TaskFacts.of(task.status(), deadlineOf(task)).withCompletedOn(task.completedOn());
    if (task.kind() == DeadlineKind.CONDITIONAL && task.conditionMetOn() != null) {
      facts = facts.withConditionMet(task.conditionMetOn(), task.dueDate());
    }
    if (task.kind() == DeadlineKind.RECURRING) {
      facts = facts.withFirstYear(context.firstYears().get(task.planId()));
      for (Map.Entry<Integer, LocalDate> year :
          context.yearsDone().getOrDefault(task.id(), Map.of()).entrySet()) {
        facts = facts.withYearCompleted(year.getKey(), year.getValue());
      }
    }
    return facts;
  }

  static TaskState state(Task t) {
    return new TaskState(
        t.id,
        t.parentId,
        t.planId,
        t.sectionCode,
        t.leadOrgIds,
        t.status,
        t.deadlineKind,
        t.dueDate,
        t.deadlineStart,
        t.deadlineFromYear,
        t.deadlineRecurrence,
        t.deadlineNeedsReview,
        t.completedOn,
        t.conditionMetOn,
        t.progressPercent);
  }

  /** The reading a state carries: enough to judge (the words stay on the task). */
  private static Deadline deadlineOf(TaskState t) {
    return new Deadline(
        null,
        t.kind(),
        t.kind() == DeadlineKind.CONDITIONAL ? null : t.dueDate(),
        t.deadlineStart(),
        t.fromYear(),
        t.recurrence(),
        null,
        t.needsReview(),
        null);
  }

  static Deadline deadlineOf(Task task) {
    return new Deadline(
        task.deadlineText,
        task.deadlineKind,
        task.deadlineKind == DeadlineKind.CONDITIONAL ? null : task.dueDate,
        task.deadlineStart,
        task.deadlineFromYear,
        task.deadlineRecurrence,
        task.deadlineCondition,
        task.deadlineNeedsReview,
        task.deadlineReviewReason);
  }
}
