package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.plantrack.directory.service.OpenWork;
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.TaskRepository;

/**
 * When an organization is merged or split, its open tasks pass to the (primary) successor, as lead
 * or as cooperating agency, recorded in each task's history and announced as {@code
 * task.reassigned}. Completed and cancelled tasks keep the organization that held them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reassignments implements OpenWork {
  private final TaskRepository tasks;
  private final TaskChanges changes;

  public Reassignments(TaskRepository tasks, TaskChanges changes) {
    this.tasks = tasks;
    this.changes = changes;
  }

  /** Returns the number of tasks moved. */
  @Override
  public int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn) {
    List<Task> open = tasks.openTasksOf(from);
    for (Task task : open) {
      List<UUID> leadBefore = List.copyOf(task.leadOrgIds);
      List<UUID> cooperatingBefore = List.copyOf(task.cooperatingOrgIds);
      task.leadOrgIds = OpenWork.replace(task.leadOrgIds, from, to);
      task.cooperatingOrgIds = OpenWork.replace(task.cooperatingOrgIds, from, to);
      task.cooperatingOrgIds.removeAll(task.leadOrgIds);
      changes.reassigned(task, from, to, effectiveOn, leadBefore, cooperatingBefore);
    }
    return open.size();
  }
}
