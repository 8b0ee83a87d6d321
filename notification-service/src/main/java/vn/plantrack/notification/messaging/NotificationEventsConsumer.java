package vn.plantrack.notification.messaging;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.plantrack.directory.service.DirectoryMirror;
import vn.plantrack.notification.service.FocalPoints;
import vn.plantrack.notification.service.IndicatorNotices;
import vn.plantrack.notification.service.PlanNotices;
import vn.plantrack.notification.service.ReportNotices;
import vn.plantrack.notification.service.TaskNotices;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.IdempotentConsumer;

/**
 * The owners' events → who must know. Plans and organizations also keep the directory replica
 * (module directory-replica's {@link DirectoryMirror}) and, in the same transaction, the
 * organizations' focal points: this consumer stands in for the replica's own {@code
 * DirectoryEventsConsumer} (excluded in application.properties), which has no place for contacts.
 * Every channel goes through the platform's {@link IdempotentConsumer} (an event applied once,
 * poison dead-lettered).
 */
@ApplicationScoped
@Startup
public class NotificationEventsConsumer {
  private final IdempotentConsumer.Channel plans;
  private final IdempotentConsumer.Channel organizations;
  private final IdempotentConsumer.Channel tasks;
  private final IdempotentConsumer.Channel indicators;
  private final IdempotentConsumer.Channel reports;

  public NotificationEventsConsumer(
      IdempotentConsumer consumer,
      DirectoryMirror mirror,
      FocalPoints focalPoints,
      PlanNotices planNotices,
      TaskNotices taskNotices,
      IndicatorNotices indicatorNotices,
      ReportNotices reportNotices) {
    this.plans =
        consumer.channel(
            "plans",
            "notification.plans",
            e -> {
              if (PlanEvents.IMPORT_CONFIRMED.equals(e.type())) {
                planNotices.importConfirmed(e);
              } else {
                mirror.applyPlan(e);
              }
            });
    this.organizations =
        consumer.channel(
            "organizations",
            "notification.organizations",
            e -> {
              mirror.applyOrganization(e);
              focalPoints.apply(e);
            });
    this.tasks = consumer.channel("tasks", "notification.tasks", taskNotices::apply);
    this.indicators =
        consumer.channel("indicators", "notification.indicators", indicatorNotices::apply);
    this.reports = consumer.channel("reports", "notification.reports", reportNotices::apply);
  }

  @Incoming("plans")
  public Uni<Void> onPlan(String event) {
    return plans.consume(event);
  }

  @Incoming("organizations")
  public Uni<Void> onOrganization(String event) {
    return organizations.consume(event);
  }

  @Incoming("tasks")
  public Uni<Void> onTask(String event) {
    return tasks.consume(event);
  }

  @Incoming("indicators")
  public Uni<Void> onIndicator(String event) {
    return indicators.consume(event);
  }

  @Incoming("reports")
  public Uni<Void> onReport(String event) {
    return reports.consume(event);
  }
}
