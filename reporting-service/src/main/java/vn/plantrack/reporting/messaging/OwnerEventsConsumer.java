package vn.plantrack.reporting.messaging;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.reporting.service.ReadModelService;

/** plantrack.plans, plantrack.tasks and plantrack.indicators → the read model. */
@ApplicationScoped
@Startup
public class OwnerEventsConsumer {
  public static final String PLANS = "reporting.plans";
  public static final String TASKS = "reporting.tasks";
  public static final String INDICATORS = "reporting.indicators";

  private final IdempotentConsumer.Channel plans;
  private final IdempotentConsumer.Channel tasks;
  private final IdempotentConsumer.Channel indicators;

  public OwnerEventsConsumer(IdempotentConsumer consumer, ReadModelService readModel) {
    this.plans = consumer.channel("plans", PLANS, readModel::applyPlan);
    this.tasks = consumer.channel("tasks", TASKS, readModel::applyTask);
    this.indicators = consumer.channel("indicators", INDICATORS, readModel::applyIndicator);
  }

  @Incoming("plans")
  public Uni<Void> onPlan(String event) {
    return plans.consume(event);
  }

  @Incoming("tasks")
  public Uni<Void> onTask(String event) {
    return tasks.consume(event);
  }

  @Incoming("indicators")
  public Uni<Void> onIndicator(String event) {
    return indicators.consume(event);
  }
}
