package vn.plantrack.task.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.repository.TaskReminderRepository;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Deadline reminders as events: {@code task.due-soon} some days before the due date (7 and 1 by
 * default) and {@code task.overdue} once it has passed — each once per task and due date. The
 * reminder row's primary key makes that hold with several instances running: the second insert of
 * the same reminder does nothing, so only one instance publishes. A changed due date (e.g. a
 * condition met) earns new reminders.
 */
@ApplicationScoped
public class Reminders {
  private final TaskRepository tasks;
  private final TaskReminderRepository recorded;
  private final TaskChanges changes;
  private final List<Integer> daysBefore;

  public Reminders(
      TaskRepository tasks,
      TaskReminderRepository recorded,
      TaskChanges changes,
      @ConfigProperty(name = "plantrack.tasks.reminders.days-before", defaultValue = "7,1")
          List<Integer> daysBefore) {
    this.tasks = tasks;
    this.recorded = recorded;
    this.changes = changes;
    this.daysBefore = List.copyOf(daysBefore);
  }

  @Scheduled(
      every = "${plantrack.tasks.reminders.every:15m}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    send(LocalDate.now(TaskJudging.ZONE));
  }

  /** Sends what is due as of {@code today}; returns how many reminders were published. */
  @Transactional
  public int send(LocalDate today) {
    int sent = 0;
    for (int days : daysBefore) {
      for (Task task : tasks.openDueOn(today.plusDays(days))) {
        if (record(task, "DUE_SOON_" + days)) {
          changes.reminded(task, TaskEvents.DUE_SOON, days);
          sent++;
        }
      }
    }
    for (Task task : tasks.openDueBefore(today)) {
      if (record(task, "OVERDUE")) {
        changes.reminded(task, TaskEvents.OVERDUE, null);
        sent++;
      }
    }
    return sent;
  }

  private boolean record(Task task, String kind) {
    return recorded.recordOnce(task.id, kind, task.dueDate);
  }

  /** For tests and operators: the reminders recorded for a task. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> sentFor(UUID taskId) {
    return recorded.kindsSentFor(taskId);
  }
}
