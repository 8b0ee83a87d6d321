package vn.plantrack.task.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The reminders sent ({@code task_reminder}): one row per task, kind and due date, whose primary
 * key makes a reminder go out once even with several instances sending.
 */
@ApplicationScoped
public class TaskReminderRepository {
  private final EntityManager entityManager;

  public TaskReminderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Records a reminder; false when it was already recorded (by this or another instance). */
  public boolean recordOnce(UUID taskId, String kind, LocalDate dueDate) {
    return entityManager
            .createNativeQuery(
                "insert into task_reminder (task_id, kind, due_date, sent_at) values (?1, ?2, ?3, now())"
                    + " on conflict do nothing")
            .setParameter(1, taskId)
            .setParameter(2, kind)
            .setParameter(3, dueDate)
            .executeUpdate()
        == 1;
  }

  /** The kinds of reminder recorded for a task, in order. */
  @SuppressWarnings("unchecked")
  public List<String> kindsSentFor(UUID taskId) {
    return entityManager
        .createNativeQuery("select kind from task_reminder where task_id = ?1 order by kind")
        .setParameter(1, taskId)
        .getResultList();
  }
}
