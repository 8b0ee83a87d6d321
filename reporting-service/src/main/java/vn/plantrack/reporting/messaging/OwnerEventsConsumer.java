package vn.plantrack.reporting.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.reporting.service.ReadModelService;

/** plantrack.plans, plantrack.tasks and plantrack.indicators → the read model. */
@ApplicationScoped
public class OwnerEventsConsumer {
  public static final String PLANS = "reporting.plans";
  public static final String TASKS = "reporting.tasks";
  public static final String INDICATORS = "reporting.indicators";

  private final IdempotentConsumer consumer;
  private final ReadModelService readModel;

  public OwnerEventsConsumer(IdempotentConsumer consumer, ReadModelService readModel) {
    this.consumer = consumer;
    this.readModel = readModel;
  }

  @Incoming("plans")
  public Uni<Void> onPlan(String event) {
    return consumer.consume(PLANS, event, readModel::applyPlan);
  }

  @Incoming("tasks")
  public Uni<Void> onTask(String event) {
    return consumer.consume(TASKS, event, readModel::applyTask);
  }

  @Incoming("indicators")
  public Uni<Void> onIndicator(String event) {
    return consumer.consume(INDICATORS, event, readModel::applyIndicator);
  }
}
