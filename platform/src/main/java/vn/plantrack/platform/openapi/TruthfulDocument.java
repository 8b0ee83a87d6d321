package vn.plantrack.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.plantrack.platform.problem.Problem;

/**
 * Makes every service's OpenAPI document say what the service answers, for the clients generated
 * from it (issue 20), in one place:
 *
 * <ul>
 *   <li><b>Nullability</b>: the services write every field, {@code null} included; a property its
 *       schema does not list as {@code required} may be {@code null} ({@code type: [T, "null"]}, or
 *       {@code anyOf} with a {@code $ref}). A field that is never null says so with
 *       {@code @Schema(required = true)} or {@code @NotNull}.
 *   <li><b>Refusals</b>: every {@code /api/} operation documents the problem+json answers it can
 *       give ({@code Problem}): 400, 401, 403 and 503 always; 404 with a path parameter; 409, 412,
 *       413 and 422 for writes; 415 with a request body; 428 for a PUT (a version is required); 429
 *       always: the gateway's rate limits per client and per user, in front of every service. No
 *       operation answers 304 (none reads If-None-Match), so none documents it.
 *   <li><b>Examples</b>: each operation's answer and request body from the demo data ({@link
 *       DocumentExamples}).
 * </ul>
 *
 * <p>The tests hold the document to this: platform-test's {@code ContractValidation} checks every
 * answer a test receives against it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TruthfulDocument implements OASFilter {
  static final String PROBLEM = "Problem";
  private static final Set<PathItem.HttpMethod> WRITES =
      Set.of(
          PathItem.HttpMethod.POST,
          PathItem.HttpMethod.PUT,
          PathItem.HttpMethod.PATCH,
          PathItem.HttpMethod.DELETE);
  private static final Map<String, String> REFUSALS = new LinkedHashMap<>();

  static {
    REFUSALS.put("400", "Invalid request: the fields that are wrong, and why");
    REFUSALS.put("401", "No valid token");
    REFUSALS.put("403", "The caller's role, province or organization may not do this");
    REFUSALS.put("404", "Not found (also another province's object)");
    REFUSALS.put("409", "The request contradicts the current state");
    REFUSALS.put("412", "If-Match names a version that is not the current one");
    REFUSALS.put("413", "The body is larger than allowed");
    REFUSALS.put("415", "The body's media type is not one the operation reads");
    REFUSALS.put("422", "Understood but not applied (e.g. a workbook with rows in error)");
    REFUSALS.put("428", "Neither If-Match nor the body's version names the version changed");
    REFUSALS.put(
        "429",
        "Too many requests from this client or user (the gateway's rate limit); Retry-After says"
            + " when to try again");
    REFUSALS.put("503", "Busy or a dependency is away; Retry-After says when to try again");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas != null) {
      schemas.values().forEach(TruthfulDocument::nullableUnlessRequired);
    }
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    if (openAPI.getPaths() == null) {
      return;
    }
    DocumentExamples examples = DocumentExamples.fromClasspath();
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/")) {
                return;
              }
              item.getOperations()
                  .forEach(
                      (method, operation) -> {
                        addRefusals(path, method, operation);
                        examples.attach(path, method, operation);
                      });
            });
  }

  /** Every property its schema does not require may be null (recursively, inline schemas too). */
  static void nullableUnlessRequired(Schema schema) {
    if (schema == null) {
      return;
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      Set<String> required =
          schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
      Map<String, Schema> rewritten = new LinkedHashMap<>();
      properties.forEach(
          (name, property) -> {
            nullableUnlessRequired(property);
            rewritten.put(name, required.contains(name) ? property : nullable(property));
          });
      schema.setProperties(rewritten);
    }
    nullableUnlessRequired(schema.getItems());
    if (schema.getAdditionalPropertiesSchema() != null) {
      nullableUnlessRequired(schema.getAdditionalPropertiesSchema());
    }
  }

  /** The schema, or null. */
  static Schema nullable(Schema property) {
    if (property.getRef() != null
        || property.getAllOf() != null
        || property.getOneOf() != null
        || property.getAnyOf() != null) {
      Schema either = OASFactory.createSchema();
      either.setDescription(property.getDescription());
      property.setDescription(null);
      either.addAnyOf(property);
      either.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
      return either;
    }
    List<SchemaType> types = property.getType();
    if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL)) {
      property.addType(SchemaType.NULL);
      if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
        List<Object> values = new ArrayList<>(property.getEnumeration());
        values.add(null);
        property.setEnumeration(values);
      }
    }
    return property;
  }

  private static void addRefusals(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean write = WRITES.contains(method);
    for (Map.Entry<String, String> refusal : REFUSALS.entrySet()) {
      String code = refusal.getKey();
      boolean applies =
          switch (code) {
            case "404" -> path.contains("{");
            case "409", "412", "413", "422" -> write;
            case "415" -> operation.getRequestBody() != null;
            case "428" -> method == PathItem.HttpMethod.PUT;
            default -> true;
          };
      if (applies) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
          continue; // the operation documents this refusal itself
        }
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse();
        if (response.getDescription() == null || existing == null) {
          response.setDescription(refusal.getValue());
        }
        response.setContent(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        responses.addAPIResponse(code, response);
      }
    }
  }

  /**
   * RFC 9457, as {@link Problem} writes it (empty fields left out), with the members a refused
   * workbook adds: {@code rows}, {@code rejectedRows}, and each error's {@code row}, {@code column}
   * and {@code cell}.
   */
  static Schema problemSchema() {
    Schema error =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .addProperty("field", text("the JSON path of the wrong field (or a workbook column)"))
            .addProperty("message", text("what is wrong"))
            .addProperty("row", integer("a workbook's row number"))
            .addProperty("column", text("a workbook's column"))
            .addProperty("cell", text("a workbook's cell, e.g. C7"))
            .addRequired("message");
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("An RFC 9457 problem (application/problem+json)")
        .addProperty("type", text("a URI naming the kind of problem").format("uri"))
        .addProperty("title", text(null))
        .addProperty("status", integer("the HTTP status"))
        .addProperty("detail", text(null))
        .addProperty("instance", text("the request's path"))
        .addProperty("requestId", text("the X-Request-Id, for support"))
        .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(error))
        .addProperty("rows", integer("a refused workbook's rows"))
        .addProperty("rejectedRows", integer("of which in error"))
        .addRequired("type")
        .addRequired("title")
        .addRequired("status");
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }

  private static Schema integer(String description) {
    return OASFactory.createSchema().addType(SchemaType.INTEGER).description(description);
  }
}
