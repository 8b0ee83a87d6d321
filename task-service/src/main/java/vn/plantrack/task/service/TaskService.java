package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;
import vn.plantrack.task.KnownOrganization;
import vn.plantrack.task.KnownPlan;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskFacts;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.contract.TimelinessRule;
import vn.plantrack.task.reading.DeadlineReader;
import vn.plantrack.task.repository.KnownOrganizationRepository;
import vn.plantrack.task.repository.KnownPlanRepository;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.repository.TaskRepository.TaskState;
import vn.plantrack.task.rules.StatusTransitions;

/**
 * Tasks: who may do what to which task, the status workflow, progress and contribution notes, and
 * timeliness as of a date. Plans and organizations are checked against task-service's own event-fed
 * copies.
 */
@ApplicationScoped
@Transactional
public class TaskService {
  public static final Set<String> SORTABLE = TaskRepository.SORTABLE.keySet();
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String AUDIT_TYPE = "task";

  private final TaskRepository tasks;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Caller caller;

  public TaskService(
      TaskRepository tasks,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      Outbox outbox,
      AuditTrail audit,
      Caller caller) {
    this.tasks = tasks;
    this.plans = plans;
    this.organizations = organizations;
    this.outbox = outbox;
    this.audit = audit;
    this.caller = caller;
  }

  /** The writable content of a task, shape-validated by the resource. */
  public record TaskData(
      UUID planId,
      String sectionCode,
      String code,
      UUID parentId,
      String title,
      String description,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      String expectedOutput,
      String expectedOutputType,
      String deadlineText,
      UUID implementsTaskId) {}

  /** A progress report (lead) or contribution note (cooperating agency). */
  public record ProgressData(
      TaskStatus status,
      Integer percent,
      String note,
      String difficulties,
      String proposals,
      LocalDate completedOn,
      String evidenceNumber,
      LocalDate evidenceDate,
      String evidenceLink,
      String reason) {}

  /** What a client may filter tasks by; {@code q} is plain text. */
  public record TaskQuery(
      UUID planId,
      UUID orgId,
      String role,
      TaskStatus status,
      Timeliness timeliness,
      LocalDate dueFrom,
      LocalDate dueTo,
      LocalDate asOf,
      UUID parentId,
      String q) {}

