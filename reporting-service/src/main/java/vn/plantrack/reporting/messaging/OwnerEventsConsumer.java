package vn.plantrack.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.platform.messaging.TopicOwners;
import vn.plantrack.reporting.service.ReadModelService;

/**
 * plantrack.plans, plantrack.tasks and plantrack.indicators → the read model; only the topics'
 * owners' events ({@link TopicOwners}).
 */
@ApplicationScoped
public class OwnerEventsConsumer {
  public static final String PLANS = "reporting.plans";
  public static final String TASKS = "reporting.tasks";
  public static final String INDICATORS = "reporting.indicators";

  private final IdempotentConsumer consumer;
  private final ReadModelService readModel;
  private final String plansTopic;
  private final String tasksTopic;
  private final String indicatorsTopic;

  public OwnerEventsConsumer(
      IdempotentConsumer consumer,
      ReadModelService readModel,
      @ConfigProperty(name = "mp.messaging.incoming.plans.topic") String plansTopic,
      @ConfigProperty(name = "mp.messaging.incoming.tasks.topic") String tasksTopic,
      @ConfigProperty(name = "mp.messaging.incoming.indicators.topic") String indicatorsTopic) {
    this.consumer = consumer;
    this.readModel = readModel;
    this.plansTopic = plansTopic;
    this.tasksTopic = tasksTopic;
    this.indicatorsTopic = indicatorsTopic;
  }

  @Incoming("plans")
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply(PLANS, event, TopicOwners.ownerOnly(plansTopic, readModel::applyPlan));
  }

  @Incoming("tasks")
  @Blocking(ordered = true)
  @Transactional
  public void onTask(String event) {
    consumer.apply(TASKS, event, TopicOwners.ownerOnly(tasksTopic, readModel::applyTask));
  }

  @Incoming("indicators")
  @Blocking(ordered = true)
  @Transactional
  public void onIndicator(String event) {
    consumer.apply(
        INDICATORS, event, TopicOwners.ownerOnly(indicatorsTopic, readModel::applyIndicator));
  }
}
