package vn.plantrack.platform.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's OpenAPI document, called with what an attacker or a broken
 * client sends: malformed JSON, the wrong JSON types, huge strings, unicode edge cases (combining
 * marks, zero-width spaces, right-to-left overrides) in bodies, path and query parameters. Every
 * answer must be 4xx problem+json (or a plain 2xx read), never a 500, and nothing may be stored: no
 * event leaves through the outbox. Run by each service through an empty subclass annotated
 * {@code @QuarkusTest @RealInfrastructure} (as admin, so no role stops the input early).
 */
public abstract class InputFuzzContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
  private static final String HUGE = "ệ".repeat(20_000);
  private static final List<String> ODD_STRINGS =
      List.of(
          HUGE,
          "e\u0301\u0301\u0301",
          "\u200b\u200b",
          "\u202eKT\u202c",
          "\ud800",
          "'; drop table task; --",
          "../../etc/passwd",
          "\u0000");

  /** One request tried, and what came back. */
  record Attempt(String method, String path, String what, int status, String contentType) {}

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void everyOperationRefusesBadInputWithAProblemAndStoresNothing() throws Exception {
    JsonNode document =
        JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    long eventsBefore = outboxEvents();
    List<Attempt> attempts = new ArrayList<>();
    for (OpenApi.Operation op : OpenApi.of(document).operations()) {
      attempts.addAll(attack(document, op.template(), op.method(), op.node()));
    }
    assertThat(attempts).as("operations found in the OpenAPI document").isNotEmpty();
    assertThat(attempts).as("no input may cause a server error").noneMatch(a -> a.status() >= 500);
    assertThat(attempts)
        .as("every refusal is problem+json (but the HTTP layer's own: 413, 414, 431)")
        .filteredOn(a -> a.status() >= 400 && !List.of(413, 414, 431).contains(a.status()))
        .allMatch(a -> a.contentType() != null && a.contentType().contains("problem+json"));
    assertThat(outboxEvents()).as("nothing was stored").isEqualTo(eventsBefore);
  }

  private List<Attempt> attack(JsonNode document, String template, String method, JsonNode op) {
    List<Attempt> attempts = new ArrayList<>();
    Map<String, String> odd = new LinkedHashMap<>();
    odd.put("random id", UUID.randomUUID().toString());
    odd.put("not a uuid", "not-a-uuid");
    odd.put("huge", "x".repeat(5000));
    odd.put("rtl", "\u202e1\u202c");
    for (Map.Entry<String, String> value : odd.entrySet()) {
      String path = template.replaceAll("\\{[^}]+}", value.getValue().replace("$", ""));
      if (!op.has("requestBody")) {
        attempts.add(send(method, path, value.getKey() + " in path", null, queryOf(op, value)));
        continue;
      }
      for (Map.Entry<String, String> body : bodies(document, op).entrySet()) {
        attempts.add(
            send(method, path, value.getKey() + " / " + body.getKey(), body.getValue(), Map.of()));
      }
    }
    return attempts;
  }

  /** Every declared query parameter set to the odd value (wrong types, huge, RTL). */
  private static Map<String, String> queryOf(JsonNode op, Map.Entry<String, String> value) {
    Map<String, String> query = new LinkedHashMap<>();
    for (JsonNode p : op.path("parameters")) {
      if ("query".equals(p.path("in").asText())) {
        query.put(p.path("name").asText(), value.getValue());
      }
    }
    return query;
  }

  /** Bodies that must all be refused: malformed, wrong shapes, wrong types, odd strings. */
  private Map<String, String> bodies(JsonNode document, JsonNode op) {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed", "{\"a\": ");
    bodies.put("array", "[]");
    bodies.put("string", "\"text\"");
    bodies.put("number", "42");
    bodies.put("null", "null");
    bodies.put("empty object", "{}");
    bodies.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
    JsonNode schema = schema(document, op);
    if (schema != null && schema.has("properties")) {
      ObjectNode wrongTypes = JSON.createObjectNode();
      schema
          .path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                String type = type(document, p.getValue());
                if ("string".equals(type)) {
                  wrongTypes.putArray(p.getKey()).add(1);
                } else {
                  wrongTypes.put(p.getKey(), "not a " + type);
                }
              });
      bodies.put("wrong types", wrongTypes.toString());
      int i = 0;
      for (String oddString : ODD_STRINGS) {
        ObjectNode strings = JSON.createObjectNode();
        schema
            .path("properties")
            .fields()
            .forEachRemaining(p -> strings.put(p.getKey(), oddString));
        bodies.put("odd strings " + i++, strings.toString());
      }
    }
    return bodies;
  }

  private static JsonNode schema(JsonNode document, JsonNode op) {
    JsonNode content = op.path("requestBody").path("content");
    Iterator<JsonNode> media = content.elements();
    if (!media.hasNext()) {
      return null;
    }
    return resolve(document, media.next().path("schema"));
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    if (schema.has("$ref")) {
      String[] parts = schema.get("$ref").asText().replace("#/", "").split("/");
      JsonNode node = document;
      for (String part : parts) {
        node = node.path(part);
      }
      return node;
    }
    return schema;
  }

  private static String type(JsonNode document, JsonNode property) {
    JsonNode resolved = resolve(document, property);
    JsonNode anyOf = resolved.path("anyOf");
    if (anyOf.isArray() && anyOf.size() == 2) { // a nullable reference: [X, {type: null}]
      resolved = resolve(document, anyOf.get(0));
    }
    if (resolved.has("type")) {
      return OpenApi.typeOf(resolved);
    }
    return resolved.has("enum") ? "string" : "object";
  }

  /**
   * Plain JDK HTTP, not RestAssured: its request logging pretty-prints bodies, and a 5,000-deep
   * array would exhaust the test's own heap.
   */
  private Attempt send(
      String method, String path, String what, String body, Map<String, String> query) {
    StringBuilder uri =
        new StringBuilder("http://localhost:" + io.restassured.RestAssured.port + encodePath(path));
    String separator = "?";
    for (Map.Entry<String, String> q : query.entrySet()) {
      uri.append(separator)
          .append(q.getKey())
          .append('=')
          .append(
              java.net.URLEncoder.encode(q.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      separator = "&";
    }
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri.toString()))
            .timeout(java.time.Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      java.net.http.HttpResponse<String> response =
          HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Attempt(
          method,
          path,
          what,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (java.io.IOException e) {
      // Only a request line over the HTTP layer's limit (4 KiB) may be answered by closing the
      // connection; any other broken connection is the service failing, and fails the contract.
      if (uri.length() > 4096) {
        return new Attempt(method, path, what, 414, "connection closed: request line too long");
      }
      throw new IllegalStateException(
          method + " " + path + " (" + what + ") broke the connection", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encodePath(String path) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (encoded.length() > 0 || path.startsWith("/")) {
        encoded.append('/');
      }
      encoded.append(
          java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return encoded.toString().replaceFirst("^//", "/");
  }

  /** Events written to the outbox, read with plain JDBC from the service's own database. */
  private static long outboxEvents() throws java.sql.SQLException {
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    try (var connection =
            java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        var statement = connection.createStatement();
        var result = statement.executeQuery("select count(*) from outbox_event")) {
      result.next();
      return result.getLong(1);
    }
  }
}
