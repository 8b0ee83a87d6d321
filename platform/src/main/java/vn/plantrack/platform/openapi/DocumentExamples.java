package vn.plantrack.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * An example per operation, taken from real exchanges on the demo data (docs/openapi/examples.json,
 * written by platform-test's recorder when the end-to-end suite runs with {@code
 * -Dplantrack.examples.record}; on the classpath as {@code openapi/examples.json}). Each entry,
 * keyed {@code "GET /api/v1/tasks/{id}"}, holds the answer's status, its JSON body and the
 * request's JSON body; the clients' build checks that every operation has one and that each matches
 * its schema.
 */
final class DocumentExamples {
  static final String RESOURCE = "openapi/examples.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JsonNode> examples;

  private DocumentExamples(Map<String, JsonNode> examples) {
    this.examples = examples;
  }

  static DocumentExamples fromClasspath() {
    Map<String, JsonNode> examples = new HashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader != null ? loader : DocumentExamples.class.getClassLoader())
            .getResourceAsStream(RESOURCE)) {
      if (in != null) {
        JSON.readTree(in).fields().forEachRemaining(e -> examples.put(e.getKey(), e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " is not JSON", e);
    }
    return new DocumentExamples(examples);
  }

  /** Puts the operation's example on its answer (and on its request body), if there is one. */
  void attach(String path, PathItem.HttpMethod method, Operation operation) {
    JsonNode example = examples.get(method.name() + " " + path);
    if (example == null) {
      return;
    }
    if (example.has("response") && operation.getResponses() != null) {
      APIResponse answer = operation.getResponses().getAPIResponse(example.path("status").asText());
      if (answer != null) {
        setOnJson(answer.getContent(), example.get("response"));
      }
    }
    if (example.has("request") && operation.getRequestBody() != null) {
      setOnJson(operation.getRequestBody().getContent(), example.get("request"));
    }
  }

  private static void setOnJson(Content content, JsonNode value) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    content.getMediaTypes().entrySet().stream()
        .filter(e -> e.getKey().split(";")[0].trim().endsWith("json"))
        .map(Map.Entry::getValue)
        .filter(m -> m.getExample() == null)
        .forEach((MediaType m) -> m.setExample(JSON.convertValue(value, Object.class)));
  }
}
