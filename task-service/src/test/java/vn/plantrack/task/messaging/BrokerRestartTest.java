package vn.plantrack.task.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.platform.test.KafkaOutage;
import vn.plantrack.platform.test.StoppedKafkaResource;
import vn.plantrack.platform.test.TopicReader;

/**
 * A task's status change reaches Kafka once, also when the broker goes down in between: the change
 * commits with its outbox row (201, the service still ready, its health and metrics saying the
 * broker is away), and the relay delivers it when the broker is back.
 */
@QuarkusTest
@KafkaOutage
class BrokerRestartTest {
  // Read at run time: Quarkus validates every test class's injection points at each boot.
  private final Config config = ConfigProvider.getConfig();
  private static final UUID PLAN = UUID.nameUUIDFromBytes("restart/plan".getBytes());
  private static final UUID STC = UUID.nameUUIDFromBytes("restart/org/KT.STC".getBytes());

  @Inject EntityManager entityManager;

  private KafkaBroker broker;

  @AfterEach
  void stopBroker() {
    if (broker != null) {
      broker.stop();
    }
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aStatusChangeMadeWhileTheBrokerIsDownArrivesOnceWhenItIsBack() {
    String bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
    int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    broker =
        KafkaBroker.on(
            port,
            config.getValue(StoppedKafkaResource.CONTROLLER_PORT, Integer.class),
            Path.of(config.getValue(StoppedKafkaResource.DIRECTORY, String.class)));
    broker.start();
    world();
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                """
                {"planId": "%s", "code": "38.1", "title": "Cơ sở dữ liệu quốc gia về Bảo hiểm",
                 "leadOrgIds": ["%s"], "deadlineText": "2/2026"}
                """
                    .formatted(PLAN, STC))
            .post("/api/v1/tasks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> pending() == 0);

    broker.stop();
    // The service stays in the load balancer: readiness is UP, its kafka check says the broker is
    // away, and so does the gauge (the consumers' own readiness is off: platform config).
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("DOWN")));
    await().atMost(Duration.ofSeconds(30)).until(() -> gauge("plantrack_broker_available") == 0);
    given()
        .contentType(ContentType.JSON)
        .body("{\"status\": \"IN_PROGRESS\", \"percent\": 20, \"note\": \"Đang triển khai\"}")
        .post("/api/v1/tasks/" + id + "/progress")
        .then()
        .statusCode(201);
    assertThat(pending()).isEqualTo(1); // one change, one event: the status-changed waits
    // The relay's failed attempt raises the alert: the oldest unsent row's age.
    await().atMost(Duration.ofSeconds(30)).until(() -> gauge("plantrack_outbox_stuck_seconds") > 0);
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
    broker.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("UP")));
    await().atMost(Duration.ofSeconds(30)).until(() -> gauge("plantrack_broker_available") == 1);
    await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> gauge("plantrack_outbox_stuck_seconds") == 0);

    List<String> types = new ArrayList<>();
    TopicReader.await(
            bootstrap, "plantrack.tasks", r -> id.equals(r.key()), 3, Duration.ofSeconds(8))
        .forEach(r -> types.add(r.value().replaceAll(".*\"type\": ?\"([^\"]+)\".*", "$1")));
    assertThat(types)
        .containsExactly("plantrack.task.created.v1", "plantrack.task.status-changed.v1");
  }

  private void world() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              KnownPlan p = new KnownPlan();
              p.id = PLAN;
              p.province = "KT";
              p.number = "1570/KH-UBND";
              p.status = "ISSUED";
              p.version = 1;
              entityManager.persist(p);
              KnownOrganization o = new KnownOrganization();
              o.id = STC;
              o.province = "KT";
              o.code = "KT.STC";
              o.name = "Sở Tài chính";
              o.type = "DEPARTMENT";
              o.version = 1;
              entityManager.persist(o);
            });
  }

  /** A gauge as Prometheus reads it (-1: not exposed). */
  private static double gauge(String name) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$")
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  private long pending() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from outbox_event where published_at is null")
                            .getSingleResult())
                    .longValue());
  }
}
