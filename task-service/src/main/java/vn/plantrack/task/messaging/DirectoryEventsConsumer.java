package vn.plantrack.task.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.platform.messaging.IdempotentConsumer;
import vn.plantrack.task.service.DirectoryMirror;
import vn.plantrack.task.service.ImportedTasks;

/**
 * plantrack.plans and plantrack.organizations → task-service's copies (known_plan,
 * known_organization), and the tasks of confirmed plan imports.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {
  private final IdempotentConsumer consumer;
  private final DirectoryMirror mirror;
  private final ImportedTasks imported;

  public DirectoryEventsConsumer(
      IdempotentConsumer consumer, DirectoryMirror mirror, ImportedTasks imported) {
    this.consumer = consumer;
    this.mirror = mirror;
    this.imported = imported;
  }

  @Incoming("plans")
  @Blocking(ordered = true)
  @Transactional
  public void onPlan(String event) {
    consumer.apply(
        "task.plans",
        event,
        e -> {
          if (ImportedTasks.IMPORT_CONFIRMED.equals(e.type())) {
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
    consumer.apply("task.organizations", event, mirror::applyOrganization);
  }
}
