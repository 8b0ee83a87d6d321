package vn.plantrack.indicator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.indicator.service.DirectoryMirror;
import vn.plantrack.indicator.service.ImportedIndicators;
import vn.plantrack.platform.messaging.IdempotentConsumer;

/**
 * plantrack.plans and plantrack.organizations → indicator-service's copies (known_plan,
 * known_organization), role moves on mergers, and the indicators of confirmed plan imports.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {
  private final IdempotentConsumer consumer;
  private final DirectoryMirror mirror;
  private final ImportedIndicators imported;

  public DirectoryEventsConsumer(
      IdempotentConsumer consumer, DirectoryMirror mirror, ImportedIndicators imported) {
    this.consumer = consumer;
    this.mirror = mirror;
    this.imported = imported;
  }

  @Incoming("plans")
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply(
        "indicator.plans",
        event,
        e -> {
          if (ImportedIndicators.IMPORT_CONFIRMED.equals(e.type())) {
            imported.apply(e);
          } else {
            mirror.applyPlan(e);
          }
        });
  }

  @Incoming("organizations")
  @Blocking(ordered = true)
  @Transactional
  public void onOrganization(String event) {
    consumer.apply("indicator.organizations", event, mirror::applyOrganization);
  }
}
