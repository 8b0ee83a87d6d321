package vn.plantrack.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.task.TestDirectory.id;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.task.Task;
import vn.plantrack.task.TestDirectory;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Every task-service endpoint × every role × own or other organization × own or other province,
 * with real signed tokens validated by the service (issuer, signature, audience). Each case works
 * on a fresh task of Kon Tum led by Sở Tài chính with Sở Y tế cooperating; a refused write must
 * leave it as it was.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class TaskAccessMatrixTest {
  static final UUID PLAN = id("matrix/plan/KT");
  static final UUID STC = id("matrix/org/KT.STC");
  static final UUID CAT = id("matrix/org/KT.CAT");
  static final UUID SYT = id("matrix/org/KT.SYT");
  static final UUID BK_STC = id("matrix/org/BK.STC");

  @Inject TaskRepository tasks;
  @Inject TestDirectory directory;

  /** The callers: role, province and organization. */
  enum Who {
    ADMIN("admin", null, null),
    COORDINATOR("coordinator", "KT", null),
    OFFICER_LEAD("officer", "KT", STC),
    OFFICER_OTHER("officer", "KT", CAT),
    OFFICER_COOPERATING("officer", "KT", SYT),
    VIEWER("viewer", "KT", null),
    MINISTRY("ministry", null, null),
    INTEGRATION("integration", "KT", null),
    COORDINATOR_BK("coordinator", "BK", null),
    OFFICER_BK("officer", "BK", BK_STC),
    ANONYMOUS(null, null, null);

    final String role;
    final String province;
    final UUID org;

    Who(String role, String province, UUID org) {
      this.role = role;
      this.province = province;
      this.org = org;
    }

    RequestSpecification request() {
      RequestSpecification spec = given();
      return role == null
          ? spec
          : spec.auth().oauth2(Tokens.of(name().toLowerCase(), role, province, org));
    }
  }

  /**
   * The expected answers. Columns follow {@link Who}: ADMIN COORDINATOR OFFICER_LEAD OFFICER_OTHER
   * OFFICER_COOPERATING VIEWER MINISTRY INTEGRATION COORDINATOR_BK OFFICER_BK ANONYMOUS.
   */
  static final String MATRIX =
      """
      list            200 200 200 200 200 200 200 200 200 200 401
      get             200 200 200 200 200 200 200 200 404 404 401
      create          201 201 403 403 403 403 403 403 400 403 401
      update          200 200 403 403 403 403 403 403 404 403 401
      progress        201 201 201 403 403 403 403 403 404 404 401
      contribution    201 201 201 403 201 403 403 403 404 404 401
      progress-list   200 200 200 200 200 200 200 200 404 404 401
      condition-met   200 200 403 403 403 403 403 403 404 403 401
      history         200 200 200 200 200 200 200 200 404 404 401
      summary         200 200 200 200 200 200 200 200 200 200 401
      deadline-parse  200 200 200 200 200 200 200 200 200 200 401
      """;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String line : MATRIX.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      for (Who who : Who.values()) {
        cases.add(Arguments.of(cells[0], who, Integer.parseInt(cells[who.ordinal() + 1])));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("cases")
  void everyEndpointAnswersEveryCallerAsWrittenDown(String endpoint, Who who, int expected) {
    world();
    UUID task = freshTask();
    int status = call(endpoint, who, task).statusCode();
    assertThat(status).as(endpoint + " as " + who).isEqualTo(expected);
    if (status >= 400) {
      Task after = QuarkusTransaction.requiringNew().call(() -> tasks.findById(task));
      assertThat(after.version).as("a refused call changes nothing").isZero();
      assertThat(after.status).isEqualTo(TaskStatus.NOT_STARTED);
      assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.progressOf(task))).isEmpty();
    }
  }

  /** Tokens a service must refuse on its own (defence in depth behind the gateway). */
  static Stream<Arguments> forgedTokens() {
    Instant soon = Instant.now().plusSeconds(300);
    return Stream.of(
        Arguments.of(
            "expired",
            token("https://server.example.com", "plantrack-api", Instant.now().minusSeconds(60))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk")),
        Arguments.of(
            "wrong issuer",
            token("https://evil.example.com", "plantrack-api", soon)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk")),
        Arguments.of(
            "wrong audience",
            token("https://server.example.com", "other-api", soon)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk")),
        Arguments.of(
            "no audience",
            Jwt.preferredUserName("x")
                .issuer("https://server.example.com")
                .expiresAt(soon)
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk")),
        Arguments.of("unsigned (alg none)", unsigned()),
        Arguments.of("tampered claims", tampered()));
  }

  /** An admin token from the test issuer, with its issuer, audience and expiry replaced. */
  static JwtClaimsBuilder token(String issuer, String audience, Instant expiresAt) {
    return Tokens.claims("attacker", "admin", null, null)
        .issuer(issuer)
        .audience(audience)
        .expiresAt(expiresAt);
  }

  static String unsigned() {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    String body =
        b64.encodeToString(
            ("{\"iss\":\"https://server.example.com\",\"aud\":\"plantrack-api\","
                    + "\"exp\":"
                    + (Instant.now().getEpochSecond() + 300)
                    + ","
                    + "\"realm_access\":{\"roles\":[\"admin\"]}}")
                .getBytes());
    return header + "." + body + ".";
  }

  /**
   * A valid viewer token whose payload was changed to claim admin: the signature no longer fits.
   */
  static String tampered() {
    String[] parts = Tokens.of("kt.viewer", "viewer", "KT", null).split("\\.");
    java.util.Base64.Decoder d = java.util.Base64.getUrlDecoder();
    String payload = new String(d.decode(parts[1])).replace("\"viewer\"", "\"admin\"");
    return parts[0]
        + "."
        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
        + "."
        + parts[2];
  }

  @ParameterizedTest(name = "{0} token → 401")
  @MethodSource("forgedTokens")
  void forgedTokensAreRefused(String what, String token) {
    world();
    given()
        .auth()
        .oauth2(token)
        .queryParam("planId", PLAN)
        .get("/api/v1/tasks")
        .then()
        .statusCode(401);
  }

  static io.restassured.response.Response call(String endpoint, Who who, UUID task) {
    String base = "/api/v1/tasks/" + task;
    return switch (endpoint) {
      case "list" -> who.request().queryParam("planId", PLAN).get("/api/v1/tasks");
      case "get" -> who.request().get(base);
      case "create" ->
          who.request()
              .contentType(ContentType.JSON)
              .body(
                  """
                  {"planId": "%s", "code": "N-%s", "title": "Nhiệm vụ mới",
                   "leadOrgIds": ["%s"], "deadlineText": "12/2026"}
                  """
                      .formatted(PLAN, UUID.randomUUID().toString().substring(0, 8), STC))
              .post("/api/v1/tasks");
      case "update" ->
          who.request()
              .contentType(ContentType.JSON)
              .header("If-Match", "\"0\"")
              .body(
                  """
                  {"planId": "%s", "code": "M-%s", "title": "Tên mới",
                   "leadOrgIds": ["%s"], "deadlineText": "Sau khi có hướng dẫn của Trung ương"}
                  """
                      .formatted(PLAN, task.toString().substring(0, 8), STC))
              .put(base);
      case "progress" ->
          who.request()
              .contentType(ContentType.JSON)
              .body("{\"status\": \"IN_PROGRESS\", \"percent\": 30, \"note\": \"Đang làm\"}")
              .post(base + "/progress");
      case "contribution" ->
          who.request()
              .contentType(ContentType.JSON)
              .body("{\"note\": \"Đã phối hợp cung cấp số liệu\"}")
              .post(base + "/progress");
      case "progress-list" -> who.request().get(base + "/progress");
      case "condition-met" ->
          who.request()
              .contentType(ContentType.JSON)
              .body(
                  "{\"metOn\": \"2025-08-01\", \"document\": \"Công văn 123/BKHCN\","
                      + " \"dueDate\": \"2026-06-30\"}")
              .post(base + "/condition-met");
      case "history" -> who.request().get(base + "/history");
      case "summary" -> who.request().queryParam("planId", PLAN).get("/api/v1/tasks/summary");
      case "deadline-parse" ->
          who.request().queryParam("text", "Quý IV/2025").get("/api/v1/deadlines/parse");
      default -> throw new IllegalArgumentException(endpoint);
    };
  }

  UUID freshTask() {
    return directory.freshTask(PLAN, "M-", "Nhiệm vụ của ma trận", STC, SYT);
  }

  void world() {
    directory.plan(PLAN, "1570/KH-UBND", Map.of(STC, "KT", CAT, "KT", SYT, "KT", BK_STC, "BK"));
  }
}
