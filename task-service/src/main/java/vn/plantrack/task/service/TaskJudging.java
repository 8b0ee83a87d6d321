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
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.KnownPlanRepository;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.repository.TaskRepository.TaskState;
import vn.plantrack.task.rules.Deadline;
import vn.plantrack.task.rules.DeadlineKind;
import vn.plantrack.task.rules.ParentRollup;
import vn.plantrack.task.rules.TaskFacts;
import vn.plantrack.task.rules.Timeliness;
import vn.plantrack.task.rules.TimelinessRule;

/**
 * Timeliness as of a date: a task by TimelinessRule, a parent task by its sub-tasks (ParentRollup).
 * What judging needs beside the tasks (the year each plan was issued, the years recurring tasks
 * were done) is loaded once for all the tasks judged together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskJudging {
  /** The day a date names is a day in Vietnam: "today" and "as of" are read in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final TaskRepository tasks;
  private final KnownPlanRepository plans;

  public TaskJudging(TaskRepository tasks, KnownPlanRepository plans) {
    this.tasks = tasks;
    this.plans = plans;
  }

  /**
   * What judging needs beside the tasks themselves, loaded once for many: the year each plan was
   * issued (the first year of its "Hằng năm" tasks) and the years recurring tasks were completed.
   */
  record Context(Map<UUID, Integer> firstYears, Map<UUID, Map<Integer, LocalDate>> yearsDone) {}

  /** One task as of a date (today when null), with its sub-tasks if it has some. */
  public JudgedTask judge(Task task, LocalDate asOf) {
    return judgeAll(List.of(task), asOf).get(0);
  }

  /** Tasks as of a date (today when null), in their order; their sub-tasks loaded at once. */
  public List<JudgedTask> judgeAll(List<Task> found, LocalDate asOf) {
    Map<UUID, List<Task>> children = tasks.childrenOf(found.stream().map(t -> t.id).toList());
    List<Task> all = new ArrayList<>(found);
    children.values().forEach(all::addAll);
    Context context = context(all.stream().map(TaskJudging::state).toList(), Map.of());
    return found.stream()
        .map(t -> judge(t, asOf, children.getOrDefault(t.id, List.of()), context))
        .toList();
  }

  /**
   * The class of each task state as of a date (today when null), by its sub-tasks' when {@code
   * children} has some for it; empty when it has none (cancelled, deadline not read).
   */
  public Map<UUID, Optional<Timeliness>> classify(
      List<TaskState> states, Map<UUID, List<TaskState>> children, LocalDate asOf) {
    Context context = context(states, children);
    LocalDate date = asOf == null ? LocalDate.now(ZONE) : asOf;
    Map<UUID, Optional<Timeliness>> classes = new HashMap<>();
    for (TaskState state : states) {
      classes.put(
          state.id(), classify(state, children.getOrDefault(state.id(), List.of()), date, context));
    }
    return classes;
  }

  /** Sub-task states by their parent's id. */
  public static Map<UUID, List<TaskState>> byParent(Collection<TaskState> children) {
    Map<UUID, List<TaskState>> byParent = new HashMap<>();
    children.forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
    return byParent;
  }

  private Context context(List<TaskState> judged, Map<UUID, List<TaskState>> children) {
    Set<UUID> planIds = new HashSet<>();
    Set<UUID> recurring = new LinkedHashSet<>();
    java.util.function.Consumer<TaskState> note =
        t -> {
          planIds.add(t.planId());
          if (t.kind() == DeadlineKind.RECURRING) {
            recurring.add(t.id());
          }
        };
    judged.forEach(note);
    children.values().forEach(list -> list.forEach(note));
    Map<UUID, Integer> firstYears = new HashMap<>();
    plans
        .byIds(planIds)
        .forEach(
            p -> {
              if (p.issuedOn != null) {
                firstYears.put(p.id, p.issuedOn.getYear());
              }
            });
    return new Context(firstYears, tasks.yearCompletions(recurring));
  }

  private static JudgedTask judge(Task task, LocalDate asOf, List<Task> children, Context context) {
    LocalDate date = asOf == null ? LocalDate.now(ZONE) : asOf;
    Deadline deadline = deadlineOf(task);
    if (!children.isEmpty()) {
      ParentRollup.Result rollup =
          ParentRollup.rollUp(
              subTasks(children.stream().map(TaskJudging::state).toList(), context), date);
      return new JudgedTask(
          task, rollup.timeliness(), deadline, Optional.of(rollup), children.size());
    }
    return new JudgedTask(
        task,
        TimelinessRule.classify(facts(state(task), context), date),
        deadline,
        Optional.empty(),
        0);
  }

  private static Optional<Timeliness> classify(
      TaskState task, List<TaskState> children, LocalDate date, Context context) {
    if (!children.isEmpty()) {
      return ParentRollup.rollUp(subTasks(children, context), date).timeliness();
    }
    return TimelinessRule.classify(facts(task, context), date);
  }

  private static List<ParentRollup.SubTask> subTasks(List<TaskState> children, Context context) {
    return children.stream()
        .map(c -> new ParentRollup.SubTask(facts(c, context), c.progressPercent()))
        .toList();
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

  private static TaskState state(Task t) {
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

  private static Deadline deadlineOf(Task task) {
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
