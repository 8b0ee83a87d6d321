package vn.plantrack.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plantrack.infra.KafkaCredentials;

/**
 * The foundation's promises, end to end: the real stack (PostgreSQL, Kafka, Keycloak, four
 * services, gateway) started by deploy/local/up, driven only through the gateway with real tokens.
 */
class FoundationIT {

  @BeforeAll
  static void gateway() {
    RestAssured.baseURI = Stack.GATEWAY;
    GatewayContract.install();
  }

  @Test
  void theGatewayIsHealthyAndSoIsEveryServiceBehindIt() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "task", "indicator", "reporting", "notification"})
  void theConsoleListsEveryServicesOpenApiDocument(String service) {
    given()
        .queryParam("format", "json")
        .get("/openapi/" + service)
        .then()
        .statusCode(200)
        .body("openapi", notNullValue())
        .body("info.title", equalTo("PlanTrack " + service + "-service"));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void aDemoUsersTokenReadsTheDemoDirectoryThroughTheGateway() throws Exception {
    String token = Stack.userToken("kt.coordinator");
    JsonNode claims = Stack.claims(token);
    assertThat(claims.get("province").asText()).isEqualTo("KT");
    given()
        .auth()
        .oauth2(token)
        .queryParam("q", "so tai chinh")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .header("X-Request-Id", notNullValue())
        .body("total", greaterThan(0))
        .body("items.code", hasItem("KT.STC"))
        .body("items.province", everyItem(equalTo("KT")));
  }

  @Test
  void withoutATokenTheGatewayAnswers401() {
    given().get("/api/v1/organizations").then().statusCode(401);
  }

  @Test
  void aTokenIssuedForAnotherAudienceIs401() throws Exception {
    String foreign = Stack.clientToken("plantrack-outsider", "outsider-secret");
    assertThat(Stack.claims(foreign).path("aud").toString()).doesNotContain("plantrack-api");
    given().auth().oauth2(foreign).get("/api/v1/organizations").then().statusCode(401);
  }

  @Test
  void theIntegrationClientReadsItsProvinceWithClientCredentials() {
    String token = Stack.clientToken("provincial-integration", "demo-secret");
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.province", everyItem(equalTo("KT")));
  }

  @Test
  void theLabelledEnumerationsAnswerThroughTheGateway() {
    given()
        .auth()
        .oauth2(Stack.userToken("kt.viewer"))
        .get("/api/v1/meta/enums")
        .then()
        .statusCode(200)
        .body("Timeliness.value", org.hamcrest.Matchers.hasItem("OVERDUE"));
  }

  @Test
  void taskServiceReadsADeadlinePhraseThroughTheGateway() {
    given()
        .auth()
        .oauth2(Stack.userToken("kt.viewer"))
        .queryParam("text", "Quý IV/2025")
        .get("/api/v1/deadlines/parse")
        .then()
        .statusCode(200)
        .body("kind", equalTo("QUARTER"))
        .body("dueDate", equalTo("2025-12-31"));
  }

  @Test
  void theDemoDirectoryKnowsTheReorganizationsOf2025() {
    given()
        .auth()
        .oauth2(Stack.userToken("kt.viewer"))
        .queryParam("name", "Sở Thông tin và Truyền thông")
        .get("/api/v1/organizations/resolve")
        .then()
        .statusCode(200)
        .body("matches[0].organization.code", equalTo("KT.STTTT"))
        .body("matches[0].organization.validTo", equalTo("2025-02-28"))
        .body(
            "matches[0].organization.successorIds[0]",
            equalTo("3b66bee5-abff-311f-8012-2e65499a6f43"));
  }

  @Test
  void aChangeThroughTheGatewayIsPublishedOnKafka() {
    String code = "KT.E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String id =
        given()
            .auth()
            .oauth2(Stack.userToken("kt.coordinator"))
            .contentType(ContentType.JSON)
            .body(
                "{\"code\": \""
                    + code
                    + "\", \"name\": \"Phòng thử nghiệm đầu cuối\", \"type\": \"DIVISION\"}")
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(eventsFor("plantrack.organizations", id, Duration.ofSeconds(30))).hasSize(1);
  }

  /** issue 15: the stack's broker takes no event from a client without valid credentials. */
  @Test
  void theBrokerRefusesAProducerWithoutCredentials() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> anonymous = new KafkaProducer<>(props)) {
      assertThatThrownBy(
              () -> anonymous.send(new ProducerRecord<>("plantrack.tasks", "forged", "{}")).get())
          .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
    props.putAll(KafkaCredentials.clientProperties("task-service", "guessed"));
    try (KafkaProducer<String, String> guessing = new KafkaProducer<>(props)) {
      assertThatThrownBy(
              () -> guessing.send(new ProducerRecord<>("plantrack.tasks", "forged", "{}")).get())
          .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }
  }

  private static List<ConsumerRecord<String, String>> eventsFor(
      String topic, String key, Duration timeout) {
    Properties props = Stack.kafkaAdmin();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (found.isEmpty() && System.nanoTime() < deadline) {
        consumer
            .poll(Duration.ofMillis(300))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      }
      // Keep reading briefly: a second copy of the event would be a duplicate.
      long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < settle) {
        consumer
            .poll(Duration.ofMillis(300))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      }
    }
    return found;
  }
}
