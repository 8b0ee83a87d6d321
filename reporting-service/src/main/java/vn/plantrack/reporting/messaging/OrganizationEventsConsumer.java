package vn.plantrack.reporting.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
  public Uni<Void> on(String event) {
    return consumer.consume(NAME, event, readModel::applyOrganizationEvent);
  }
}
