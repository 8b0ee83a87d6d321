package vn.plantrack.directory.messaging;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.directory.service.DirectoryMirror;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.IdempotentConsumer;

/**
 * plantrack.plans and plantrack.organizations → the service's copies (known_plan,
 * known_organization), and confirmed plan imports → the service's {@link ConfirmedImports}. The
 * service configures the channels {@code plans} and {@code organizations} (topic, group id,
 * dead-letter topic) and names the consumer ({@code plantrack.directory.consumer}: processed events
 * are recorded as {@code <name>.plans} and {@code <name>.organizations}).
 */
@ApplicationScoped
@Startup
public class DirectoryEventsConsumer {
  private final IdempotentConsumer.Channel plans;
  private final IdempotentConsumer.Channel organizations;

  public DirectoryEventsConsumer(
      IdempotentConsumer consumer,
      DirectoryMirror mirror,
      ConfirmedImports imports,
      @ConfigProperty(name = "plantrack.directory.consumer") String name) {
    this.plans =
        consumer.channel(
            "plans",
            name + ".plans",
            e -> {
              if (PlanEvents.IMPORT_CONFIRMED.equals(e.type())) {
                imports.apply(e);
              } else {
                mirror.applyPlan(e);
              }
            });
    this.organizations =
        consumer.channel("organizations", name + ".organizations", mirror::applyOrganization);
  }

  @Incoming("plans")
  public Uni<Void> onPlan(String event) {
    return plans.consume(event);
  }

  @Incoming("organizations")
  public Uni<Void> onOrganization(String event) {
    return organizations.consume(event);
  }
}
