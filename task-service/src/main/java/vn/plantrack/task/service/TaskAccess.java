package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.IfMatch;
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Who may do what to which task: a province's coordinator manages its tasks; the lead
 * organization's officers report progress; when a collective leads, each member's officers report
 * their own part; a cooperating organization (directly or through a group) adds contribution notes
 * only; others of the province are refused (403); another province's task is not found (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskAccess {
  private final TaskRepository tasks;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final Caller caller;
  private final TaskJudging judging;
  private final IfMatch ifMatch;

  public TaskAccess(
      TaskRepository tasks,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      Caller caller,
      TaskJudging judging,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.tasks = tasks;
    this.plans = plans;
    this.organizations = organizations;
    this.caller = caller;
    this.judging = judging;
  }

  /** How a caller who may report on a task takes part in it. */
  public enum Reporter {
    /** The lead organization, or a coordinator of the province: progress and status. */
    LEAD,
    /**
     * A member agency of a collective that leads the task: progress and status of its own part
     * (DOMAIN.md: every member carries the task out in its own field).
     */
    MEMBER,
    /** A cooperating organization: contribution notes only. */
    COOPERATING
  }

  /** A task the caller may see: unknown, or another province's, is not found. */
  public Task visibleTask(UUID id) {
    Task task = tasks.findById(id);
    if (task == null) {
      throw ProblemException.notFound("task", id);
    }
    caller.requireVisible(task.province, "task", id);
    return task;
  }

  /**
   * A task the caller may see, about to change: its row is locked until the transaction ends, so
   * writes to one task take turns (two agencies reporting at once both succeed, in order) instead
   * of failing each other's optimistic check; a request naming a version (If-Match) that is no
   * longer the task's gets 412. Must be the transaction's first read of the task.
   */
  public Task taskToChange(UUID id) {
    Task task = tasks.findForUpdate(id);
    if (task == null) {
      throw ProblemException.notFound("task", id);
    }
    caller.requireVisible(task.province, "task", id);
    ifMatch.check(task.version);
    return task;
  }

  /** Whether the caller may see the task (its province). */
  public boolean sees(Task task) {
    return caller.canSee(task.province);
  }

  /** A plan the caller may see; an unknown plan, or another province's, is a 400 on planId. */
  public KnownPlan visiblePlan(UUID planId) {
    KnownPlan plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  /** Creating and changing tasks, and recording conditions: the province's coordinators. */
  public void requireCoordinator(String province) {
    caller.requireManager(province, "manage its tasks");
  }

  /**
   * Whether the caller reports on the task as its lead (or a coordinator) or adds notes as a
   * cooperating agency; anyone else of the province, and a cooperating agency touching status or
   * progress, is refused (403).
   */
  public Reporter reporterOf(Task task, ProgressData data) {
    if (caller.manages(task.province)) {
      return Reporter.LEAD;
    }
    UUID org = caller.org().orElse(null);
    List<UUID> members = org == null ? List.of() : judging.members(task);
    if (org != null && task.leadOrgIds.contains(org) && members.isEmpty()) {
      return Reporter.LEAD;
    }
    if (members.contains(org)) {
      return Reporter.MEMBER;
    }
    if (org == null || !cooperates(task, org)) {
      throw ProblemException.forbidden(
          "your organization neither leads nor cooperates on task " + task.code);
    }
    if (data.status() != null || data.percent() != null || data.completedOn() != null) {
      throw ProblemException.forbidden(
          "a cooperating agency adds notes; status and progress are the lead's");
    }
    return Reporter.COOPERATING;
  }

  /**
   * The caller's view of a filter: own province (ministry and admin: any); an organization filter
   * adds the groups it belongs to. Empty when the caller sees no province.
   */
  public Optional<TaskRepository.Filter> scoped(TaskRepository.Filter f, UUID orgId) {
    var scope = caller.readScope(f.province());
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    String province = scope.get().province();
    List<UUID> orgIds = null;
    if (orgId != null) {
      orgIds = new ArrayList<>(List.of(orgId));
      orgIds.addAll(organizations.groupsContaining(orgId));
    }
    return Optional.of(
        new TaskRepository.Filter(
            province,
            f.planId(),
            orgIds,
            f.role(),
            f.status(),
            f.dueFrom(),
            f.dueTo(),
            f.q(),
            f.parentId()));
  }

  private boolean cooperates(Task task, UUID org) {
    if (task.cooperatingOrgIds.contains(org)) {
      return true;
    }
    Set<UUID> groups = new HashSet<>(organizations.groupsContaining(org));
    return task.cooperatingOrgIds.stream().anyMatch(groups::contains);
  }
}