  /**
   * A task with its timeliness as of a date (empty for a cancelled task). For a parent task, {@code
   * rollup} holds what its sub-tasks make of it (ParentRollup): progress, status and timeliness are
   * then derived, not its own.
   */
  public record Judged(
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

  /** Counts by timeliness class for one row of the summary (an organization or a section). */
  public record SummaryRow(String key, Map<Timeliness, Integer> counts, int cancelled, int total) {}

  // --- Writes
  // -----------------------------------------------------------------------------------------------

  public Task create(TaskData data) {
    KnownPlan plan = plan(data.planId());
    requireCoordinator(plan.province);
    if (tasks.codeTaken(plan.id, data.code())) {
      throw ProblemException.conflict("task " + data.code() + " exists in plan " + plan.number);
    }
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
      KnownPlan plan,
      TaskData data,
      String actor,
      java.util.function.Predicate<String> visible,
      boolean checkOrgs) {
    Task task = new Task();
    task.id = UUID.randomUUID();
    task.province = plan.province;
    task.planId = plan.id;
    task.status = TaskStatus.NOT_STARTED;
    validate(task, plan, data, visible, checkOrgs);
    apply(task, data);
    task.stampCreated(actor);
    tasks.persistAndFlush(task);
    audit.recordChanges(
        AUDIT_TYPE, task.id, task.province, task.version, "CREATED", Map.of(), snapshot(task));
    publish(TaskEvents.CREATED, task, null, null);
    return task;
  }

  public Task update(UUID id, String ifMatch, Long bodyVersion, TaskData data) {
    Task task = find(id);
    requireCoordinator(task.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, task.version);
    if (!task.planId.equals(data.planId())) {
      throw ProblemException.invalid("planId", "a task does not move to another plan");
    }
    if (!task.code.equals(data.code()) && tasks.codeTaken(task.planId, data.code())) {
      throw ProblemException.conflict("task " + data.code() + " exists in this plan");
    }
    KnownPlan plan = plan(task.planId);
    validate(task, plan, data, caller::canSee, true);
    Map<String, Object> before = snapshot(task);
    apply(task, data);
    task.stampUpdated(caller.username());
    tasks.flush();
    if (audit.recordChanges(
            AUDIT_TYPE, task.id, task.province, task.version, "UPDATED", before, snapshot(task))
        > 0) {
      publish(TaskEvents.UPDATED, task, null, null);
    }
    return task;
  }

  /**
   * A lead agency (or a coordinator) reports progress and may change the status; a cooperating
   * agency adds a contribution note and changes nothing else. Anyone else of the province gets 403.
   */
  public TaskProgress report(UUID id, ProgressData data) {
    Task task = find(id);
    boolean coordinator = caller.manages(task.province);
    UUID org = caller.org().orElse(null);
    boolean lead = org != null && task.leadOrgIds.contains(org);
    boolean cooperating = org != null && cooperates(task, org);
    if (!coordinator && !lead && !cooperating) {
      throw ProblemException.forbidden(
          "your organization neither leads nor cooperates on task " + task.code);
    }
    TaskProgress progress = new TaskProgress();
    progress.taskId = task.id;
    progress.orgId = org;
    progress.note = data.note();
    progress.difficulties = data.difficulties();
    progress.proposals = data.proposals();
    progress.evidenceNumber = data.evidenceNumber();
    progress.evidenceDate = data.evidenceDate();
    progress.evidenceLink = data.evidenceLink();
    progress.reportedAt = Instant.now();
    progress.reportedBy = caller.username();
    if (!coordinator && !lead) {
      if (data.status() != null || data.percent() != null || data.completedOn() != null) {
        throw ProblemException.forbidden(
            "a cooperating agency adds notes; status and progress are the lead's");
      }
      if (data.note() == null || data.note().isBlank()) {
        throw ProblemException.invalid("note", "a contribution note says what was done");
      }
      progress.kind = TaskProgress.Kind.CONTRIBUTION;
      tasks.addProgress(progress);
      audit.recordAction(
          AUDIT_TYPE, task.id, task.province, task.version, "CONTRIBUTION", data.note());
      publish(TaskEvents.PROGRESS_REPORTED, task, null, data.note());
      return progress;
    }
    progress.kind = TaskProgress.Kind.PROGRESS;
    if ((data.status() != null || data.percent() != null) && !tasks.childrenOf(task.id).isEmpty()) {
      throw ProblemException.conflict(
          "task " + task.code + " follows its sub-tasks; report their progress instead");
    }
    Map<String, Object> before = snapshot(task);
    TaskStatus previous = task.status;
    applyProgress(task, data);
    progress.status = task.status;
    progress.percent = task.progressPercent;
    tasks.addProgress(progress);
    task.stampUpdated(caller.username());
    tasks.flush();
    // A report that changes neither status nor percent (a note) still shows in the history.
    audit.recordWrite(
        AUDIT_TYPE,
        task.id,
        task.province,
        task.version,
        "PROGRESS",
        before,
        snapshot(task),
        data.note());
    publish(TaskEvents.PROGRESS_REPORTED, task, null, data.note());
    if (previous != task.status) {
      publish(TaskEvents.STATUS_CHANGED, task, previous, data.reason());
    }
    return progress;
  }

  /**
   * A CONDITIONAL task's condition was met (by a document); a coordinator gives it its due date.
   */
  public Task conditionMet(UUID id, LocalDate metOn, String document, LocalDate dueDate) {
    Task task = find(id);
    requireCoordinator(task.province);
    if (task.deadlineKind != DeadlineKind.CONDITIONAL) {
      throw ProblemException.conflict(
          "task " + task.code + " has no condition (" + task.deadlineKind + ")");
    }
    if (dueDate.isBefore(metOn)) {
      throw ProblemException.invalid("dueDate", "must not be before the day the condition was met");
    }
    Map<String, Object> before = snapshot(task);
    task.conditionMetOn = metOn;
    task.conditionDocument = document.strip();
    task.dueDate = dueDate;
    task.stampUpdated(caller.username());
    tasks.flush();
    audit.recordChanges(
        AUDIT_TYPE, task.id, task.province, task.version, "CONDITION_MET", before, snapshot(task));
    publish(TaskEvents.UPDATED, task, null, "condition met: " + document);
    return task;
  }

  // --- Reads
  // ------------------------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public Judged get(UUID id, LocalDate asOf) {
    return judge(find(id), asOf);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Judged> list(TaskQuery query, PageRequest page) {
    TaskRepository.Filter requested =
        new TaskRepository.Filter(
            null,
            query.planId(),
            null,
            query.role(),
            query.status() == null ? null : query.status().name(),
            query.dueFrom(),
            query.dueTo(),
            TextSearch.likeText(query.q()),
            query.parentId());
    TaskRepository.Filter filter = scoped(requested, query.orgId());
    Timeliness timeliness = query.timeliness();
    LocalDate asOf = query.asOf();
    if (filter == null) {
      return Page.of(List.of(), page, 0);
    }
    if (timeliness == null) {
      List<Task> found =
          tasks.search(filter, page.sortField(), page.ascending(), page.offset(), page.size());
      Map<UUID, List<Task>> children = tasks.childrenOf(found.stream().map(t -> t.id).toList());
      Context context = context(withChildren(found, children));
      return Page.of(
          found.stream()
              .map(t -> judge(t, asOf, children.getOrDefault(t.id, List.of()), context))
              .toList(),
          page,
          tasks.count(filter));
    }
    // The class is derived, not stored: judge every candidate's state, then load one page.
    List<TaskState> candidates = tasks.states(filter, page.sortField(), page.ascending());
    // Filtered by plan or province only, every sub-task is a candidate too: no second query.
    boolean whole =
        filter.orgIds() == null
            && filter.status() == null
            && filter.dueFrom() == null
            && filter.dueTo() == null
            && filter.q() == null
            && filter.parentId() == null;
    Map<UUID, List<TaskState>> children =
        byParent(
            whole
                ? candidates.stream().filter(t -> t.parentId() != null).toList()
                : tasks.childStates(candidates.stream().map(TaskState::id).toList()));
    Context context = contextOf(candidates, children);
    LocalDate date = asOf == null ? LocalDate.now(ZONE) : asOf;
    List<UUID> matching =
        candidates.stream()
            .filter(
                t ->
                    classify(t, children.getOrDefault(t.id(), List.of()), date, context)
                            .orElse(null)
                        == timeliness)
            .map(TaskState::id)
            .toList();
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.size(), matching.size());
    List<Task> found = tasks.byIds(matching.subList(from, to));
    Map<UUID, List<Task>> pageChildren = tasks.childrenOf(found.stream().map(t -> t.id).toList());
    Context pageContext = context(withChildren(found, pageChildren));
    return Page.of(
        found.stream()
            .map(t -> judge(t, asOf, pageChildren.getOrDefault(t.id, List.of()), pageContext))
            .toList(),
        page,
        matching.size());
  }

