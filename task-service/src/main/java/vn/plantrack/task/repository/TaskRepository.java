package vn.plantrack.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskProgress;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {
  /**
   * The task, its row locked until the transaction ends (writes to one task take turns); null when
   * there is none. The row is locked before the entity is read, so the entity read is the latest
   * committed one and keeps its ordinary (optimistic) versioning.
   */
  public Task findForUpdate(UUID id) {
    List<?> locked =
        getEntityManager()
            .createNativeQuery("select id from task where id = :id for update")
            .setParameter("id", id)
            .getResultList();
    return locked.isEmpty() ? null : findById(id);
  }

  public static final Map<String, String> SORTABLE =
      Map.of("code", "code", "dueDate", "due_date", "title", "title", "status", "status");

  /**
   * A task query. {@code orgIds} are the organization and the groups it belongs to; {@code role}
   * says whether it must lead, cooperate, or either.
   */
  public record Filter(
      String province,
      UUID planId,
      List<UUID> orgIds,
      String role,
      String status,
      LocalDate dueFrom,
      LocalDate dueTo,
      String q,
      UUID parentId) {}

  public boolean codeTaken(UUID planId, String code) {
    return count("planId = ?1 and code = ?2", planId, code) > 0;
  }

  /** A plan's tasks by code. */
  public Map<String, UUID> idsByCode(UUID planId) {
    Map<String, UUID> ids = new java.util.HashMap<>();
    getEntityManager()
        .createQuery("select t.code, t.id from Task t where t.planId = ?1", Object[].class)
        .setParameter(1, planId)
        .getResultList()
        .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
    return ids;
  }

  /** A plan's tasks. */
  public List<Task> inPlan(UUID planId) {
    return list("planId", planId);
  }

  /** Tasks not completed or cancelled due on the date. */
  public List<Task> openDueOn(LocalDate date) {
    return list("dueDate = ?1 and status not in ('COMPLETED', 'CANCELLED')", date);
  }

  /** Tasks not completed or cancelled due before the date. */
  public List<Task> openDueBefore(LocalDate date) {
    return list("dueDate < ?1 and status not in ('COMPLETED', 'CANCELLED')", date);
  }

  /** Tasks not completed or cancelled where the organization leads or cooperates (directly). */
  @SuppressWarnings("unchecked")
  public List<Task> openTasksOf(UUID orgId) {
    return getEntityManager()
        .createNativeQuery(
            "select * from task where status not in ('COMPLETED', 'CANCELLED')"
                + " and (?1 = any(lead_org_ids) or ?1 = any(cooperating_org_ids)) order by id",
            Task.class)
        .setParameter(1, orgId)
        .getResultList();
  }

  public List<Task> childrenOf(UUID parentId) {
    return list("parentId = ?1 order by code", parentId);
  }

  /** The sub-tasks of several tasks at once, by parent id (one query for a page). */
  public Map<UUID, List<Task>> childrenOf(List<UUID> parentIds) {
    Map<UUID, List<Task>> children = new java.util.HashMap<>();
    if (parentIds.isEmpty()) {
      return children;
    }
    list("parentId in ?1 order by code", parentIds)
        .forEach(t -> children.computeIfAbsent(t.parentId, k -> new ArrayList<>()).add(t));
    return children;
  }

  @SuppressWarnings("unchecked")
  public List<Task> search(Filter filter, String sort, boolean ascending, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select * from task t where 1 = 1");
    List<Object> params = new ArrayList<>();
    where(sql, params, filter);
    sql.append(orderBy(sort, ascending, exactFirst(params, filter)));
    Query query = getEntityManager().createNativeQuery(sql.toString(), Task.class);
    bind(query, params);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Filter filter) {
    StringBuilder sql = new StringBuilder("select count(*) from task t where 1 = 1");
    List<Object> params = new ArrayList<>();
    where(sql, params, filter);
    Query query = getEntityManager().createNativeQuery(sql.toString());
    bind(query, params);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * With {@code q}, the matches' rank comes first ({@link TextSearch#rank}: a code or title equal
   * to q, then those starting with it, then the rest), binding q once more; else nothing.
   */
  static String exactFirst(List<Object> params, Filter filter) {
    if (filter.q() == null) {
      return "";
    }
    params.add(filter.q());
    return TextSearch.rank("?" + params.size(), "t.code", "t.title") + ", ";
  }

  /**
   * Codes like 38.110 sort numerically; a code that is not numeric falls back to text order. {@code
   * first}: what sorts before the requested order (the search rank), or "".
   */
  static String orderBy(String sort, boolean ascending, String first) {
    String direction = ascending ? " asc" : " desc";
    String order =
        sort.equals("code")
            ? "case when t.code ~ '^[0-9]+(\\.[0-9]+)*$' then string_to_array(t.code, '.')::int[] end"
                + direction
                + ", t.code"
            : "t." + SORTABLE.get(sort);
    return " order by " + first + order + direction + " nulls last, t.id";
  }

  /** Tasks by id, in the order given (a page of judged ids). */
  public List<Task> byIds(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Task> found = new java.util.HashMap<>();
    list("id in ?1", ids).forEach(t -> found.put(t.id, t));
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  static void where(StringBuilder sql, List<Object> params, Filter f) {
    if (f.province() != null) {
      params.add(f.province());
      sql.append(" and t.province = ?").append(params.size());
    }
    if (f.planId() != null) {
      params.add(f.planId());
      sql.append(" and t.plan_id = ?").append(params.size());
    }
    if (f.parentId() != null) {
      params.add(f.parentId());
      sql.append(" and t.parent_id = ?").append(params.size());
    }
    if (f.orgIds() != null && !f.orgIds().isEmpty()) {
      params.add(f.orgIds().toArray(new UUID[0]));
      int i = params.size();
      String lead = "t.lead_org_ids && cast(?" + i + " as uuid[])";
      String cooperating = "t.cooperating_org_ids && cast(?" + i + " as uuid[])";
      sql.append(
          switch (f.role() == null ? "" : f.role()) {
            case "lead" -> " and " + lead;
            case "cooperating" -> " and " + cooperating;
            default -> " and (" + lead + " or " + cooperating + ")";
          });
    }
    if (f.status() != null) {
      params.add(f.status());
      sql.append(" and t.status = ?").append(params.size());
    }
    if (f.dueFrom() != null) {
      params.add(f.dueFrom());
      sql.append(" and t.due_date >= ?").append(params.size());
    }
    if (f.dueTo() != null) {
      params.add(f.dueTo());
      sql.append(" and t.due_date <= ?").append(params.size());
    }
    if (f.q() != null) {
      params.add(f.q());
      sql.append(" and t.search_text like '%' || plantrack_fold(?")
          .append(params.size())
          .append(") || '%'");
    }
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  public List<TaskProgress> progressOf(UUID taskId) {
    return getEntityManager()
        .createQuery(
            "select p from TaskProgress p where p.taskId = :id order by p.id", TaskProgress.class)
        .setParameter("id", taskId)
        .getResultList();
  }

  /** A page of a task's progress reports and contribution notes, in the order they came. */
  public vn.plantrack.platform.paging.Page<TaskProgress> progressOf(
      UUID taskId, vn.plantrack.platform.paging.PageRequest page) {
    String direction = page.ascending() ? "asc" : "desc";
    List<TaskProgress> items =
        getEntityManager()
            .createQuery(
                "select p from TaskProgress p where p.taskId = :id order by p.reportedAt "
                    + direction
                    + ", p.id "
                    + direction,
                TaskProgress.class)
            .setParameter("id", taskId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        getEntityManager()
            .createQuery("select count(p) from TaskProgress p where p.taskId = :id", Long.class)
            .setParameter("id", taskId)
            .getSingleResult();
    return vn.plantrack.platform.paging.Page.of(items, page, total);
  }

  public void addProgress(TaskProgress progress) {
    getEntityManager().persist(progress);
  }

  /** Years in which a recurring task was completed, with the completion date. */
  @SuppressWarnings("unchecked")
  public Map<Integer, LocalDate> yearCompletions(UUID taskId) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select year, completed_on from task_year_completion where task_id = ?1")
            .setParameter(1, taskId)
            .getResultList();
    Map<Integer, LocalDate> years = new java.util.HashMap<>();
    for (Object[] r : rows) {
      years.put(
          ((Number) r[0]).intValue(),
          r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1]);
    }
    return years;
  }

  /** The years several recurring tasks were completed: task → year → completion date. */
  @SuppressWarnings("unchecked")
  public Map<UUID, Map<Integer, LocalDate>> yearCompletions(java.util.Collection<UUID> taskIds) {
    Map<UUID, Map<Integer, LocalDate>> byTask = new java.util.HashMap<>();
    if (taskIds.isEmpty()) {
      return byTask;
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select task_id, year, completed_on from task_year_completion"
                    + " where task_id = any(?1)")
            .setParameter(1, taskIds.toArray(new UUID[0]))
            .getResultList();
    for (Object[] r : rows) {
      byTask
          .computeIfAbsent((UUID) r[0], k -> new java.util.HashMap<>())
          .put(
              ((Number) r[1]).intValue(),
              r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2]);
    }
    return byTask;
  }

  public void completeYear(UUID taskId, int year, LocalDate on) {
    getEntityManager()
        .createNativeQuery(
            "insert into task_year_completion (task_id, year, completed_on) values (?1, ?2, ?3)"
                + " on conflict (task_id, year) do update set completed_on = excluded.completed_on")
        .setParameter(1, taskId)
        .setParameter(2, year)
        .setParameter(3, on)
        .executeUpdate();
  }
}
