package vn.plantrack.reporting.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.reporting.service.ReadModelService;

/** plantrack.organizations → the read model's organization_view. */
@ApplicationScoped
public class OrganizationEventsConsumer {
  static final String NAME = "reporting.organizations";

  private final IdempotentConsumer consumer;
  private final ReadModelService readModel;

  public OrganizationEventsConsumer(IdempotentConsumer consumer, ReadModelService readModel) {
    this.consumer = consumer;
    this.readModel = readModel;
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void on(String event) {
    consumer.apply(NAME, event, readModel::applyOrganizationEvent);
  }
}
