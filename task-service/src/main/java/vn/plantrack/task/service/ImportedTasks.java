package vn.plantrack.task.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.messaging.RejectedParts;
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
 * out, or that is itself a sub-task) is left out and reported ({@link RejectedParts}: the
 * dead-letter topic, with the event, for a replay once fixed); the other rows are created.
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
  private final KnownPlanRepository plans;
  private final RejectedParts rejected;

  public ImportedTasks(
      TaskCommands commands,
      TaskRepository tasks,
      KnownPlanRepository plans,
      RejectedParts rejected) {
    this.commands = commands;
    this.tasks = tasks;
    this.plans = plans;
    this.rejected = rejected;
  }

  /** Returns how many tasks were created. */
  @Override
  public int apply(InboundEvent event) {
    JsonNode data = event.data();
    UUID planId = InboundEvent.uuid(data, "id");
    KnownPlan plan = plans.findById(planId);
    if (plan == null) {
      // The plan's own events come first on the same partition; without them the event is wrong.
      throw new InboundEvent.PoisonEventException("import of unknown plan " + planId);
    }
    String confirmedBy = data.path("confirmedBy").asText("system");
    UUID implementedPlan =
        data.hasNonNull("implementsPlanId") ? InboundEvent.uuid(data, "implementsPlanId") : null;
    Map<String, UUID> implemented =
        implementedPlan == null ? Map.of() : tasks.idsByCode(implementedPlan);
    Map<String, UUID> ids = tasks.idsByCode(planId);
    int created = 0;
    // Parents first: a sub-task names its parent by code.
    List<JsonNode> ordered = new ArrayList<>();
    data.path("tasks")
        .forEach(
            t -> {
              if (!t.hasNonNull("parentCode")) {
                ordered.add(t);
              }
            });
    data.path("tasks")
        .forEach(
            t -> {
              if (t.hasNonNull("parentCode")) {
                ordered.add(t);
              }
            });
    Map<String, Boolean> topLevel = new java.util.HashMap<>();
    int row = 0;
    for (JsonNode t : ordered) {
      row++;
      String code =
          t.path("code").isTextual() ? t.get("code").asText() : "task without code #" + row;
      if (ids.containsKey(code)) {
        continue;
      }
      TaskData task;
      try {
        task = row(t, plan, ids, topLevel, implemented, implementedPlan);
      } catch (InboundEvent.PoisonEventException e) {
        rejected.reject(code, e.getMessage());
        continue;
      }
      ids.put(code, commands.createImported(plan, task, confirmedBy).id);
      topLevel.put(code, task.parentId() == null);
      created++;
    }
    LOG.infof("import of plan %s: %d tasks created", plan.number, created);
    return created;
  }

  /** The row as a task to create; a row that cannot be one is poison (for itself only). */
  private TaskData row(
      JsonNode t,
      KnownPlan plan,
      Map<String, UUID> ids,
      Map<String, Boolean> topLevel,
      Map<String, UUID> implemented,
      UUID implementedPlan) {
    String code = InboundEvent.text(t, "code");
    if (code.length() > MAX_CODE) {
      throw new InboundEvent.PoisonEventException("code longer than " + MAX_CODE + " characters");
    }
    String title = InboundEvent.text(t, "title");
    String deadlineText = t.hasNonNull("deadlineText") ? t.get("deadlineText").asText() : null;
    if (deadlineText != null && deadlineText.length() > MAX_DEADLINE_TEXT) {
      throw new InboundEvent.PoisonEventException(
          "deadlineText longer than " + MAX_DEADLINE_TEXT + " characters");
    }
    UUID parentId = null;
    if (t.hasNonNull("parentCode")) {
      String parentCode = t.get("parentCode").asText();
      parentId = ids.get(parentCode);
      if (parentId == null) {
        throw new InboundEvent.PoisonEventException(
            "no parent " + parentCode + " in the import (or it was left out)");
      }
      Boolean parentOnTop = topLevel.get(parentCode);
      if (parentOnTop == null) {
        parentOnTop = tasks.findById(parentId).parentId == null; // created by an earlier delivery
      }
      if (!parentOnTop) {
        throw new InboundEvent.PoisonEventException(
            "parent " + parentCode + " is itself a sub-task: sub-tasks are one level deep");
      }
    }
    UUID implementsTask =
        t.hasNonNull("implementsTaskCode")
            ? implemented.get(t.get("implementsTaskCode").asText())
            : null;
    if (t.hasNonNull("implementsTaskCode") && implementsTask == null) {
      LOG.warnf(
          "import of plan %s: task %s implements %s, which the implemented plan %s lacks here",
          plan.number, code, t.get("implementsTaskCode").asText(), implementedPlan);
    }
    return new TaskData(
        plan.id,
        t.hasNonNull("sectionCode") && plan.sections.contains(t.get("sectionCode").asText())
            ? t.get("sectionCode").asText()
            : null,
        code,
        parentId,
        title,
        null,
        InboundEvent.uuids(t, "leadOrgIds"),
        InboundEvent.uuids(t, "cooperatingOrgIds"),
        t.hasNonNull("expectedOutput") ? t.get("expectedOutput").asText() : null,
        null,
        deadlineText,
        implementsTask);
  }
}
