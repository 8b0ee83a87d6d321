package vn.plantrack.platform.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4 (unrestricted resource consumption): what one request may make a service read, hold
 * and answer is bounded.
 *
 * <ul>
 *   <li>every paged list refuses {@code size=501} (400 naming {@code size}) and takes {@code
 *       size=500};
 *   <li>no operation answers an unbounded list: a top-level array answer is listed in {@link
 *       #boundedArrays()} with its bound, and an object with {@code items} is a page ({@code page,
 *       size, total});
 *   <li>every {@code q=} is declared at most {@value #MAX_QUERY_TEXT} characters long (the
 *       platform's {@code TextSearch.MAX_LENGTH}) and refused (400) above;
 *   <li>the shipped configuration (the service's {@code application.properties} over the platform's
 *       defaults, as {@code %prod} sees them) limits bodies, headers, the request line and idle or
 *       slow connections; and the running service enforces them: a body over the limit is 413, an
 *       oversized header 431, and a client that stops sending mid-request is cut off after the idle
 *       timeout.
 * </ul>
 *
 * Run by each service through a subclass annotated
 * {@code @QuarkusTest @RealInfrastructure @TestProfile(ResourceLimitsContract.ShortIdleTimeout.class)}.
 */
public abstract class ResourceLimitsContract {
  /** The page size cap of API.md. */
  static final int MAX_PAGE_SIZE = 500;

  /** The longest {@code q=} (platform {@code paging.TextSearch.MAX_LENGTH}). */
  public static final int MAX_QUERY_TEXT = 200;

  /** The idle timeout of the test profile: short, so that the slow-client test is quick. */
  public static final Duration TEST_IDLE_TIMEOUT = Duration.ofSeconds(3);

  /** Production limits no service may exceed. */
  static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  static final long MAX_HEADER_BYTES = 20L * 1024;
  static final int MAX_REQUEST_LINE = 4096;
  static final Duration MAX_IDLE = Duration.ofSeconds(60);

  /** A short idle timeout, for the slow-client test (every other limit as shipped). */
  public static class ShortIdleTimeout implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.idle-timeout", TEST_IDLE_TIMEOUT.toSeconds() + "s");
    }
  }

  /**
   * Operations that answer a top-level array, {@code "GET /api/v1/…"} → what bounds its length.
   * Checked both ways: an array answer not listed fails, and so does an entry that no longer
   * answers an array.
   */
  protected abstract Map<String, String> boundedArrays();

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void everyPagedListTakes500AndRefuses501() throws Exception {
    OpenApi api = OpenApi.load();
    List<String> failures = new ArrayList<>();
    int lists = 0;
    for (OpenApi.Operation op : api.operations()) {
      if (!op.method().equals("GET") || op.queryParameter("size") == null) {
        continue;
      }
      lists++;
      Response over = call(api, op).queryParam("size", MAX_PAGE_SIZE + 1).get(op.anyPath());
      if (over.statusCode() != 400
          || !String.valueOf(over.contentType()).contains("problem+json")
          || !over.jsonPath().getList("errors.field").contains("size")) {
        failures.add(op.key() + " size=501 → " + over.statusCode() + " " + over.asString());
      }
      Response negative = call(api, op).queryParam("page", -1).get(op.anyPath());
      if (negative.statusCode() != 400) {
        failures.add(op.key() + " page=-1 → " + negative.statusCode());
      }
      Response max = call(api, op).queryParam("size", MAX_PAGE_SIZE).get(op.anyPath());
      // With a path parameter the random id is not found (404): the size itself was accepted.
      boolean accepted =
          op.hasPathParameters()
              ? max.statusCode() == 200 || max.statusCode() == 404
              : max.statusCode() == 200 && max.jsonPath().getInt("size") == MAX_PAGE_SIZE;
      if (!accepted) {
        failures.add(op.key() + " size=500 → " + max.statusCode() + " " + max.asString());
      }
    }
    System.out.printf("ResourceLimitsContract: %d paged lists checked%n", lists);
    assertThat(lists).as("paged lists in the OpenAPI document").isPositive();
    assertThat(failures).isEmpty();
  }

  @Test
  void noOperationAnswersAnUnboundedList() throws Exception {
    OpenApi api = OpenApi.load();
    Set<String> arrays = new TreeSet<>();
    List<String> unpaged = new ArrayList<>();
    int described = 0;
    int operations = 0;
    for (OpenApi.Operation op : api.operations()) {
      operations++;
      JsonNode schema = api.responseSchema(op);
      if (schema == null) {
        continue;
      }
      described++;
      if ("array".equals(api.type(schema))) {
        arrays.add(op.key());
      }
      JsonNode properties = schema.path("properties");
      if (properties.has("items")
          && "array".equals(api.type(properties.get("items")))
          && !(properties.has("page") && properties.has("size") && properties.has("total"))) {
        unpaged.add(op.key());
      }
    }
    System.out.printf(
        "ResourceLimitsContract: %d operations, %d with a described answer, %d answer an array%n",
        operations, described, arrays.size());
    assertThat(arrays)
        .as("operations answering a top-level array (list them in boundedArrays() with the bound)")
        .isSubsetOf(boundedArrays().keySet());
    assertThat(new TreeSet<>(boundedArrays().keySet()))
        .as("boundedArrays() entries that no longer answer an array")
        .isSubsetOf(arrays);
    assertThat(boundedArrays().values()).as("every bound is explained").allMatch(b -> !b.isBlank());
    assertThat(unpaged).as("lists of items without page, size and total").isEmpty();
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void textSearchIsCapped() throws Exception {
    int cap = MAX_QUERY_TEXT;
    OpenApi api = OpenApi.load();
    List<String> failures = new ArrayList<>();
    int searches = 0;
    for (OpenApi.Operation op : api.operations()) {
      JsonNode q = op.queryParameter("q");
      if (!op.method().equals("GET") || q == null) {
        continue;
      }
      searches++;
      JsonNode maxLength = q.path("schema").path("maxLength");
      if (!maxLength.isInt() || maxLength.asInt() > cap) {
        failures.add(op.key() + ": q is not declared with maxLength ≤ " + cap);
      }
      Response over = call(api, op).queryParam("q", "ệ".repeat(cap + 1)).get(op.anyPath());
      if (over.statusCode() != 400
          || !String.valueOf(over.contentType()).contains("problem+json")
          || !over.jsonPath().getList("errors.field").contains("q")) {
        failures.add(op.key() + " q of " + (cap + 1) + " → " + over.statusCode());
      }
      Response at = call(api, op).queryParam("q", "ệ".repeat(cap)).get(op.anyPath());
      if (at.statusCode() == 400 || at.statusCode() >= 500) {
        failures.add(op.key() + " q of " + cap + " → " + at.statusCode() + " " + at.asString());
      }
    }
    System.out.printf("ResourceLimitsContract: %d text searches checked%n", searches);
    assertThat(failures).isEmpty();
  }

  /** A call with the operation's required query parameters filled in plausibly. */
  private static RequestSpecification call(OpenApi api, OpenApi.Operation op) {
    RequestSpecification spec = given();
    for (JsonNode p : op.queryParameters()) {
      if (p.path("required").asBoolean(false)) {
        spec.queryParam(p.path("name").asText(), api.sampleQueryValue(p));
      }
    }
    return spec;
  }

  @Test
  void theShippedConfigurationLimitsBodiesHeadersAndIdleConnections() throws IOException {
    Map<String, String> prod = ShippedConfig.production();
    assertThat(prod)
        .as("HTTP limits set explicitly (service application.properties or platform defaults)")
        .containsKeys(
            "quarkus.http.limits.max-body-size",
            "quarkus.http.limits.max-header-size",
            "quarkus.http.limits.max-initial-line-length",
            "quarkus.http.idle-timeout",
            "quarkus.http.read-timeout");
    assertThat(ShippedConfig.bytes(prod.get("quarkus.http.limits.max-body-size")))
        .isLessThanOrEqualTo(MAX_BODY_BYTES);
    assertThat(ShippedConfig.bytes(prod.get("quarkus.http.limits.max-header-size")))
        .isLessThanOrEqualTo(MAX_HEADER_BYTES);
    assertThat(Integer.parseInt(prod.get("quarkus.http.limits.max-initial-line-length").strip()))
        .isLessThanOrEqualTo(MAX_REQUEST_LINE);
    assertThat(ShippedConfig.duration(prod.get("quarkus.http.idle-timeout")))
        .as("idle timeout: cuts slow clients, outlasts the gateway's 15 s upstream timeout")
        .isBetween(Duration.ofSeconds(15), MAX_IDLE);
    assertThat(ShippedConfig.duration(prod.get("quarkus.http.read-timeout")))
        .isLessThanOrEqualTo(MAX_IDLE);
  }

  @Test
  void aBodyOverTheLimitIs413() throws IOException {
    long limit =
        ShippedConfig.bytes(
            ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", String.class));
    OpenApi.Operation post = null;
    try {
      post =
          OpenApi.load().operations().stream()
              .filter(o -> o.method().equals("POST"))
              .findFirst()
              .orElseThrow();
    } catch (Exception e) {
      throw new IOException(e);
    }
    // Announced, not sent: the limit is enforced on the announced length, before a byte is read.
    String status =
        RawHttp.exchange(
            "POST "
                + post.anyPath()
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + (limit + 1)
                + "\r\n\r\n");
    assertThat(status)
        .as("POST " + post.template() + " with a body over the limit")
        .contains(" 413");
  }

  @Test
  void anOversizedHeaderIsRefused() throws IOException {
    long limit =
        ShippedConfig.bytes(
            ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-header-size", String.class)
                .orElse("20K"));
    String status =
        RawHttp.exchange(
            "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat((int) limit + 1)
                + "\r\n\r\n");
    assertThat(status).as("a header over " + limit + " bytes").contains(" 431");
  }

  @Test
  void aSlowClientIsCutOffAfterTheIdleTimeout() throws Exception {
    Duration idle =
        ShippedConfig.duration(
            ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", String.class));
    assertThat(idle)
        .as("run with @TestProfile(ResourceLimitsContract.ShortIdleTimeout.class)")
        .isEqualTo(TEST_IDLE_TIMEOUT);
    // Slowloris: the request line and headers trickle in, a byte every 250 ms, never complete.
    // Bytes keep arriving, yet a request whose headers are not complete within the idle timeout
    // is cut off: the timer counts whole requests (and body chunks), not single bytes.
    byte[] trickle =
        ("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "y".repeat(200))
            .getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket("localhost", RawHttp.port())) {
      socket.setSoTimeout(100);
      OutputStream out = socket.getOutputStream();
      long opened = System.nanoTime();
      Duration closedAfter = null;
      for (int i = 0; i < trickle.length && closedAfter == null; i++) {
        try {
          out.write(trickle[i]);
          out.flush();
          if (socket.getInputStream().read() == -1) {
            closedAfter = Duration.ofNanos(System.nanoTime() - opened);
          }
        } catch (java.net.SocketTimeoutException stillOpen) {
          Thread.sleep(150);
        } catch (IOException closed) {
          closedAfter = Duration.ofNanos(System.nanoTime() - opened);
        }
        if (Duration.ofNanos(System.nanoTime() - opened).compareTo(idle.plusSeconds(5)) > 0) {
          break;
        }
      }
      assertThat(closedAfter).as("the server hangs up on a slow client").isNotNull();
      assertThat(closedAfter)
          .as("cut off after the idle timeout, though bytes kept coming")
          .isBetween(idle.minusMillis(500), idle.plusSeconds(3));
    }
  }

  @Test
  void aClientThatStopsSendingIsCutOffAfterTheIdleTimeout() throws Exception {
    Duration idle =
        ShippedConfig.duration(
            ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", String.class));
    try (Socket socket = new Socket("localhost", RawHttp.port())) {
      socket.setSoTimeout((int) idle.plusSeconds(10).toMillis());
      // A complete request line and header, then the client goes silent mid-request.
      socket
          .getOutputStream()
          .write(
              "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      long stalled = System.nanoTime();
      int read;
      try {
        read = socket.getInputStream().read();
      } catch (SocketException reset) {
        read = -1;
      }
      Duration held = Duration.ofNanos(System.nanoTime() - stalled);
      assertThat(read).as("the server closes without answering").isEqualTo(-1);
      assertThat(held)
          .as("the connection is closed after the idle timeout, not kept open")
          .isBetween(idle.minusMillis(500), idle.plusSeconds(3));
    }
  }
}
