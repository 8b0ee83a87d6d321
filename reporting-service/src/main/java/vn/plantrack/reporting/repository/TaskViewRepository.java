package vn.plantrack.reporting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.reporting.TaskView;
import vn.plantrack.task.contract.TaskVersion;

/**
 * The read model's tasks: the task as it is now (task_view), every version task-service published
 * of what its timeliness rule reads (task_view_version), and every note an agency wrote
 * (task_view_note). Plans have thousands of tasks, so reports read them with plain JDBC.
 */
@ApplicationScoped
public class TaskViewRepository implements PanacheRepositoryBase<TaskView, UUID> {
  private final ObjectMapper mapper;

  /** Reads a stored version; made once (a report reads tens of thousands). */
  private final ObjectReader versionReader;

  public TaskViewRepository(ObjectMapper mapper) {
    this.mapper = mapper;
    this.versionReader = mapper.readerFor(TaskVersion.class);
  }

  /** A task of the read model as a report line names it. */
  public record Row(
      UUID id,
      UUID parentId,
      String code,
      String title,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      String deadlineText) {}

  /** A note an agency wrote on a task ({@code orgId} null: a coordinator). */
  public record Note(UUID taskId, UUID orgId, String note, Instant notedAt) {}

  /** A plan's tasks. */
  public List<Row> rowsOf(UUID planId) {
    return query(
        "select id, parent_id, code, title, lead_org_ids, cooperating_org_ids, deadline_text"
            + " from task_view where plan_id = ?",
        planId,
        r ->
            new Row(
                r.getObject(1, UUID.class),
                r.getObject(2, UUID.class),
                r.getString(3),
                r.getString(4),
                List.of((UUID[]) r.getArray(5).getArray()),
                List.of((UUID[]) r.getArray(6).getArray()),
                r.getString(7)));
  }

  /** Every version of every task of a plan, by task. */
  public Map<UUID, List<TaskVersion>> versionsOf(UUID planId) {
    Map<UUID, List<TaskVersion>> byTask = new HashMap<>();
    query(
            "select task_id, timeline::text from task_view_version where plan_id = ?",
            planId,
            r -> Map.entry(r.getObject(1, UUID.class), read(r.getString(2))))
        .forEach(e -> byTask.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byTask;
  }

  /** The notes written on a plan's tasks up to {@code end}, oldest first. */
  public List<Note> notesOf(UUID planId, Instant end) {
    return query(
        "select task_id, org_id, note, noted_at from task_view_note"
            + " where plan_id = ? and noted_at < ? order by noted_at, version",
        List.of(planId, java.sql.Timestamp.from(end)),
        r ->
            new Note(
                r.getObject(1, UUID.class),
                r.getObject(2, UUID.class),
                r.getString(3),
                r.getTimestamp(4).toInstant()));
  }

  /** Keeps a version; the same version again changes nothing. */
  public void addVersion(UUID taskId, UUID planId, TaskVersion version) {
    String json;
    try {
      json = mapper.writeValueAsString(version);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    getEntityManager()
        .createNativeQuery(
            "insert into task_view_version (task_id, version, plan_id, effective_on, timeline)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb)) on conflict do nothing")
        .setParameter(1, taskId)
        .setParameter(2, version.version())
        .setParameter(3, planId)
        .setParameter(4, version.effectiveOn())
        .setParameter(5, json)
        .executeUpdate();
  }

  /** Keeps a note; the same task version again changes nothing. */
  public void addNote(
      UUID taskId, long version, UUID planId, UUID orgId, String note, Instant notedAt) {
    getEntityManager()
        .createNativeQuery(
            "insert into task_view_note (task_id, version, plan_id, org_id, note, noted_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
        .setParameter(1, taskId)
        .setParameter(2, version)
        .setParameter(3, planId)
        .setParameter(4, orgId)
        .setParameter(5, note)
        .setParameter(6, notedAt)
        .executeUpdate();
  }

  /**
   * The organizations that answer for a task of the plan: its leads and, for a task a collective
   * leads, the members with a part in its latest version.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> leadsOf(UUID planId) {
    return getEntityManager()
        .createNativeQuery(
            "select distinct unnest(lead_org_ids) from task_view where plan_id = ?1"
                + " union select distinct cast(p ->> 'orgId' as uuid)"
                + " from task_view t join task_view_version v"
                + " on v.task_id = t.id and v.version = t.version,"
                + " jsonb_array_elements(v.timeline -> 'parts') p where t.plan_id = ?1")
        .setParameter(1, planId)
        .getResultList();
  }

  private TaskVersion read(String json) throws SQLException {
    try {
      return versionReader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("a stored task version does not read: " + e.getMessage(), e);
    }
  }

  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, Object parameter, RowReader<T> reader) {
    return query(sql, List.of(parameter), reader);
  }

  private <T> List<T> query(String sql, List<Object> parameters, RowReader<T> reader) {
    return getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doReturningWork(
            (Connection connection) -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                  statement.setObject(i + 1, parameters.get(i));
                }
                statement.setFetchSize(2000);
                List<T> rows = new ArrayList<>();
                try (ResultSet r = statement.executeQuery()) {
                  while (r.next()) {
                    rows.add(reader.read(r));
                  }
                }
                return rows;
              }
            });
  }
}
