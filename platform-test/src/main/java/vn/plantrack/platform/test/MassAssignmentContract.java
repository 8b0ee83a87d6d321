package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3 (mass assignment): a client sets only what the operation's input declares, never ids,
 * the province, versions, who and when, or what the service derives (timeliness, evaluation, a
 * report's status, submittedAt, onTime…). Two checks over the service's OpenAPI document:
 *
 * <ol>
 *   <li>no request-body schema, nested ones included, declares a {@linkplain #SERVER_OWNED
 *       server-owned} property, but for {@code version} at the top of a PUT/PATCH body (the
 *       optimistic-concurrency precondition of API.md) and the entries of {@link #allowed()}, each
 *       with its reason;
 *   <li>every operation with a JSON body, sent a body that carries a server-owned property, or a
 *       property its resource shows but its input does not declare (at the top and in nested
 *       objects), or {@code version} on a create, answers 400 problem+json naming that field, and
 *       nothing is stored: the outbox and the audit trail are unchanged.
 * </ol>
 *
 * The mechanism is the platform's strict request reader ({@code web.StrictJsonBodies}): unknown
 * fields are refused before any resource code runs. Run by each service through a subclass
 * annotated {@code @QuarkusTest @RealInfrastructure}.
 */
public abstract class MassAssignmentContract {

  /** Properties only the service sets: identity, tenancy, concurrency, audit, derived state. */
  public static final Set<String> SERVER_OWNED =
      Set.of(
          "id",
          "province",
          "version",
          "createdAt",
          "createdBy",
          "updatedAt",
          "updatedBy",
          "recordedAt",
          "recordedBy",
          "reportedAt",
          "reportedBy",
          "submittedAt",
          "submittedBy",
          "decidedAt",
          "decidedBy",
          "issuedAt",
          "issuedBy",
          "judgedAt",
          "judgedBy",
          "changedAt",
          "changedBy",
          "changedByOrg",
          "requestId",
          "status",
          "statusReason",
          "timeliness",
          "timelinessAsOf",
          "evaluation",
          "onTime",
          "frozen",
          "content",
          "revision",
          "valueType",
          "needsReview",
          "rising",
          "predecessorIds",
          "successorIds",
          "derivedFromSubTasks",
          "subTaskCount",
          "progressPercent",
          "dueAt",
          "builtAt");

  /** Schemas of free JSON values, whose documented "properties" are Jackson's, not fields. */
  static final Set<String> FREE_JSON = Set.of("JsonNode", "ObjectNode", "ArrayNode");

  /**
   * Server-owned properties a request schema may declare, as {@code Schema.property} (the component
   * that declares it) → why a client may send it. Checked both ways: an entry no schema needs
   * fails, so the list never goes stale.
   */
  protected Map<String, String> allowed() {
    return Map.of();
  }

  @Test
  void noRequestSchemaDeclaresAServerOwnedProperty() throws Exception {
    OpenApi api = OpenApi.load();
    Set<String> usedByPut = new HashSet<>();
    for (OpenApi.Operation op : api.operations()) {
      JsonNode body =
          op.node().path("requestBody").path("content").path("application/json").path("schema");
      if (!body.isMissingNode() && Set.of("PUT", "PATCH").contains(op.method())) {
        usedByPut.add(String.valueOf(OpenApi.refName(body)));
      }
    }
    List<String> violations = new ArrayList<>();
    Set<String> allowedUsed = new HashSet<>();
    int schemas = 0;
    for (OpenApi.Operation op : api.operations()) {
      JsonNode body =
          op.node().path("requestBody").path("content").path("application/json").path("schema");
      if (body.isMissingNode()) {
        continue;
      }
      schemas++;
      String root = OpenApi.refName(body);
      walk(
          api,
          body,
          root == null ? op.key() : root,
          true,
          new HashSet<>(),
          (owner, property, top) -> {
            if (!SERVER_OWNED.contains(property)) {
              return;
            }
            String key = owner + "." + property;
            if (property.equals("version") && top && usedByPut.contains(owner)) {
              return; // the precondition of a PUT (API.md); a create refuses it (checked below)
            }
            if (allowed().containsKey(key)) {
              allowedUsed.add(key);
              return;
            }
            violations.add(op.key() + ": " + key);
          });
    }
    assertThat(schemas).as("operations with a JSON body").isPositive();
    assertThat(new TreeSet<>(violations))
        .as("request schemas declaring server-owned properties (add a reason to allowed())")
        .isEmpty();
    assertThat(new TreeSet<>(allowed().keySet()))
        .as("allow-list entries no request schema needs")
        .isSubsetOf(allowedUsed);
    assertThat(allowed().values())
        .as("every allowed entry has its reason")
        .allMatch(r -> !r.isBlank());
  }

  /** Visits every property of a schema and of the schemas below it. */
  interface PropertyVisitor {
    void visit(String owner, String property, boolean top);
  }

  private static void walk(
      OpenApi api,
      JsonNode schema,
      String owner,
      boolean top,
      Set<String> seen,
      PropertyVisitor visitor) {
    String ref = OpenApi.refName(schema);
    if (ref != null) {
      if (FREE_JSON.contains(ref) || !seen.add(ref)) {
        return;
      }
      owner = ref;
    }
    JsonNode resolved = api.resolve(schema);
    if (resolved == null || resolved.isMissingNode()) {
      return;
    }
    if (resolved.has("items")) {
      walk(api, resolved.get("items"), owner, false, seen, visitor);
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode member : resolved.path(combinator)) {
        walk(api, member, owner, top, seen, visitor);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      visitor.visit(owner, property.getKey(), top);
      walk(api, property.getValue(), owner + "." + property.getKey(), false, seen, visitor);
    }
  }

  /** One body sent, the field it smuggles, and what came back. */
  record Attempt(String operation, String field, int status, String contentType, JsonNode answer) {
    boolean refusedNamingTheField() {
      if (status != 400 || contentType == null || !contentType.contains("problem+json")) {
        return false;
      }
      for (JsonNode error : answer.path("errors")) {
        if (field.equals(error.path("field").asText())) {
          return true;
        }
      }
      return false;
    }
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aBodyCarryingServerOwnedOrUndeclaredFieldsIsRefusedAndStoresNothing() throws Exception {
    OpenApi api = OpenApi.load();
    long eventsBefore = Rows.count("outbox_event");
    long auditBefore = Rows.count("audit_entry");
    List<Attempt> attempts = new ArrayList<>();
    int operations = 0;
    for (OpenApi.Operation op : api.operations()) {
      JsonNode request = api.requestSchema(op);
      if (request == null || !request.has("properties")) {
        continue;
      }
      operations++;
      Map<String, ObjectNode> bodies = new LinkedHashMap<>();
      smuggle(api, request, api.resourceSchema(op), "", 0, bodies);
      if (op.method().equals("POST") && request.path("properties").has("version")) {
        ObjectNode create = OpenApi.JSON.createObjectNode().put("version", 0);
        bodies.put("version", create); // a create names no version: the service starts at 0
      }
      for (Map.Entry<String, ObjectNode> body : bodies.entrySet()) {
        attempts.add(send(op, body.getKey(), body.getValue()));
      }
    }
    System.out.printf(
        "MassAssignmentContract: %d operations with a JSON body, %d bodies sent%n",
        operations, attempts.size());
    assertThat(attempts).as("bodies sent").isNotEmpty();
    assertThat(attempts.stream().filter(a -> !a.refusedNamingTheField()).toList())
        .as("smuggled fields not refused with a 400 problem+json naming them")
        .isEmpty();
    assertThat(Rows.count("outbox_event")).as("no event was written").isEqualTo(eventsBefore);
    assertThat(Rows.count("audit_entry")).as("no change was recorded").isEqualTo(auditBefore);
  }

  /**
   * One body per field to smuggle into {@code request} (at {@code prefix}): the server-owned ones
   * and those its resource shows, that the input does not declare; then the same inside each nested
   * object of the input.
   */
  private static void smuggle(
      OpenApi api,
      JsonNode request,
      JsonNode resource,
      String prefix,
      int depth,
      Map<String, ObjectNode> bodies) {
    JsonNode declared = request.path("properties");
    Set<String> fields = new LinkedHashSet<>(new TreeSet<>(SERVER_OWNED));
    if (resource != null) {
      resource.path("properties").fieldNames().forEachRemaining(fields::add);
    }
    for (String field : fields) {
      if (declared.has(field)) {
        continue;
      }
      JsonNode type = resource == null ? null : resource.path("properties").path(field);
      bodies.put(prefix + field, nest(prefix, field, sample(api, type)));
    }
    if (depth >= 3) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode schema = api.resolve(property.getValue());
      boolean array = "array".equals(api.type(schema));
      JsonNode declaredInner = array ? schema.path("items") : property.getValue();
      JsonNode inner = api.resolve(declaredInner);
      if (inner == null
          || !inner.has("properties")
          || (OpenApi.refName(declaredInner) != null
              && FREE_JSON.contains(OpenApi.refName(declaredInner)))) {
        continue; // a scalar, or free JSON (a measurement's value): nothing to smuggle into
      }
      JsonNode innerResource = null;
      if (resource != null && resource.path("properties").has(property.getKey())) {
        innerResource =
            api.itemsOf(api.resolve(resource.path("properties").get(property.getKey())));
      }
      smuggle(
          api,
          inner,
          innerResource,
          prefix + property.getKey() + (array ? "[0]." : "."),
          depth + 1,
          bodies);
    }
  }

  /** {@code {"a": [{"b": {"field": value}}]}} for the prefix {@code a[0].b.}. */
  private static ObjectNode nest(String prefix, String field, JsonNode value) {
    ObjectNode root = OpenApi.JSON.createObjectNode();
    ObjectNode current = root;
    for (String part : prefix.isEmpty() ? new String[0] : prefix.split("\\.")) {
      if (part.endsWith("[0]")) {
        current = current.putArray(part.substring(0, part.length() - 3)).addObject();
      } else {
        current = current.putObject(part);
      }
    }
    current.set(field, value);
    return root;
  }

  private static JsonNode sample(OpenApi api, JsonNode schema) {
    String type = schema == null || schema.isMissingNode() ? "string" : api.type(schema);
    return switch (type) {
      case "integer", "number" -> OpenApi.JSON.getNodeFactory().numberNode(1);
      case "boolean" -> OpenApi.JSON.getNodeFactory().booleanNode(true);
      case "array" -> OpenApi.JSON.createArrayNode();
      case "object" -> OpenApi.JSON.createObjectNode();
      default -> OpenApi.JSON.getNodeFactory().textNode("KT");
    };
  }

  private static Attempt send(OpenApi.Operation op, String field, ObjectNode body) {
    var response =
        io.restassured.RestAssured.given()
            .contentType("application/json")
            .body(body.toString())
            .request(op.method(), op.anyPath());
    JsonNode answer;
    try {
      answer = OpenApi.JSON.readTree(response.asString());
    } catch (Exception e) {
      answer = OpenApi.JSON.createObjectNode();
    }
    return new Attempt(
        op.key() + " " + body, field, response.statusCode(), response.contentType(), answer);
  }
}
