package vn.plantrack.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * A CloudEvent as a consumer receives it. Parsing is strict: an event without id, type, subject or
 * {@code data.version} is poison and goes to the dead-letter topic rather than being half-applied.
 * Consumers read {@code data} as the owner's record through {@link EventData}, never field by
 * field.
 */
public record InboundEvent(
    String id,
    String type,
    String source,
    String subject,
    String province,
    Instant time,
    long version,
    JsonNode data) {

  public static InboundEvent parse(ObjectMapper mapper, String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (IOException e) {
      throw new PoisonEventException("not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PoisonEventException("not a JSON object");
    }
    JsonNode data = root.get("data");
    if (data == null || !data.isObject() || !data.path("version").canConvertToLong()) {
      throw new PoisonEventException("data.version missing");
    }
    Instant time;
    try {
      time = Instant.parse(required(root, "time"));
    } catch (java.time.format.DateTimeParseException e) {
      throw new PoisonEventException("time is not an instant");
    }
    return new InboundEvent(
        required(root, "id"),
        required(root, "type"),
        required(root, "source"),
        required(root, "subject"),
        root.path("province").isTextual() ? root.get("province").asText() : null,
        time,
        data.get("version").asLong(),
        data);
  }

  private static String required(JsonNode root, String field) {
    return text(root, field);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new PoisonEventException(field + " missing");
    }
    return value.asText();
  }

  /** An event no consumer can apply; thrown so the connector sends it to the dead-letter topic. */
  public static class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
      super(message, null, false, false);
    }
  }
}
