package vn.plantrack.reporting.messaging;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.reporting.service.ReadModelService;

/** plantrack.organizations → the read model's organization_view. */
@ApplicationScoped
@Startup
public class OrganizationEventsConsumer {
  static final String NAME = "reporting.organizations";

  private final IdempotentConsumer.Channel organizations;

  public OrganizationEventsConsumer(IdempotentConsumer consumer, ReadModelService readModel) {
    this.organizations = consumer.channel("organizations", NAME, readModel::applyOrganizationEvent);
  }

  @Incoming("organizations")
  public Uni<Void> on(String event) {
    return organizations.consume(event);
  }
}
