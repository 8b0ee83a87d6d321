package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An owner's check that what it publishes is its contract's record: the {@code data} of a published
 * event, decoded into the record (platform {@code EventData}, as its readers decode it) and written
 * again, is the same JSON. A field the owner publishes under a name the record does not have, or a
 * record component it no longer fills, fails the owner's build.
 *
 * <pre>{@code
 * TaskChanged task = eventData.decode(InboundEvent.parse(mapper, json), TaskChanged.class);
 * PublishedData.assertIsTheRecord(mapper, json, task);
 * }</pre>
 */
public final class PublishedData {
  private PublishedData() {}

  /**
   * The published event's data and the record written with the service's mapper hold the same
   * fields and values (absent and null alike; numbers by value: 12.50 is 12.5).
   */
  public static void assertIsTheRecord(ObjectMapper mapper, String publishedEvent, Object record) {
    JsonNode published;
    try {
      published = mapper.readTree(publishedEvent).get("data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(normalized(mapper.valueToTree(record)))
        .as("%s written again", record.getClass().getSimpleName())
        .isEqualTo(normalized(published));
  }

  /** Nulls dropped, numbers as their plain decimal text. */
  static JsonNode normalized(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              field -> {
                JsonNode value = normalized(field.getValue());
                if (value != null) {
                  copy.set(field.getKey(), value);
                }
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(normalized(item)));
      return copy;
    }
    if (node.isNumber()) {
      return JsonNodeFactory.instance.textNode(
          node.decimalValue().stripTrailingZeros().toPlainString());
    }
    return node;
  }
}
