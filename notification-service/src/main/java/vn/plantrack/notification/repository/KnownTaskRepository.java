package vn.plantrack.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the messages say of a task beyond a reminder's fields ({@code known_task}). */
@ApplicationScoped
public class KnownTaskRepository {
  private final EntityManager em;

  public KnownTaskRepository(EntityManager em) {
    this.em = em;
  }

  public record Row(UUID id, String province, String code, String title, String deadlineText) {}

  /** Keeps the task as of {@code version}, unless a newer version is kept already. */
  public void keep(Row task, long version) {
    em.createNativeQuery(
            "insert into known_task (id, province, code, title, deadline_text, version)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as text), ?6) on conflict (id) do update set"
                + " province = excluded.province, code = excluded.code, title = excluded.title,"
                + " deadline_text = excluded.deadline_text, version = excluded.version"
                + " where known_task.version < excluded.version")
        .setParameter(1, task.id())
        .setParameter(2, task.province())
        .setParameter(3, task.code())
        .setParameter(4, task.title())
        .setParameter(5, task.deadlineText())
        .setParameter(6, version)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public Optional<Row> find(UUID id) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, province, code, title, deadline_text from known_task where id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
  }
}