  /**
   * Counts by timeliness class per lead organization or per section: the table a leader reads
   * first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SummaryRow> summary(UUID planId, String groupBy, LocalDate asOf) {
    TaskRepository.Filter filter =
        scoped(
            new TaskRepository.Filter(null, planId, null, null, null, null, null, null, null),
            null);
    if (filter == null) {
      return List.of();
    }
    Map<String, Map<Timeliness, Integer>> counts = new LinkedHashMap<>();
    Map<String, int[]> cancelled = new LinkedHashMap<>();
    List<TaskState> all = tasks.states(filter, null, true);
    Map<UUID, List<TaskState>> children =
        byParent(all.stream().filter(t -> t.parentId() != null).toList());
    Context context = contextOf(all, Map.of());
    LocalDate date = asOf == null ? LocalDate.now(ZONE) : asOf;
    for (TaskState task : all) {
      Optional<Timeliness> cls =
          classify(task, children.getOrDefault(task.id(), List.of()), date, context);
      List<String> keys =
          groupBy.equals("section")
              ? List.of(task.sectionCode() == null ? "" : task.sectionCode())
              : task.leadOrgIds().stream().map(UUID::toString).toList();
      for (String key : keys) {
        counts.computeIfAbsent(key, k -> new EnumMap<>(Timeliness.class));
        cancelled.computeIfAbsent(key, k -> new int[1]);
        if (cls.isPresent()) {
          counts.get(key).merge(cls.get(), 1, Integer::sum);
        } else {
          cancelled.get(key)[0]++;
        }
      }
    }
    List<SummaryRow> rows = new ArrayList<>();
    counts.forEach(
        (key, byClass) -> {
          Map<Timeliness, Integer> full = new EnumMap<>(Timeliness.class);
          for (Timeliness t : Timeliness.values()) {
            full.put(t, byClass.getOrDefault(t, 0));
          }
          int total =
              full.values().stream().mapToInt(Integer::intValue).sum() + cancelled.get(key)[0];
          rows.add(new SummaryRow(key, full, cancelled.get(key)[0], total));
        });
    rows.sort(java.util.Comparator.comparing(SummaryRow::key));
    return rows;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TaskProgress> progress(UUID id, PageRequest page) {
    find(id);
    return tasks.progressOf(id, page);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(AUDIT_TYPE, id, page);
  }

  // --- Helpers
  // ----------------------------------------------------------------------------------------------

  private static List<Task> withChildren(List<Task> found, Map<UUID, List<Task>> children) {
    List<Task> all = new ArrayList<>(found);
    children.values().forEach(all::addAll);
    return all;
  }

  /**
   * The caller's view: own province (ministry and admin: any); an org filter adds the groups it
   * belongs to.
   */
  private TaskRepository.Filter scoped(TaskRepository.Filter f, UUID orgId) {
    var scope = caller.readScope(f.province());
    if (scope.isEmpty()) {
      return null;
    }
    String province = scope.get().province();
    List<UUID> orgIds = null;
    if (orgId != null) {
      orgIds = new ArrayList<>(List.of(orgId));
      orgIds.addAll(organizations.groupsContaining(orgId));
    }
    return new TaskRepository.Filter(
        province,
        f.planId(),
        orgIds,
        f.role(),
        f.status(),
        f.dueFrom(),
        f.dueTo(),
        f.q(),
        f.parentId());
  }

