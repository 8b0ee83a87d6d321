package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.directory.service.RoleHandover;
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.TaskRepository;

/**
 * When an organization is merged or split, its open tasks pass to the (primary) successor, as lead
 * or as cooperating agency (a successor that leads is no longer also cooperating), recorded in each
 * task's history and announced as {@code task.reassigned}. Completed and cancelled tasks keep the
 * organization that held them. The hand-over is the replica's {@link RoleHandover}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TaskReassignments extends RoleHandover<Task, TaskReassignments.Before> {
  private static final List<Role<Task>> ROLES =
      List.of(
          new Role<>(t -> t.leadOrgIds, (t, ids) -> t.leadOrgIds = ids),
          new Role<>(t -> t.cooperatingOrgIds, (t, ids) -> t.cooperatingOrgIds = ids));

  private final TaskRepository tasks;
  private final TaskChanges changes;

  public TaskReassignments(TaskRepository tasks, TaskChanges changes) {
    this.tasks = tasks;
    this.changes = changes;
  }

  /** A task's agencies before the hand-over, as its history records them. */
  record Before(List<UUID> lead, List<UUID> cooperating) {}

  @Override
  protected List<Task> openWorkOf(UUID org) {
    return tasks.openTasksOf(org);
  }

  @Override
  protected List<Role<Task>> roles() {
    return ROLES;
  }

  @Override
  protected Before before(Task task) {
    return new Before(List.copyOf(task.leadOrgIds), List.copyOf(task.cooperatingOrgIds));
  }

  /**
   * The members of collectives changed: each open task a collective leads or cooperates on is
   * announced again (its next version) with the members' parts of today, so that reporting's parts
   * and expected reporters follow task-service's own judgement; the history says why.
   */
  @Override
  public int membersChanged(Set<UUID> groups) {
    Map<UUID, Task> touched = new LinkedHashMap<>();
    for (UUID group : groups) {
      tasks.openTasksOf(group).forEach(t -> touched.putIfAbsent(t.id, t));
    }
    for (Task task : touched.values()) {
      task.stampUpdated("system");
      changes.membersChanged(task, groups);
    }
    return touched.size();
  }

  @Override
  protected void handedOver(Task task, Before before, UUID from, UUID to, LocalDate effectiveOn) {
    task.cooperatingOrgIds.removeAll(task.leadOrgIds);
    changes.reassigned(task, from, to, effectiveOn, before.lead(), before.cooperating());
  }
}
