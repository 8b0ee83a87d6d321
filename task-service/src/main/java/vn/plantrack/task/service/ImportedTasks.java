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
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Creates the tasks of a plan import confirmed in plan-service ({@code
 * plantrack.plan.import-confirmed.v1}, examples in plan-service/docs/events.md): all of them in the
 * consumer's one transaction, parents before sub-tasks, through {@link TaskCommands} so each gets
 * its audit entry and its created event. A task whose code the plan already has is left as it is (a
 * redelivered or replayed event creates nothing twice). "implementsTaskCode" links a sub-plan's
 * task to the task it carries out in the implemented plan.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportedTasks implements ConfirmedImports {
  private static final Logger LOG = Logger.getLogger(ImportedTasks.class);

  private final TaskCommands commands;
  private final TaskRepository tasks;
  private final KnownPlanRepository plans;

  public ImportedTasks(TaskCommands commands, TaskRepository tasks, KnownPlanRepository plans) {
    this.commands = commands;
    this.tasks = tasks;
    this.plans = plans;
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
    for (JsonNode t : ordered) {
      String code = InboundEvent.text(t, "code");
      if (ids.containsKey(code)) {
        continue;
      }
      UUID parentId = t.hasNonNull("parentCode") ? ids.get(t.get("parentCode").asText()) : null;
      if (t.hasNonNull("parentCode") && parentId == null) {
        throw new InboundEvent.PoisonEventException(
            "task " + code + ": no parent " + t.get("parentCode").asText() + " in the import");
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
      Task task =
          commands.createImported(
              plan,
              new TaskData(
                  planId,
                  t.hasNonNull("sectionCode")
                          && plan.sections.contains(t.get("sectionCode").asText())
                      ? t.get("sectionCode").asText()
                      : null,
                  code,
                  parentId,
                  InboundEvent.text(t, "title"),
                  null,
                  InboundEvent.uuids(t, "leadOrgIds"),
                  InboundEvent.uuids(t, "cooperatingOrgIds"),
                  t.hasNonNull("expectedOutput") ? t.get("expectedOutput").asText() : null,
                  null,
                  t.hasNonNull("deadlineText") ? t.get("deadlineText").asText() : null,
                  implementsTask),
              confirmedBy);
      ids.put(code, task.id);
      created++;
    }
    LOG.infof("import of plan %s: %d tasks created", plan.number, created);
    return created;
  }
}