  Judged judge(Task task, LocalDate asOf) {
    List<Task> children = tasks.childrenOf(task.id);
    List<Task> all = new ArrayList<>(children);
    all.add(task);
    return judge(task, asOf, children, context(all));
  }

  /**
   * What judging needs beside the tasks themselves, loaded once for many: the year each plan was
   * issued (the first year of its "Hằng năm" tasks) and the years recurring tasks were completed.
   */
  record Context(Map<UUID, Integer> firstYears, Map<UUID, Map<Integer, LocalDate>> yearsDone) {}

  Context context(java.util.Collection<Task> judged) {
    return contextOf(judged.stream().map(TaskService::state).toList(), Map.of());
  }

  private Context contextOf(List<TaskState> judged, Map<UUID, List<TaskState>> children) {
    Set<UUID> planIds = new HashSet<>();
    List<UUID> recurring = new ArrayList<>();
    java.util.function.Consumer<TaskState> note =
        t -> {
          planIds.add(t.planId());
          if (t.kind() == DeadlineKind.RECURRING) {
            recurring.add(t.id());
          }
        };
    judged.forEach(note);
    children.values().forEach(list -> list.forEach(note));
    Map<UUID, Integer> firstYears = new java.util.HashMap<>();
    if (!planIds.isEmpty()) {
      plans
          .list("id in ?1", planIds)
          .forEach(
              p -> {
                if (p.issuedOn != null) {
                  firstYears.put(p.id, p.issuedOn.getYear());
                }
              });
    }
    return new Context(firstYears, tasks.yearCompletions(recurring));
  }

  /** Judges a task; a parent (with sub-tasks) is judged by its sub-tasks. */
  Judged judge(Task task, LocalDate asOf, List<Task> children, Context context) {
    LocalDate date = asOf == null ? LocalDate.now(ZONE) : asOf;
    Deadline deadline = deadlineOf(task);
    if (!children.isEmpty()) {
      ParentRollup.Result rollup =
          ParentRollup.rollUp(
              subTasks(children.stream().map(TaskService::state).toList(), context), date);
      return new Judged(task, rollup.timeliness(), deadline, Optional.of(rollup), children.size());
    }
    return new Judged(
        task,
        TimelinessRule.classify(facts(state(task), context), date),
        deadline,
        Optional.empty(),
        0);
  }

  /** The class of a task's state (by its sub-tasks' when it has some); empty when cancelled. */
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

