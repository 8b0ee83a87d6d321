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
 * plantrack.organizations → the read model's organization_view; only plan-service's events ({@link
 * TopicOwners}).
 */
@ApplicationScoped
public class OrganizationEventsConsumer {
  static final String NAME = "reporting.organizations";

  private final IdempotentConsumer consumer;
  private final ReadModelService readModel;
  private final String topic;

  public OrganizationEventsConsumer(
      IdempotentConsumer consumer,
      ReadModelService readModel,
      @ConfigProperty(name = "mp.messaging.incoming.organizations.topic") String topic) {
    this.consumer = consumer;
    this.readModel = readModel;
    this.topic = topic;
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void on(String event) {
    consumer.apply(NAME, event, TopicOwners.ownerOnly(topic, readModel::applyOrganizationEvent));
  }
}
