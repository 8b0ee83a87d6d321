package vn.plantrack.platform.test;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A service's OpenAPI document as the security contracts read it: its {@code /api/} operations,
 * their request and response schemas with {@code $ref}s resolved, and concrete paths to call.
 */
final class OpenApi {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final JsonNode document;

  private OpenApi(JsonNode document) {
    this.document = document;
  }

  /** The running service's document. */
  static OpenApi load() throws Exception {
    return of(JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString()));
  }

  static OpenApi of(JsonNode document) {
    return new OpenApi(document);
  }

  /** One operation: {@code GET /api/v1/tasks/{id}}. */
  record Operation(String method, String template, JsonNode node) {
    String key() {
      return method + " " + template;
    }

    boolean hasPathParameters() {
      return template.contains("{");
    }

    /** The template with every path parameter replaced by a random id. */
    String anyPath() {
      return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    List<JsonNode> queryParameters() {
      List<JsonNode> query = new ArrayList<>();
      for (JsonNode p : node.path("parameters")) {
        if ("query".equals(p.path("in").asText())) {
          query.add(p);
        }
      }
      return query;
    }

    JsonNode queryParameter(String name) {
      return queryParameters().stream()
          .filter(p -> name.equals(p.path("name").asText()))
          .findFirst()
          .orElse(null);
    }
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (METHODS.contains(method)) {
          operations.add(new Operation(method, path.getKey(), op.getValue()));
        }
      }
    }
    return operations;
  }

  Operation operation(String method, String template) {
    return operations().stream()
        .filter(o -> o.method().equals(method) && o.template().equals(template))
        .findFirst()
        .orElse(null);
  }

  /**
   * The template a concrete path was called through: the matching one with the fewest parameters
   * ({@code /plans/imports} rather than {@code /plans/{id}}).
   */
  String templateOf(String method, String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Operation best = null;
    for (Operation o : operations()) {
      if (!o.method().equals(method)) {
        continue;
      }
      String regex = o.template().replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+");
      if (bare.matches(regex) && (best == null || params(o.template()) < params(best.template()))) {
        best = o;
      }
    }
    return best == null ? null : best.template();
  }

  private static long params(String template) {
    return template.chars().filter(c -> c == '{').count();
  }

  /** The schema of a JSON request body, resolved; null without one. */
  JsonNode requestSchema(Operation op) {
    JsonNode json = op.node().path("requestBody").path("content").path("application/json");
    return json.isMissingNode() ? null : resolve(json.path("schema"));
  }

  /**
   * The component name of a {@code $ref} schema (also a nullable one), or null for an inline one.
   */
  static String refName(JsonNode schema) {
    JsonNode nonNull = schema == null ? null : nonNullAlternative(schema);
    if (nonNull != null) {
      return refName(nonNull);
    }
    if (schema != null && schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return null;
  }

  /** The schema of the first 2xx JSON answer, resolved; null when the document names none. */
  JsonNode responseSchema(Operation op) {
    for (Iterator<Map.Entry<String, JsonNode>> responses = op.node().path("responses").fields();
        responses.hasNext(); ) {
      Map.Entry<String, JsonNode> response = responses.next();
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      for (JsonNode media : response.getValue().path("content")) {
        if (media.has("schema")) {
          return resolve(media.get("schema"));
        }
      }
    }
    return null;
  }

  /**
   * The resource a write acts on, as its reads show it: the write's own answer, else the GET of the
   * same path, else the GET of the collection above it; a page or an array gives its items.
   */
  JsonNode resourceSchema(Operation op) {
    List<Operation> candidates = new ArrayList<>();
    candidates.add(op);
    candidates.add(operation("GET", op.template()));
    String parent = op.template().replaceAll("/\\{[^}]+}$", "");
    candidates.add(operation("GET", parent));
    for (Operation candidate : candidates) {
      JsonNode schema = candidate == null ? null : itemsOf(responseSchema(candidate));
      if (schema != null && schema.has("properties")) {
        return schema;
      }
    }
    return null;
  }

  /** A page's or an array's item schema; any other schema as it is. */
  JsonNode itemsOf(JsonNode schema) {
    if (schema == null) {
      return null;
    }
    if ("array".equals(typeOf(schema))) {
      return resolve(schema.path("items"));
    }
    JsonNode items = schema.path("properties").path("items");
    if (!items.isMissingNode() && schema.path("properties").has("total")) {
      return resolve(items.path("items"));
    }
    return schema;
  }

  /** A {@code $ref} followed (also inside allOf with one member), any other schema as it is. */
  JsonNode resolve(JsonNode schema) {
    if (schema == null || schema.isMissingNode()) {
      return schema;
    }
    if (schema.has("$ref")) {
      JsonNode node = document;
      for (String part : schema.get("$ref").asText().replace("#/", "").split("/")) {
        node = node.path(part);
      }
      return resolve(node);
    }
    if (schema.has("allOf") && schema.get("allOf").size() == 1 && !schema.has("properties")) {
      return resolve(schema.get("allOf").get(0));
    }
    JsonNode nonNull = nonNullAlternative(schema);
    return nonNull == null ? schema : resolve(nonNull);
  }

  /** {@code anyOf: [X, {type: null}]} (a nullable reference, as TruthfulDocument writes it) → X. */
  private static JsonNode nonNullAlternative(JsonNode schema) {
    JsonNode anyOf = schema.path("anyOf");
    if (!anyOf.isArray() || anyOf.size() != 2 || schema.has("properties")) {
      return null;
    }
    for (int i = 0; i < 2; i++) {
      if ("null".equals(anyOf.get(1 - i).path("type").asText())) {
        return anyOf.get(i);
      }
    }
    return null;
  }

  /** A schema's type; of an OpenAPI 3.1 type list ({@code [string, "null"]}) the one not null. */
  static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
      }
      return "null";
    }
    return type.asText();
  }

  /** The schema's declared type ("string", "array", "object", …), following references. */
  String type(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    if (resolved == null || resolved.isMissingNode()) {
      return "object";
    }
    if (resolved.has("type")) {
      return typeOf(resolved);
    }
    return resolved.has("enum") ? "string" : "object";
  }

  /** A plausible value for a required query parameter, so the call reaches what is tested. */
  String sampleQueryValue(JsonNode parameter) {
    JsonNode schema = resolve(parameter.path("schema"));
    String format = schema.path("format").asText("");
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    return switch (format) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date" -> java.time.LocalDate.now().toString();
      default -> "integer".equals(typeOf(schema)) ? "1" : "2025";
    };
  }
}
