package vn.plantrack.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place an inbound event's {@code data} becomes the owner's published record (its contract:
 * {@code TaskEvents.TaskChanged}, {@code PlanEvents.PlanChanged}, …); consumers then work with
 * typed fields, never with the JSON tree.
 *
 * <p>Data that does not map is poison ({@link InboundEvent.PoisonEventException}: dead-lettered
 * with the reason), and the reason names the field: {@code data.timeline.parts[0].status is not a
 * TaskStatus: "DONE?"}, {@code data.leadOrgIds holds something that is not a UUID}, {@code
 * data.code missing}.
 *
 * <ul>
 *   <li><b>Unknown fields are ignored</b>: an owner may add fields to its events without breaking
 *       its readers (forward compatibility). The reader is a copy of the service's {@link
 *       ObjectMapper} with that set here, so the REST layer's settings never decide it.
 *   <li><b>Wrong types are poison</b>: text where a UUID, date, number or list is expected, an enum
 *       constant the contract does not know.
 *   <li><b>Required fields are the consumer's to name</b> (a validation step after decoding, on the
 *       data as published): {@code decode(event, PlanChanged.class, "id", "province", "number")}. A
 *       named field is required to be present, not null and, when text, not blank; a name that is
 *       no component of the record is a programming error ({@link IllegalArgumentException}). The
 *       owner's records say nothing about it: an old event without a field added later must stay
 *       readable by a rebuild, and each reader needs different fields (a tolerant reader). A record
 *       that checks its own components in its constructor ({@code TaskVersion}) is poison too when
 *       the check fails. Jackson's {@code FAIL_ON_NULL_CREATOR_PROPERTIES} was not chosen: it would
 *       make every nullable field (a task's parent, an organization's short name) required.
 *   <li><b>A list whose rows are applied one by one</b> (a confirmed import's tasks) is read with
 *       {@link #parts}: each row is decoded on its own, so one bad row is left out with its reason
 *       and the others are applied; {@link #decodeApart} reads the rest of the data without them.
 * </ul>
 */
@ApplicationScoped
public class EventData {
  private final ObjectMapper reader;

  public EventData(ObjectMapper mapper) {
    this.reader =
        mapper
            .copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
  }

  /** The event's data as the owner's record; {@code required} names components it must carry. */
  public <T extends Record> T decode(InboundEvent event, Class<T> type, String... required) {
    return read(event.data(), type, "data.", required);
  }

  /**
   * The event's data as the owner's record without the lists named in {@code apart} (they decode
   * empty): those are read row by row with {@link #parts}, so a bad row never spoils the rest.
   */
  public <T extends Record> T decodeApart(
      InboundEvent event, Class<T> type, Set<String> apart, String... required) {
    components(type, apart);
    ObjectNode rest = event.data().deepCopy();
    apart.forEach(field -> rest.putArray(field));
    return read(rest, type, "data.", required);
  }

  /**
   * Each row of the data's list {@code field}, decoded on its own as {@code type}: a row either
   * holds its record or the reason it is none (no "data." prefix: the reason is the row's own).
   * Absent or null, the list has no rows; anything else that is no list is poison for the event.
   */
  public <R extends Record> List<Part<R>> parts(
      InboundEvent event, String field, Class<R> type, String... required) {
    components(type, Set.of(required));
    JsonNode rows = event.data().get(field);
    if (rows == null || rows.isNull()) {
      return List.of();
    }
    if (!rows.isArray()) {
      throw new InboundEvent.PoisonEventException("data." + field + " is not a list");
    }
    List<Part<R>> parts = new ArrayList<>();
    int position = 0;
    for (JsonNode row : rows) {
      position++;
      String code = row.path("code").isTextual() ? row.get("code").asText() : null;
      try {
        parts.add(new Part<>(position, code, read(row, type, "", required), null));
      } catch (InboundEvent.PoisonEventException e) {
        parts.add(new Part<>(position, code, null, e.getMessage()));
      }
    }
    return parts;
  }

  /**
   * One row of a list: {@code position} counts from 1 in the event's order, {@code code} is the
   * row's "code" text when it has one (how PlanTrack names rows), and exactly one of {@code value}
   * and {@code problem} is set.
   */
  public record Part<R>(int position, String code, R value, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  private <T extends Record> T read(JsonNode data, Class<T> type, String prefix, String[] names) {
    components(type, Set.of(names));
    if (data == null || !data.isObject()) {
      throw new InboundEvent.PoisonEventException(
          (prefix.isEmpty() ? "row" : "data") + " is not an object");
    }
    for (String name : names) {
      JsonNode value = data.get(name);
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        throw new InboundEvent.PoisonEventException(prefix + name + " missing");
      }
    }
    try {
      return reader.readerFor(type).readValue(data);
    } catch (JsonMappingException e) {
      throw new InboundEvent.PoisonEventException(reason(e, data, prefix));
    } catch (IOException e) {
      throw new InboundEvent.PoisonEventException(
          (prefix.isEmpty() ? "row" : "data") + " is not a " + type.getSimpleName());
    }
  }

  /** "data.leadOrgIds holds something that is not a UUID", "data.dueDate is not a LocalDate". */
  static String reason(JsonMappingException e, JsonNode data, String prefix) {
    List<JsonMappingException.Reference> path = e.getPath();
    StringBuilder field = new StringBuilder();
    JsonNode node = data;
    boolean inList = false;
    for (JsonMappingException.Reference ref : path) {
      inList = ref.getFieldName() == null;
      if (inList) {
        field.append('[').append(ref.getIndex()).append(']');
        node = node == null ? null : node.get(ref.getIndex());
      } else {
        field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
        node = node == null ? null : node.get(ref.getFieldName());
      }
    }
    String where =
        field.isEmpty() ? (prefix.isEmpty() ? "row" : "data") : prefix + field.toString();
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof NullPointerException n) {
      return where + (n.getMessage() == null ? "" : "." + n.getMessage()) + " missing";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return where + ": " + e.getCause().getMessage();
    }
    if (node == null || node.isNull()) {
      return where + " missing";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> target = m.getTargetType();
      String expected =
          java.util.Collection.class.isAssignableFrom(target)
              ? "list"
              : java.util.Map.class.isAssignableFrom(target) ? "map" : target.getSimpleName();
      String value = e instanceof InvalidFormatException f ? ": " + node : "";
      if (inList) {
        String list = where.substring(0, where.lastIndexOf('['));
        return list + " holds something that is not a " + expected + value;
      }
      return where + " is not a " + expected + value;
    }
    return where + ": " + e.getOriginalMessage();
  }

  /** Checks that each name is a component of the record (a typo is a bug, not poison). */
  private static void components(Class<? extends Record> type, Set<String> names) {
    Set<String> known =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
      }
    }
  }
}
