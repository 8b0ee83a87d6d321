package vn.plantrack.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.PostgresResource;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.repository.OrganizationViewRepository;

/**
 * An event that arrives while PostgreSQL is down waits, retried with back-off, and is applied once
 * the database is back; nothing goes to the dead-letter topic (issue 15: a JDBC connection error
 * dead-lettered reporting's task event during a PostgreSQL kill).
 */
@QuarkusTest
@RealInfrastructure
class DatabaseRestartTest {
  private final Config config = ConfigProvider.getConfig();

  @Inject OrganizationViewRepository views;
  @Inject MeterRegistry registry;

  @Test
  void anEventArrivingWhileTheDatabaseIsDownIsAppliedWhenItIsBackAndNeverDeadLettered() {
    String kafka = config.getValue("kafka.bootstrap.servers", String.class);
    UUID org = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    double retriedBefore = count("retried");
    double deadLetteredBefore = count("dead-lettered");

    PostgresResource.stop(config);
    try {
      TopicReader.send(
          kafka,
          "plantrack.organizations",
          org.toString(),
          OrganizationEventsConsumerTest.event(eventId, org, 1, "Sở Nội vụ"));
      // The consumer tries, fails on the connection, and waits: more than once while the database
      // stays away, never by dead-lettering.
      await().atMost(Duration.ofSeconds(30)).until(() -> count("retried") >= retriedBefore + 2);
      assertThat(waiting()).isEqualTo(1);
    } finally {
      PostgresResource.start(config);
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> "Sở Nội vụ".equals(nameOf(org)));
    assertThat(waiting()).isZero();
    assertThat(count("dead-lettered")).isEqualTo(deadLetteredBefore);
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.reporting.dead-letter",
                r -> r.value().contains(eventId),
                1,
                Duration.ofSeconds(5)))
        .isEmpty();
  }

  private double count(String outcome) {
    var counter =
        registry
            .find("plantrack.events.consumed")
            .tags("consumer", OrganizationEventsConsumer.NAME, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private double waiting() {
    var gauge =
        registry
            .find("plantrack.events.waiting")
            .tags("consumer", OrganizationEventsConsumer.NAME)
            .gauge();
    return gauge == null ? 0 : gauge.value();
  }

  private String nameOf(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OrganizationView view = views.findById(id);
              return view == null ? null : view.name;
            });
  }
}
