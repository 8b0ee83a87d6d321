package vn.plantrack.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply(PLANS, event, readModel::applyPlan);
  }

  @Incoming("tasks")
  @Blocking(ordered = true)
  @Transactional
  public void onTask(String event) {
    consumer.apply(TASKS, event, readModel::applyTask);
  }

  @Incoming("indicators")
  @Blocking(ordered = true)
  @Transactional
  public void onIndicator(String event) {
    consumer.apply(INDICATORS, event, readModel::applyIndicator);
  }
}
