package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.plantrack.notification.rules.Notices;
import vn.plantrack.plan.contract.PlanEvents.ImportConfirmed;
import vn.plantrack.plan.contract.PlanEvents.ImportedIndicator;
import vn.plantrack.plan.contract.PlanEvents.ImportedTask;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * plan-service's {@code import-confirmed}: told to the province's coordinators with how many tasks
 * and indicators the confirmed document holds (rows that do not decode are not counted).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanNotices {
  private final EventData data;
  private final Dispatcher dispatcher;
  private final Links links;

  public PlanNotices(EventData data, Dispatcher dispatcher, Links links) {
    this.data = data;
    this.dispatcher = dispatcher;
    this.links = links;
  }

  public void importConfirmed(InboundEvent event) {
    ImportConfirmed c =
        data.decodeApart(
            event,
            ImportConfirmed.class,
            Set.of("tasks", "indicators"),
            "id",
            "province",
            "number");
    int tasks = ok(data.parts(event, "tasks", ImportedTask.class));
    int indicators = ok(data.parts(event, "indicators", ImportedIndicator.class));
    dispatcher.tell(
        event.id(),
        c.province(),
        Notices.importConfirmed(
            links.base(), c.id(), c.number(), c.confirmedBy(), tasks, indicators),
        List.of());
  }

  private static int ok(List<? extends EventData.Part<?>> parts) {
    return (int) parts.stream().filter(EventData.Part::ok).count();
  }
}
