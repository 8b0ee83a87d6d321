package vn.plantrack.platform.test.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the examples of the OpenAPI documents from real exchanges: with the system property
 * {@value #SWITCH} naming a file (docs/openapi/examples.json), the first successful JSON exchange
 * of each operation a suite makes (the end-to-end suite on the demo data first) is kept, its lists
 * cut to two items, and added to the file when the JVM ends. Operations the file has already keep
 * their example. platform's {@code TruthfulDocument} puts them in the services' documents.
 */
final class ExampleRecorder {
  static final String SWITCH = "plantrack.examples.record";
  private static final int LIST_ITEMS = 2;
  private static final Map<String, ObjectNode> RECORDED = new TreeMap<>();
  private static boolean hooked;

  private ExampleRecorder() {}

  static boolean enabled() {
    return System.getProperty(SWITCH) != null;
  }

  /** Keeps the exchange as the operation's example unless it has one. */
  static synchronized void offer(
      String operation,
      String requestType,
      String requestBody,
      int status,
      String type,
      String body) {
    if (status / 100 != 2 || RECORDED.containsKey(operation)) {
      return;
    }
    ObjectNode example = ServiceDocument.JSON.createObjectNode();
    example.put("status", String.valueOf(status));
    if (json(type) && body != null && !body.isBlank()) {
      example.set("response", cut(read(body)));
    }
    if (json(requestType) && requestBody != null && !requestBody.isBlank()) {
      JsonNode request = read(requestBody);
      if (request != null) {
        example.set("request", cut(request));
      }
    }
    if (!example.has("response") && !example.has("request")) {
      return;
    }
    RECORDED.put(operation, example);
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(ExampleRecorder::write, "examples"));
    }
  }

  private static synchronized void write() {
    Path file = Path.of(System.getProperty(SWITCH));
    try {
      Map<String, JsonNode> all = new TreeMap<>();
      if (Files.exists(file)) {
        ServiceDocument.JSON
            .readTree(file.toFile())
            .fields()
            .forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
      }
      RECORDED.forEach(all::putIfAbsent);
      ObjectNode out = ServiceDocument.JSON.createObjectNode();
      all.forEach(out::set);
      Files.writeString(
          file,
          ServiceDocument.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out)
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode cut(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode shorter = ServiceDocument.JSON.createArrayNode();
      for (int i = 0; i < Math.min(LIST_ITEMS, array.size()); i++) {
        shorter.add(cut(array.get(i)));
      }
      return shorter;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = ServiceDocument.JSON.createObjectNode();
      object.fields().forEachRemaining(e -> copy.set(e.getKey(), cut(e.getValue())));
      return copy;
    }
    return node;
  }

  private static boolean json(String type) {
    return type != null && type.split(";")[0].trim().toLowerCase().endsWith("json");
  }

  private static JsonNode read(String body) {
    try {
      return ServiceDocument.JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
