package vn.plantrack.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.repository.OrganizationViewRepository;

/**
 * The admin API over the dead-letter topic: an event dead-lettered by a failure that has passed (as
 * a JDBC connection error did before issue 15) is listed, shown and replayed through its consumer,
 * once, audited; a replay of poison says why, and only admins may look.
 */
@QuarkusTest
@RealInfrastructure
class DeadLetterAdminTest {
  private static final String BASE = "/api/v1/admin/reporting/dead-letters";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject OrganizationViewRepository views;
  @Inject EntityManager entityManager;

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aDeadLetteredEventIsListedShownAndReplayedOnceAndPoisonSaysWhy() {
    UUID org = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    TopicReader.send(
        kafka,
        "plantrack.reporting.dead-letter",
        org.toString(),
        OrganizationEventsConsumerTest.event(eventId, org, 1, "Sở Y tế"),
        Map.of(
            "dead-letter-reason", "reporting.organizations: failed 5 times: connection refused",
            "dead-letter-topic", "plantrack.organizations",
            "dead-letter-partition", "0",
            "dead-letter-offset", "17"));
    String poison = "{\"poison\": \"" + UUID.randomUUID() + "\"}";
    TopicReader.send(
        kafka,
        "plantrack.reporting.dead-letter",
        org.toString(),
        poison,
        Map.of(
            "dead-letter-reason", "reporting.organizations: poison: data.version missing",
            "dead-letter-topic", "plantrack.organizations"));

    String id = await().atMost(Duration.ofSeconds(30)).until(() -> idOf(eventId), i -> i != null);
    JsonPath shown = given().get(BASE + "/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(shown.getString("sourceTopic")).isEqualTo("plantrack.organizations");
    assertThat(shown.getLong("sourceOffset")).isEqualTo(17);
    assertThat(shown.getString("eventType")).isEqualTo("plantrack.organization.updated.v1");
    assertThat(shown.getString("reason")).contains("connection refused");
    assertThat(shown.getString("value")).contains(eventId);
    assertThat(nameOf(org)).isNull();

    given()
        .post(BASE + "/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("APPLIED"));
    assertThat(nameOf(org)).isEqualTo("Sở Y tế");
    given()
        .post(BASE + "/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("DUPLICATE"));
    JsonPath again = given().get(BASE + "/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(again.getString("lastReplay.action")).isEqualTo("REPLAYED");
    assertThat(again.getString("lastReplay.by")).isEqualTo("admin");
    assertThat(replayAudits(id)).isEqualTo(2);

    String poisonId =
        await().atMost(Duration.ofSeconds(30)).until(() -> idOfValue(poison), i -> i != null);
    given()
        .post(BASE + "/" + poisonId + "/replay")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", startsWith("reporting.organizations: poison: "));
    // Replaying all leaves the replayed one alone and reports the poison again.
    JsonPath all = given().post(BASE + "/replay").then().statusCode(200).extract().jsonPath();
    assertThat(all.getList("results.id", String.class)).contains(poisonId).doesNotContain(id);

    given().get(BASE + "/9-999999").then().statusCode(404).contentType("application/problem+json");
    given().get(BASE + "/not-an-id").then().statusCode(400);
    given().get("/api/v1/admin/task/dead-letters").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aRecordDeadLetteredTwiceIsListedAndReplayedOnce() {
    // A rebalance while a poison record was being dead-lettered wrote it twice (the topic is
    // written
    // at least once): the admin sees one record with its copies, and a replay of all applies it
    // once.
    UUID org = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    for (int copy = 0; copy < 2; copy++) {
      TopicReader.send(
          kafka,
          "plantrack.reporting.dead-letter",
          org.toString(),
          OrganizationEventsConsumerTest.event(eventId, org, 1, "Sở Xây dựng"),
          Map.of(
              "dead-letter-reason", "reporting.organizations: failed: connection refused",
              "dead-letter-topic", "plantrack.organizations",
              "dead-letter-partition", "0",
              "dead-letter-offset", "23"));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> listed(eventId).size(), n -> n >= 1 && dead(eventId) == 2);
    List<Map<String, Object>> listed = listed(eventId);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("copies")).isEqualTo(2);
    String id = (String) listed.get(0).get("id");
    JsonPath all = given().post(BASE + "/replay").then().statusCode(200).extract().jsonPath();
    List<String> replayed = all.getList("results.id", String.class);
    assertThat(replayed).contains(id);
    assertThat(all.getList("results.outcome", String.class).get(replayed.indexOf(id)))
        .isEqualTo("APPLIED");
    assertThat(nameOf(org)).isEqualTo("Sở Xây dựng");
    assertThat(copiesOf(eventId, id)).hasSize(1);
    assertThat(replayed)
        .as("the second copy is not replayed on its own")
        .doesNotContainAnyElementsOf(copiesOf(eventId, id));
  }

  /** How many records of the dead-letter topic carry the event (every copy). */
  private int dead(String eventId) {
    return TopicReader.await(
            kafka,
            "plantrack.reporting.dead-letter",
            r -> r.value() != null && r.value().contains(eventId),
            2,
            Duration.ofSeconds(5))
        .size();
  }

  /** The ids of the topic's other copies of the event (partition-offset), besides {@code shown}. */
  private List<String> copiesOf(String eventId, String shown) {
    return TopicReader.await(
            kafka,
            "plantrack.reporting.dead-letter",
            r -> r.value() != null && r.value().contains(eventId),
            2,
            Duration.ofSeconds(5))
        .stream()
        .map(r -> r.partition() + "-" + r.offset())
        .filter(i -> !i.equals(shown))
        .toList();
  }

  private List<Map<String, Object>> listed(String eventId) {
    List<Map<String, Object>> items =
        given()
            .queryParam("size", 500)
            .get(BASE)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream().filter(i -> eventId.equals(i.get("eventId"))).toList();
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  void onlyAdminsMayLook() {
    given().get(BASE).then().statusCode(403).contentType("application/problem+json");
    given().post(BASE + "/replay").then().statusCode(403);
  }

  private String idOf(String eventId) {
    List<Map<String, Object>> items =
        given()
            .queryParam("size", 500)
            .get(BASE)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(i -> eventId.equals(i.get("eventId")))
        .map(i -> (String) i.get("id"))
        .findFirst()
        .orElse(null);
  }

  private String idOfValue(String value) {
    List<Map<String, Object>> items =
        given()
            .queryParam("size", 500)
            .get(BASE)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    for (Map<String, Object> item : items) {
      String id = (String) item.get("id");
      String shown = given().get(BASE + "/" + id).then().extract().jsonPath().getString("value");
      if (value.equals(shown)) {
        return id;
      }
    }
    return null;
  }

  private long replayAudits(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from audit_entry where entity_type = 'dead-letter'"
                                    + " and entity_id = ?1 and action = 'REPLAYED'"
                                    + " and request_id is not null")
                            .setParameter(1, "plantrack.reporting.dead-letter/" + id)
                            .getSingleResult())
                    .longValue());
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