  private static Map<UUID, List<TaskState>> byParent(List<TaskState> children) {
    Map<UUID, List<TaskState>> byParent = new java.util.HashMap<>();
    children.forEach(c -> byParent.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c));
    return byParent;
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
  static Deadline deadlineOf(TaskState t) {
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

  private void applyProgress(Task task, ProgressData data) {
    if (data.percent() != null) {
      task.progressPercent = data.percent();
    }
    TaskStatus target = data.status();
    if (target == null || target == task.status) {
      if (data.percent() != null && data.percent() > 0 && task.status == TaskStatus.NOT_STARTED) {
        target = TaskStatus.IN_PROGRESS;
      } else {
        return;
      }
    }
    StatusTransitions.Check check = StatusTransitions.check(task.status, target, data.reason());
    switch (check.outcome()) {
      case ALLOWED -> {}
      case REASON_REQUIRED -> throw ProblemException.invalid("reason", check.message());
      default -> throw ProblemException.conflict(check.message());
    }
    if (target == TaskStatus.COMPLETED) {
      List<Problem.FieldError> missing = new ArrayList<>();
      if (data.completedOn() == null) {
        missing.add(
            new Problem.FieldError("completedOn", "a completed task has a completion date"));
      } else if (data.completedOn().isAfter(LocalDate.now(ZONE))) {
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

  private boolean cooperates(Task task, UUID org) {
    if (task.cooperatingOrgIds.contains(org)) {
      return true;
    }
    Set<UUID> groups = new HashSet<>(organizations.groupsContaining(org));
    return task.cooperatingOrgIds.stream().anyMatch(groups::contains);
  }

  private KnownPlan plan(UUID planId) {
    KnownPlan plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  private Task find(UUID id) {
    Task task = tasks.findById(id);
    if (task == null) {
      throw ProblemException.notFound("task", id);
    }
    caller.requireVisible(task.province, "task", id);
    return task;
  }

  private void requireCoordinator(String province) {
    caller.requireManager(province, "manage its tasks");
  }

  private void validate(
      Task task,
      KnownPlan plan,
      TaskData data,
      java.util.function.Predicate<String> visible,
      boolean checkOrgs) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (data.sectionCode() != null
        && !plan.sections.isEmpty()
        && !plan.sections.contains(data.sectionCode())) {
      errors.add(
          new Problem.FieldError(
              "sectionCode", "plan " + plan.number + " has no section " + data.sectionCode()));
    }
    if (checkOrgs) {
      checkOrgs(data.leadOrgIds(), "leadOrgIds", task.province, errors);
      checkOrgs(data.cooperatingOrgIds(), "cooperatingOrgIds", task.province, errors);
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

  private void checkOrgs(
      List<UUID> ids, String field, String province, List<Problem.FieldError> errors) {
    if (ids == null) {
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      KnownOrganization org = organizations.findById(ids.get(i));
      if (org == null || !org.province.equals(province)) {
        errors.add(
            new Problem.FieldError(
                field + "[" + i + "]", "no organization " + ids.get(i) + " in " + province));
      }
    }
  }

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
    String text = data.deadlineText() == null ? "" : data.deadlineText();
    if (!text.equals(task.deadlineText == null ? "" : task.deadlineText)
        || task.deadlineKind == null) {
      Deadline deadline = DeadlineReader.read(text);
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
  }

  private static Map<String, Object> snapshot(Task t) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("sectionCode", t.sectionCode);
    fields.put("code", t.code);
    fields.put("parentId", t.parentId);
    fields.put("title", t.title);
    fields.put("description", t.description);
    fields.put("leadOrgIds", List.copyOf(t.leadOrgIds));
    fields.put("cooperatingOrgIds", List.copyOf(t.cooperatingOrgIds));
    fields.put("expectedOutput", t.expectedOutput);
    fields.put("expectedOutputType", t.expectedOutputType);
    fields.put("deadlineText", t.deadlineText);
    fields.put("dueDate", t.dueDate);
    fields.put("conditionMetOn", t.conditionMetOn);
    fields.put("status", t.status);
    fields.put("progressPercent", t.progressPercent);
    fields.put("completedOn", t.completedOn);
    fields.put("evidenceNumber", t.evidenceNumber);
    fields.put("evidenceLink", t.evidenceLink);
    fields.put("implementsTaskId", t.implementsTaskId);
    return fields;
  }

  private void publish(String type, Task t, TaskStatus previous, String note) {
    outbox.publish(
        TaskEvents.TOPIC,
        type,
        t.id,
        t.province,
        t.version,
        new TaskEvents.TaskChanged(
            t.id,
            t.province,
            t.planId,
            t.sectionCode,
            t.code,
            t.parentId,
            t.title,
            List.copyOf(t.leadOrgIds),
            List.copyOf(t.cooperatingOrgIds),
            t.deadlineText,
            t.deadlineKind.name(),
            t.dueDate,
            t.status.name(),
            previous == null ? null : previous.name(),
            t.progressPercent,
            t.completedOn,
            t.deadlineKind == DeadlineKind.RECURRING
                ? new java.util.TreeMap<>(tasks.yearCompletions(t.id))
                : Map.of(),
            t.implementsTaskId,
            note,
            t.version));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
