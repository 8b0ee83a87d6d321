package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.repository.TaskStateRepository;
import vn.plantrack.task.repository.TaskStateRepository.TaskState;

/**
 * Reading tasks: one, a filtered page, the summary by timeliness class, a task's progress reports
 * and history. Everything in the caller's view (TaskAccess); timeliness as of a date (TaskJudging).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskQueries {
  public static final Set<String> SORTABLE = TaskRepository.SORTABLE.keySet();

  private final TaskRepository tasks;
  private final TaskStateRepository states;
  private final TaskAccess access;
  private final TaskJudging judging;
  private final AuditTrail audit;

  public TaskQueries(
      TaskRepository tasks,
      TaskStateRepository states,
      TaskAccess access,
      TaskJudging judging,
      AuditTrail audit) {
    this.tasks = tasks;
    this.states = states;
    this.access = access;
    this.judging = judging;
    this.audit = audit;
  }

  public JudgedTask get(UUID id, LocalDate asOf) {
    return judging.judge(access.visibleTask(id), asOf);
  }

  public Page<JudgedTask> list(TaskQuery query, PageRequest page) {
    Optional<TaskRepository.Filter> scoped =
        access.scoped(
            new TaskRepository.Filter(
                null,
                query.planId(),
                null,
                query.role(),
                query.status() == null ? null : query.status().name(),
                query.dueFrom(),
                query.dueTo(),
                TextSearch.likeText(query.q()),
                query.parentId()),
            query.orgId());
    if (scoped.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    TaskRepository.Filter filter = scoped.get();
    LocalDate asOf = query.asOf();
    if (query.timeliness() == null) {
      List<Task> found =
          tasks.search(filter, page.sortField(), page.ascending(), page.offset(), page.size());
      return Page.of(judging.judgeAll(found, asOf), page, tasks.count(filter));
    }
    // The class is derived, not stored: judge every candidate's state, then load one page.
    List<TaskState> candidates = states.matching(filter, page.sortField(), page.ascending());
    // Filtered by plan or province only, every sub-task is a candidate too: no second query.
    boolean whole =
        filter.orgIds() == null
            && filter.status() == null
            && filter.dueFrom() == null
            && filter.dueTo() == null
            && filter.q() == null
            && filter.parentId() == null;
    Map<UUID, List<TaskState>> children =
        TaskJudging.byParent(
            whole
                ? candidates.stream().filter(t -> t.parentId() != null).toList()
                : states.ofChildren(candidates.stream().map(TaskState::id).toList()));
    Map<UUID, Optional<Timeliness>> classes = judging.classify(candidates, children, asOf);
    List<UUID> matching =
        candidates.stream()
            .map(TaskState::id)
            .filter(id -> classes.get(id).orElse(null) == query.timeliness())
            .toList();
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.size(), matching.size());
    return Page.of(
        judging.judgeAll(tasks.byIds(matching.subList(from, to)), asOf), page, matching.size());
  }

  /**
   * Counts by timeliness class per lead organization or per section (the table a leader reads
   * first), and the totals of the tasks in scope, each task once.
   */
  public TaskSummary summary(UUID planId, String groupBy, LocalDate asOf) {
    Optional<TaskRepository.Filter> filter =
        access.scoped(
            new TaskRepository.Filter(null, planId, null, null, null, null, null, null, null),
            null);
    if (filter.isEmpty()) {
      return new TaskSummary(List.of(), counts(Map.of()));
    }
    List<TaskState> all = states.matching(filter.get(), null, true);
    TaskJudging.Classes judged =
        judging.classes(
            all,
            TaskJudging.byParent(all.stream().filter(t -> t.parentId() != null).toList()),
            asOf);
    Map<UUID, Optional<Timeliness>> classes = judged.tasks();
    Map<String, Map<Timeliness, Integer>> byKey = new LinkedHashMap<>();
    Map<String, int[]> cancelled = new LinkedHashMap<>();
    Map<Timeliness, Integer> totals = new EnumMap<>(Timeliness.class);
    for (TaskState task : all) {
      Optional<Timeliness> cls = classes.get(task.id());
      cls.ifPresent(c -> totals.merge(c, 1, Integer::sum));
      // By organization, a task a collective leads counts in each member's row by its part.
      Map<String, Optional<Timeliness>> keys = new LinkedHashMap<>();
      Map<UUID, Optional<Timeliness>> parts = judged.parts().get(task.id());
      if (groupBy.equals("section")) {
        keys.put(task.sectionCode() == null ? "" : task.sectionCode(), cls);
      } else if (parts != null) {
        parts.forEach((org, part) -> keys.put(org.toString(), part));
      } else {
        task.leadOrgIds().forEach(org -> keys.put(org.toString(), cls));
      }
      keys.forEach(
          (key, keyClass) -> {
            byKey.computeIfAbsent(key, k -> new EnumMap<>(Timeliness.class));
            cancelled.computeIfAbsent(key, k -> new int[1]);
            if (keyClass.isPresent()) {
              byKey.get(key).merge(keyClass.get(), 1, Integer::sum);
            } else {
              cancelled.get(key)[0]++;
            }
          });
    }
    List<TimelinessSummaryRow> rows = new ArrayList<>();
    byKey.forEach(
        (key, byClass) -> {
          Map<Timeliness, Integer> counts = counts(byClass);
          int total =
              counts.values().stream().mapToInt(Integer::intValue).sum() + cancelled.get(key)[0];
          rows.add(new TimelinessSummaryRow(key, counts, cancelled.get(key)[0], total));
        });
    rows.sort(Comparator.comparing(TimelinessSummaryRow::key));
    return new TaskSummary(rows, counts(totals));
  }

  /** Every class, with 0 where none was counted. */
  private static Map<Timeliness, Integer> counts(Map<Timeliness, Integer> counted) {
    Map<Timeliness, Integer> full = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      full.put(t, counted.getOrDefault(t, 0));
    }
    return full;
  }

  /** The tasks of a plan the caller may see (an unknown plan, or another province's: 400). */
  public List<Task> inPlan(UUID planId) {
    access.visiblePlan(planId);
    return tasks.inPlan(planId);
  }

  /** The codes of tasks by id, of those the caller may see (an export names parents by code). */
  public Map<UUID, String> codesOf(Collection<UUID> ids) {
    Map<UUID, String> codes = new HashMap<>();
    if (!ids.isEmpty()) {
      tasks.byIds(List.copyOf(ids)).stream()
          .filter(access::sees)
          .forEach(t -> codes.put(t.id, t.code));
    }
    return codes;
  }

  public Page<TaskProgress> progress(UUID id, PageRequest page) {
    access.visibleTask(id);
    return tasks.progressOf(id, page);
  }

  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    access.visibleTask(id);
    return audit.history(TaskChanges.AUDIT_TYPE, id, page);
  }
}
