package vn.plantrack.directory.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.directory.service.DirectoryMirror;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.platform.messaging.TopicOwners;

/**
 * plantrack.plans and plantrack.organizations → the service's copies (known_plan,
 * known_organization), and confirmed plan imports → the service's {@link ConfirmedImports}. The
 * service configures the channels {@code plans} and {@code organizations} (topic, group id,
 * dead-letter topic) and names the consumer ({@code plantrack.directory.consumer}: processed events
 * are recorded as {@code <name>.plans} and {@code <name>.organizations}). Only plan-service's
 * events are applied ({@link TopicOwners}): another source on these topics is poison.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {
  private final IdempotentConsumer consumer;
  private final DirectoryMirror mirror;
  private final ConfirmedImports imports;
  private final String name;
  private final String plansTopic;
  private final String organizationsTopic;

  public DirectoryEventsConsumer(
      IdempotentConsumer consumer,
      DirectoryMirror mirror,
      ConfirmedImports imports,
      @ConfigProperty(name = "plantrack.directory.consumer") String name,
      @ConfigProperty(name = "mp.messaging.incoming.plans.topic") String plansTopic,
      @ConfigProperty(name = "mp.messaging.incoming.organizations.topic")
          String organizationsTopic) {
    this.consumer = consumer;
    this.mirror = mirror;
    this.imports = imports;
    this.name = name;
    this.plansTopic = plansTopic;
    this.organizationsTopic = organizationsTopic;
  }

  @Incoming("plans")
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply(
        name + ".plans",
        event,
        TopicOwners.ownerOnly(
            plansTopic,
            e -> {
              if (PlanEvents.IMPORT_CONFIRMED.equals(e.type())) {
                imports.apply(e);
              } else {
                mirror.applyPlan(e);
              }
            }));
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void onOrganization(String event) {
    consumer.apply(
        name + ".organizations",
        event,
        TopicOwners.ownerOnly(organizationsTopic, mirror::applyOrganization));
  }
}
