package vn.plantrack.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.platform.test.KafkaOutage;
import vn.plantrack.platform.test.StoppedKafkaResource;
import vn.plantrack.platform.test.TopicReader;

/**
 * The service rides out a Kafka outage: it keeps answering and stays ready (its kafka check says
 * the broker is down), events wait in the outbox, and once the broker is back they are delivered,
 * in order and once.
 */
@QuarkusTest
@KafkaOutage
class KafkaOutageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Read at run time: Quarkus validates every test class's injection points at boot, also for other
  // profiles.
  private final org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
  private String bootstrap;

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
  void eventsWaitInTheOutboxWhileKafkaIsDownAndArriveInOrderOnceWhenItIsBack() throws Exception {
    bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
    int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    broker =
        KafkaBroker.on(
            port,
            config.getValue(StoppedKafkaResource.CONTROLLER_PORT, Integer.class),
            Path.of(config.getValue(StoppedKafkaResource.DIRECTORY, String.class)));

    // Kafka has never been up: writes still succeed and readiness says why events are not flowing.
    String a = create("KT.OUTAGE-A");
    rename(a, 0, "A lần 1");
    rename(a, 1, "A lần 2");
    String b = create("KT.OUTAGE-B");
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("DOWN"));
    given().get("/q/health/live").then().statusCode(200);
    assertThat(pending()).isEqualTo(4);

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
    assertThat(versionsOf(a, 3)).containsExactly(0L, 1L, 2L);
    assertThat(versionsOf(b, 1)).containsExactly(0L);

    // An outage after it was up: stop the broker, write, restart on the same port and data.
    broker.stop();
    rename(a, 2, "A lần 3");
    rename(b, 0, "B lần 1");
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("DOWN")));
    given().get("/api/v1/organizations/" + a).then().statusCode(200);
    assertThat(pending()).isEqualTo(2);
    broker.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> pending() == 0);
    // Exactly once per version, in version order per aggregate (the Kafka key keeps one aggregate
    // in order).
    assertThat(versionsOf(a, 5)).containsExactly(0L, 1L, 2L, 3L);
    assertThat(versionsOf(b, 3)).containsExactly(0L, 1L);
  }

  private String create(String code) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            "{\"code\": \"%s\", \"name\": \"Đơn vị %s\", \"type\": \"DEPARTMENT\"}"
                .formatted(code, code))
        .post("/api/v1/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private void rename(String id, long version, String name) {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body("{\"name\": \"%s\", \"type\": \"DEPARTMENT\"}".formatted(name))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200);
  }

  /**
   * The versions carried by the events of one aggregate, in the order its partition holds them.
   * Waits for up to {@code atLeast} of them; asking for one more than expected proves there is no
   * duplicate.
   */
  private List<Long> versionsOf(String id, int atLeast) {
    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            bootstrap,
            "plantrack.organizations",
            r -> id.equals(r.key()),
            atLeast,
            Duration.ofSeconds(8));
    List<Long> versions = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records) {
      try {
        versions.add(JSON.readTree(r.value()).at("/data/version").asLong());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return versions;
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
