package vn.plantrack.task.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.task.service.DirectoryMirror;

/**
 * plantrack.plans and plantrack.organizations → task-service's copies (known_plan,
 * known_organization).
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
    consumer.apply("task.plans", event, mirror::applyPlan);
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void onOrganization(String event) {
    consumer.apply("task.organizations", event, mirror::applyOrganization);
  }
}
