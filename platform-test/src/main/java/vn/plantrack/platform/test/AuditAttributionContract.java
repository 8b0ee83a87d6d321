package vn.plantrack.platform.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * OWASP API (accountability): every write is attributable — the user, their organization, the
 * record's province and the request id — and visible in the history of what it changed. A service's
 * subclass performs each of its writes through {@link #write} with a real signed token and an
 * {@code X-Request-Id}; the contract then reads each write's history and finds the request there,
 * with the caller's name, organization and the province. Every write operation of the OpenAPI
 * document must be exercised, or be listed in {@link #exempt()} with the reason.
 *
 * <p>Run by each service through a subclass annotated
 * {@code @QuarkusTest @RealInfrastructure @TestProfile(Tokens.Validated.class) @WithTestResource(OidcWiremockTestResource.class)}.
 */
public abstract class AuditAttributionContract {

  /** Who writes: a token with this role, province and organization claims. */
  public record Actor(String user, String role, String province, UUID org) {
    public String token() {
      return Tokens.of(user, role, province, org);
    }

    public RequestSpecification request() {
      return given().auth().oauth2(token());
    }
  }

  /** An admin, to read histories whatever their province. */
  protected static final Actor AUDITOR = new Actor("audit.reader", "admin", null, null);

  /** One write sent, and where its trace must show. */
  record Performed(
      String operation, Actor actor, String requestId, String history, String province) {}

  private final List<Performed> performed = new ArrayList<>();
  private OpenApi api;

  /**
   * Performs every write of the service through {@link #write}, with the fixtures it needs (a plan,
   * organizations in the read model…).
   */
  protected abstract void performEveryWrite() throws Exception;

  /** Write operations that leave no history of their own, {@code "POST /api/v1/…"} → why. */
  protected Map<String, String> exempt() {
    return Map.of();
  }

  /**
   * Writes every service has from the platform, exempt everywhere: a dead-letter replay is audited
   * under entity {@code dead-letter} (id {@code <topic>/<partition>-<offset>}, actions REPLAYED or
   * REPLAY_FAILED, with the request id) and tested where events are dead-lettered
   * (reporting-service DeadLetterAdminTest); this contract's world holds no dead-lettered event.
   */
  static final Map<String, String> PLATFORM_EXEMPT =
      Map.of(
          "POST /api/v1/admin/{service}/dead-letters/{id}/replay", "dead-letter replay",
          "POST /api/v1/admin/{service}/dead-letters/replay", "dead-letter replay of all");

  /** Starts a write by {@code actor}: {@code write(a, "PUT", "/api/v1/tasks/" + id)...send()}. */
  protected Write write(Actor actor, String method, String path) {
    return new Write(actor, method, path);
  }

  /** A write being prepared; {@link #send} performs it and returns the answer's JSON. */
  protected final class Write {
    private final Actor actor;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private String contentType = "application/json";
    private Function<JsonPath, String> history;
    private String province;

    private Write(Actor actor, String method, String path) {
      this.actor = actor;
      this.method = method;
      this.path = path;
      this.province = actor.province();
    }

    public Write body(Object body) {
      this.body = body;
      return this;
    }

    public Write contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    public Write header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Where the write shows: the history path, possibly from the write's answer. */
    public Write history(Function<JsonPath, String> history) {
      this.history = history;
      return this;
    }

    public Write history(String history) {
      return history(answer -> history);
    }

    /** The province the changed record belongs to (default: the actor's). */
    public Write province(String province) {
      this.province = province;
      return this;
    }

    /** Sends the write with a fresh X-Request-Id; it must succeed (2xx). */
    public JsonPath send() {
      String requestId = "audit-" + UUID.randomUUID();
      RequestSpecification spec =
          actor.request().header("X-Request-Id", requestId).headers(headers);
      if (body instanceof byte[] bytes) {
        spec.contentType(contentType).body(bytes); // a file (a workbook) as it is
      } else if (body != null) {
        spec.contentType(contentType).body(body);
      }
      Response response = spec.request(method, path);
      assertThat(response.statusCode())
          .as(method + " " + path + " by " + actor.user() + ": " + response.asString())
          .isBetween(200, 299);
      assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
      JsonPath answer = response.asString().isBlank() ? new JsonPath("{}") : response.jsonPath();
      assertThat(history).as("history of " + method + " " + path).isNotNull();
      try {
        if (api == null) {
          api = OpenApi.load();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      String template = api.templateOf(method, path);
      assertThat(template).as(method + " " + path + " in the OpenAPI document").isNotNull();
      performed.add(
          new Performed(
              method + " " + template, actor, requestId, history.apply(answer), province));
      return answer;
    }
  }

  @Test
  void everyWriteIsAttributableInItsHistory() throws Exception {
    performed.clear();
    api = OpenApi.load();
    performEveryWrite();
    List<String> failures = new ArrayList<>();
    for (Performed p : performed) {
      JsonPath history =
          AUDITOR
              .request()
              .queryParam("size", 500)
              .get(p.history())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> entries =
          history.getList("items.findAll { it.requestId == '" + p.requestId() + "' }");
      if (entries.isEmpty()) {
        failures.add(p.operation() + ": request " + p.requestId() + " not in " + p.history());
        continue;
      }
      for (Map<String, Object> e : entries) {
        String org = p.actor().org() == null ? null : p.actor().org().toString();
        if (!p.actor().user().equals(e.get("changedBy"))
            || !java.util.Objects.equals(org, e.get("changedByOrg"))
            || !java.util.Objects.equals(p.province(), e.get("province"))
            || e.get("changedAt") == null) {
          failures.add(
              p.operation()
                  + ": expected "
                  + p.actor().user()
                  + "/"
                  + org
                  + "/"
                  + p.province()
                  + " in "
                  + e);
        }
      }
    }
    Set<String> writes = new TreeSet<>();
    for (OpenApi.Operation op : api.operations()) {
      if (OpenApi.WRITES.contains(op.method())) {
        writes.add(op.key());
      }
    }
    Set<String> covered = new TreeSet<>();
    performed.forEach(p -> covered.add(p.operation()));
    Set<String> missing = new TreeSet<>(writes);
    missing.removeAll(covered);
    missing.removeAll(exempt().keySet());
    missing.removeAll(PLATFORM_EXEMPT.keySet());
    System.out.printf(
        "AuditAttributionContract: %d write operations, %d writes traced, %d exempt%n",
        writes.size(), performed.size(), exempt().size());
    assertThat(failures).as("writes without their trace in the history").isEmpty();
    assertThat(missing)
        .as("write operations not exercised (perform them, or exempt them with the reason)")
        .isEmpty();
    assertThat(exempt().keySet())
        .as("exempt entries that are not (or no longer) unexercised write operations")
        .isSubsetOf(writes)
        .doesNotContainAnyElementsOf(covered);
  }
}
