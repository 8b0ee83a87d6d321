package vn.plantrack.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.directory.service.ImportRows;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Creates the tasks of a plan import confirmed in plan-service ({@code
 * plantrack.plan.import-confirmed.v1}, examples in plan-service/docs/events.md): all of them in the
 * consumer's one transaction, parents before sub-tasks, through {@link TaskCommands} so each gets
 * its audit entry and its created event. A task whose code the plan already has is left as it is (a
 * redelivered or replayed event creates nothing twice). "implementsTaskCode" links a sub-plan's
 * task to the task it carries out in the implemented plan.
 *
 * <p>One bad row does not cost the plan its list: a row without code or title, with an id that is
 * no UUID, a code or deadline longer than a task holds, or under a parent the import lacks (or left
 * out, or that is itself a sub-task) is left out and reported (platform's RejectedParts: the
 * dead-letter topic, with the event, for a replay once fixed); the other rows are created. Reading
 * the event, its plan and its rows is the replica's {@link ImportRows}, shared with
 * indicator-service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportedTasks implements ConfirmedImports {
  private static final Logger LOG = Logger.getLogger(ImportedTasks.class);

  /** What a task holds (task.code, task.deadline_text). */
  static final int MAX_CODE = 40;

  static final int MAX_DEADLINE_TEXT = 300;

  private final TaskCommands commands;
  private final TaskRepository tasks;
  private final ImportRows rows;

  public ImportedTasks(TaskCommands commands, TaskRepository tasks, ImportRows rows) {
    this.commands = commands;
    this.tasks = tasks;
    this.rows = rows;
  }

  /** Returns how many tasks were created. */
  @Override
  public int apply(InboundEvent event) {
    ImportRows.Import<PlanEvents.ImportedTask> confirmed =
        rows.read(
            event,
            "tasks",
            PlanEvents.ImportedTask.class,
            PlanEvents.ImportedTask::parentCode,
            "task",
            tasks::idsByCode,
            "code",
            "title");
    KnownPlan plan = confirmed.plan();
    UUID implementedPlan = confirmed.content().implementsPlanId();
    Map<String, UUID> implemented =
        implementedPlan == null ? Map.of() : tasks.idsByCode(implementedPlan);
    Map<String, Boolean> topLevel = new HashMap<>();
    int created =
        rows.createEach(
            confirmed,
            PlanEvents.ImportedTask::code,
            t -> row(t, plan, confirmed.ids(), topLevel, implemented, implementedPlan),
            (t, task) -> {
              topLevel.put(t.code(), task.parentId() == null);
              return commands.createImported(plan, task, confirmed.confirmedBy()).id;
            });
    LOG.infof("import of plan %s: %d tasks created", plan.number, created);
    return created;
  }

  /** The row as a task to create; a row that cannot be one is poison (for itself only). */
  private TaskData row(
      PlanEvents.ImportedTask t,
      KnownPlan plan,
      Map<String, UUID> ids,
      Map<String, Boolean> topLevel,
      Map<String, UUID> implemented,
      UUID implementedPlan) {
    if (t.code().length() > MAX_CODE) {
      throw new InboundEvent.PoisonEventException("code longer than " + MAX_CODE + " characters");
    }
    if (t.deadlineText() != null && t.deadlineText().length() > MAX_DEADLINE_TEXT) {
      throw new InboundEvent.PoisonEventException(
          "deadlineText longer than " + MAX_DEADLINE_TEXT + " characters");
    }
    UUID parentId = null;
    if (t.parentCode() != null) {
      parentId = ids.get(t.parentCode());
      if (parentId == null) {
        throw new InboundEvent.PoisonEventException(
            "no parent " + t.parentCode() + " in the import (or it was left out)");
      }
      Boolean parentOnTop = topLevel.get(t.parentCode());
      if (parentOnTop == null) {
        parentOnTop = tasks.findById(parentId).parentId == null; // created by an earlier delivery
      }
      if (!parentOnTop) {
        throw new InboundEvent.PoisonEventException(
            "parent " + t.parentCode() + " is itself a sub-task: sub-tasks are one level deep");
      }
    }
    UUID implementsTask =
        t.implementsTaskCode() == null ? null : implemented.get(t.implementsTaskCode());
    if (t.implementsTaskCode() != null && implementsTask == null) {
      LOG.warnf(
          "import of plan %s: task %s implements %s, which the implemented plan %s lacks here",
          plan.number, t.code(), t.implementsTaskCode(), implementedPlan);
    }
    return new TaskData(
        plan.id,
        t.sectionCode() != null && plan.sections.contains(t.sectionCode()) ? t.sectionCode() : null,
        t.code(),
        parentId,
        t.title(),
        null,
        orEmpty(t.leadOrgIds()),
        orEmpty(t.cooperatingOrgIds()),
        t.expectedOutput(),
        null,
        t.deadlineText(),
        implementsTask);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
