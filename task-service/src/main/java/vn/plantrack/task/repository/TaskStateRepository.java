package vn.plantrack.task.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskStatus;

/**
 * What judging tasks reads: the columns timeliness needs, for every task a list, a summary or a
 * timeliness filter judges, read without loading entities (the same filter as {@link
 * TaskRepository#search}).
 */
@ApplicationScoped
public class TaskStateRepository {
  private final EntityManager entityManager;

  public TaskStateRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The columns judging a task needs, without loading entities: summaries and timeliness filters
   * judge every task of a plan or province, and 20,000 entities would cost ten times as much.
   */
  public record TaskState(
      UUID id,
      UUID parentId,
      UUID planId,
      String sectionCode,
      List<UUID> leadOrgIds,
      TaskStatus status,
      DeadlineKind kind,
      LocalDate dueDate,
      LocalDate deadlineStart,
      Integer fromYear,
      String recurrence,
      boolean needsReview,
      LocalDate completedOn,
      LocalDate conditionMetOn,
      int progressPercent) {}

  private static final String STATE_COLUMNS =
      "t.id, t.parent_id, t.plan_id, t.section_code, t.lead_org_ids, t.status, t.deadline_kind,"
          + " t.due_date, t.deadline_start, t.deadline_from_year, t.deadline_recurrence,"
          + " t.deadline_needs_review, t.completed_on, t.condition_met_on, t.progress_percent";

  /** The states of the tasks matching the filter, in the order asked for (none when null). */
  public List<TaskState> matching(TaskRepository.Filter filter, String sort, boolean ascending) {
    StringBuilder sql = new StringBuilder("select " + STATE_COLUMNS + " from task t where 1 = 1");
    List<Object> params = new ArrayList<>();
    TaskRepository.where(sql, params, filter);
    if (sort != null) {
      sql.append(
          TaskRepository.orderBy(sort, ascending, TaskRepository.exactFirst(params, filter)));
    }
    return states(sql.toString(), params);
  }

  /** The states of the sub-tasks of the given tasks. */
  public List<TaskState> ofChildren(java.util.Collection<UUID> parentIds) {
    if (parentIds.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(parentIds.toArray(new UUID[0]));
    return states("select " + STATE_COLUMNS + " from task t where t.parent_id = any(?1)", params);
  }

  /** Plain JDBC: for thousands of rows Hibernate's result handling costs more than the query. */
  private List<TaskState> states(String sql, List<Object> params) {
    String jdbc = sql.replaceAll("\\?\\d+", "?");
    List<Integer> order = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
    while (m.find()) {
      order.add(Integer.parseInt(m.group(1)));
    }
    return entityManager
        .unwrap(org.hibernate.Session.class)
        .doReturningWork(
            connection -> {
              try (java.sql.PreparedStatement statement = connection.prepareStatement(jdbc)) {
                for (int i = 0; i < order.size(); i++) {
                  Object value = params.get(order.get(i) - 1);
                  if (value instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                  } else {
                    statement.setObject(i + 1, value);
                  }
                }
                statement.setFetchSize(2000);
                List<TaskState> states = new ArrayList<>();
                try (java.sql.ResultSet r = statement.executeQuery()) {
                  while (r.next()) {
                    Integer fromYear = (Integer) r.getObject(10);
                    states.add(
                        new TaskState(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            r.getObject(3, UUID.class),
                            r.getString(4),
                            uuids(r.getArray(5).getArray()),
                            TaskStatus.valueOf(r.getString(6)),
                            DeadlineKind.valueOf(r.getString(7)),
                            r.getObject(8, LocalDate.class),
                            r.getObject(9, LocalDate.class),
                            fromYear,
                            r.getString(11),
                            r.getBoolean(12),
                            r.getObject(13, LocalDate.class),
                            r.getObject(14, LocalDate.class),
                            r.getInt(15)));
                  }
                }
                return states;
              }
            });
  }

  private static List<UUID> uuids(Object array) {
    if (array instanceof UUID[] ids) {
      return List.of(ids);
    }
    if (array instanceof Object[] values) {
      List<UUID> ids = new ArrayList<>(values.length);
      for (Object v : values) {
        ids.add(v instanceof UUID u ? u : UUID.fromString(v.toString()));
      }
      return ids;
    }
    return List.of();
  }
}
