package vn.plantrack.indicator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.indicator.service.DirectoryMirror;
import vn.plantrack.platform.messaging.IdempotentConsumer;

/**
 * plantrack.plans and plantrack.organizations → indicator-service's copies (known_plan,
 * known_organization), and role moves on mergers.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {
  private final IdempotentConsumer consumer;
  private final DirectoryMirror mirror;

  public DirectoryEventsConsumer(IdempotentConsumer consumer, DirectoryMirror mirror) {
    this.consumer = consumer;
    this.mirror = mirror;
  }

  @Incoming("plans")
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply("indicator.plans", event, mirror::applyPlan);
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void onOrganization(String event) {
    consumer.apply("indicator.organizations", event, mirror::applyOrganization);
  }
}
