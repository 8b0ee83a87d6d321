package vn.plantrack.platform.test.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's OpenAPI 3.1 document as a client generator reads it: which operation a request is,
 * which answers it documents, and whether a body matches the schema it documents for them (JSON
 * Schema 2020-12, every {@code $ref} resolved within the document).
 */
final class ServiceDocument {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * JSON Schema 2020-12 knowing OpenAPI's own schema keywords, and the {@code components} the
   * {@code $ref}s resolve in, as annotations (without them the validator warns "Unknown keyword").
   */
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
          .metaSchema(
              JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                  .keywords(
                      Stream.of("components", "example", "discriminator", "xml", "externalDocs")
                          .map(NonValidationKeyword::new)
                          .toList())
                  .build())
          .build();

  private final JsonNode document;
  private final List<Template> templates = new ArrayList<>();
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  /** A path template with its pattern; more literal characters win over fewer. */
  record Template(String template, Pattern pattern, int literal) {}

  /** The documented operation a request is. */
  record Operation(String method, String template, JsonNode node) {
    String name() {
      return method + " " + template;
    }
  }

  ServiceDocument(JsonNode document) {
    this.document = document;
    Iterator<String> paths = document.path("paths").fieldNames();
    while (paths.hasNext()) {
      String template = paths.next();
      String regex =
          Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q").replace("\\Q\\E", "");
      templates.add(
          new Template(
              template, Pattern.compile(regex), template.replaceAll("\\{[^}]+}", "").length()));
    }
    templates.sort(Comparator.comparingInt(Template::literal).reversed());
  }

  /** The operation of the document a request is, if its path is documented at all. */
  Optional<Operation> operation(String method, String path) {
    for (Template t : templates) {
      if (t.pattern().matcher(path).matches()) {
        JsonNode op = document.path("paths").path(t.template()).path(method.toLowerCase());
        return Optional.of(new Operation(method, t.template(), op.isMissingNode() ? null : op));
      }
    }
    return Optional.empty();
  }

  /**
   * The documented answer for a status (the code itself, then its class {@code 4XX}, then default).
   */
  static Optional<JsonNode> response(Operation operation, int status) {
    JsonNode responses = operation.node().path("responses");
    for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
      if (responses.has(key)) {
        return Optional.of(responses.get(key));
      }
    }
    return Optional.empty();
  }

  /**
   * The schema a documented answer or request body gives a media type ({@code application/json}).
   */
  static Optional<JsonNode> schema(JsonNode withContent, String mediaType) {
    JsonNode content = withContent.path("content");
    if (content.has(mediaType)) {
      return Optional.of(content.get(mediaType).path("schema"));
    }
    String[] type = mediaType.split("/");
    for (String key : List.of(type[0] + "/*", "*/*")) {
      if (content.has(key)) {
        return Optional.of(content.get(key).path("schema"));
      }
    }
    return Optional.empty();
  }

  /** Where a body breaks its schema (empty: it matches). */
  List<String> violations(JsonNode schema, JsonNode body) {
    JsonSchema validator =
        compiled.computeIfAbsent(
            schema.toString(),
            s -> {
              ObjectNode root = schema.deepCopy();
              // The document's $refs (#/components/schemas/X) resolve against this root.
              root.set("components", document.path("components"));
              SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
              return SCHEMAS.getSchema(root, config);
            });
    Set<ValidationMessage> messages = validator.validate(body);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** A schema that says nothing of the body ({@code {}}), as a method returning Response gets. */
  static boolean saysNothing(JsonNode schema) {
    return schema == null || schema.isMissingNode() || schema.isEmpty();
  }
}
