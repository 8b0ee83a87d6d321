package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.TaskView;

@ApplicationScoped
public class TaskViewRepository implements PanacheRepositoryBase<TaskView, UUID> {

  /** A task of the read model as judging and reports need it (no entity: plans have thousands). */
  public record Row(
      UUID id,
      UUID parentId,
      String code,
      String title,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      String deadlineText,
      String deadlineKind,
      java.time.LocalDate dueDate,
      String status,
      int progressPercent,
      java.time.LocalDate completedOn,
      String completedYears,
      String latestNote,
      java.time.Instant latestNoteAt) {}

  /** A plan's tasks, read with plain JDBC. */
  public List<Row> rowsOf(UUID planId) {
    return getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doReturningWork(
            connection -> {
              try (var statement =
                  connection.prepareStatement(
                      "select id, parent_id, code, title, lead_org_ids, deadline_text,"
                          + " deadline_kind, due_date, status, progress_percent, completed_on,"
                          + " completed_years::text, latest_note, latest_note_at,"
                          + " cooperating_org_ids"
                          + " from task_view where plan_id = ?")) {
                statement.setObject(1, planId);
                statement.setFetchSize(2000);
                List<Row> rows = new java.util.ArrayList<>();
                try (var r = statement.executeQuery()) {
                  while (r.next()) {
                    UUID[] leads = (UUID[]) r.getArray(5).getArray();
                    UUID[] cooperating = (UUID[]) r.getArray(15).getArray();
                    java.sql.Timestamp noteAt = r.getTimestamp(14);
                    rows.add(
                        new Row(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            r.getString(3),
                            r.getString(4),
                            List.of(leads),
                            List.of(cooperating),
                            r.getString(6),
                            r.getString(7),
                            r.getObject(8, java.time.LocalDate.class),
                            r.getString(9),
                            r.getInt(10),
                            r.getObject(11, java.time.LocalDate.class),
                            r.getString(12),
                            r.getString(13),
                            noteAt == null ? null : noteAt.toInstant()));
                  }
                }
                return rows;
              }
            });
  }

  /** The organizations that lead a task of the plan. */
  @SuppressWarnings("unchecked")
  public List<UUID> leadsOf(UUID planId) {
    return getEntityManager()
        .createNativeQuery("select distinct unnest(lead_org_ids) from task_view where plan_id = ?1")
        .setParameter(1, planId)
        .getResultList();
  }
}
