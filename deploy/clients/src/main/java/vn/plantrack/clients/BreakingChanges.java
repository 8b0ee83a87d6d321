package vn.plantrack.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client generated from the released document would break on in the current one (issue 20).
 * Each change is one line, {@code <kind> <where>}, as docs/API.md declares it under "Breaking
 * changes":
 *
 * <ul>
 *   <li>{@code removed-operation GET /api/v1/plans/{id}}: a path or one of its operations is gone;
 *   <li>{@code removed-schema PlanView}: a component schema is gone;
 *   <li>{@code removed-property PlanView.signer}: a property of a schema some answer uses is gone
 *       (nested: {@code PlanView.objectives.general}, array items: {@code PlanView.sections[]});
 *   <li>{@code narrowed-type PlanView.signer}: a type it could have is gone (e.g. {@code [string,
 *       null]} → {@code string}, {@code number} → {@code integer});
 *   <li>{@code newly-required PlanInput.signer}: a property of a schema some request uses is now
 *       required;
 *   <li>{@code removed-enum-value PlanView.status=CANCELLED}: an enum value is gone.
 * </ul>
 *
 * Component schemas are compared by name ({@code $ref}s are not followed into each other); whether
 * a schema is an answer's or a request's is what the operations reach through their {@code $ref}s.
 */
public final class BreakingChanges {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Pattern REF = Pattern.compile("#/components/schemas/(.+)");

  private BreakingChanges() {}

  /** One breaking change: the line docs/API.md declares it with. */
  public record Change(String kind, String where) {
    public String line() {
      return kind + " " + where;
    }
  }

  public static List<Change> between(JsonNode released, JsonNode current) {
    List<Change> changes = new ArrayList<>();
    released
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              for (String method : METHODS) {
                if (path.getValue().has(method)
                    && !current.path("paths").path(path.getKey()).has(method)) {
                  changes.add(
                      new Change("removed-operation", method.toUpperCase() + " " + path.getKey()));
                }
              }
            });
    Set<String> answers = reached(released, "responses");
    Set<String> requests = reached(current, "requestBody");
    requests.addAll(reached(current, "parameters"));
    JsonNode currentSchemas = current.path("components").path("schemas");
    released
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            schema -> {
              String name = schema.getKey();
              if (!currentSchemas.has(name)) {
                changes.add(new Change("removed-schema", name));
              } else {
                compare(
                    schema.getValue(),
                    currentSchemas.get(name),
                    name,
                    answers.contains(name),
                    requests.contains(name),
                    changes);
              }
            });
    return changes;
  }

  private static void compare(
      JsonNode was,
      JsonNode is,
      String where,
      boolean answer,
      boolean request,
      List<Change> changes) {
    JsonNode before = unwrapNullable(was);
    JsonNode after = unwrapNullable(is);
    Set<String> typesBefore = types(was);
    Set<String> typesAfter = types(is);
    if (!typesBefore.isEmpty() && !typesAfter.isEmpty() && !typesAfter.containsAll(typesBefore)) {
      changes.add(new Change("narrowed-type", where));
    }
    if (before.has("enum") && after.has("enum")) {
      Set<String> now = new HashSet<>();
      after.get("enum").forEach(v -> now.add(v.asText()));
      before
          .get("enum")
          .forEach(
              v -> {
                if (!v.isNull() && !now.contains(v.asText())) {
                  changes.add(new Change("removed-enum-value", where + "=" + v.asText()));
                }
              });
    }
    Set<String> requiredBefore = strings(before.path("required"));
    for (String name : strings(after.path("required"))) {
      if (request && !requiredBefore.contains(name)) {
        changes.add(new Change("newly-required", where + "." + name));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> properties = before.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      JsonNode now = after.path("properties").get(property.getKey());
      String at = where + "." + property.getKey();
      if (now == null) {
        if (answer) {
          changes.add(new Change("removed-property", at));
        }
      } else {
        compare(property.getValue(), now, at, answer, request, changes);
      }
    }
    if (before.has("items") && after.has("items")) {
      compare(before.get("items"), after.get("items"), where + "[]", answer, request, changes);
    }
  }

  /** The types a value may have: {@code type} (a name or a list), or an anyOf's members'. */
  static Set<String> types(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    if (schema.has("$ref")) {
      types.add(schema.get("$ref").asText());
    }
    for (JsonNode member : schema.path("anyOf")) {
      types.addAll(types(member));
    }
    if (types.contains("number")) {
      types.add("integer"); // every integer is a number: integer → number is no narrowing
    }
    return types;
  }

  /** {@code anyOf: [X, {type: null}]} (a nullable $ref or composition) compares as X. */
  private static JsonNode unwrapNullable(JsonNode schema) {
    JsonNode anyOf = schema.path("anyOf");
    if (anyOf.size() == 2 && "null".equals(anyOf.get(1).path("type").asText())) {
      return anyOf.get(0);
    }
    return schema;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The component schemas the operations' answers (or requests) reach, through every $ref. */
  static Set<String> reached(JsonNode document, String part) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    document
        .path("paths")
        .forEach(
            item -> {
              for (String method : METHODS) {
                if (item.has(method)) {
                  todo.add(item.get(method).path(part));
                }
              }
            });
    Set<String> names = new HashSet<>();
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject() && node.has("$ref")) {
        Matcher m = REF.matcher(node.get("$ref").asText());
        if (m.matches() && names.add(m.group(1))) {
          todo.add(document.path("components").path("schemas").path(m.group(1)));
        }
      }
      node.forEach(todo::add);
    }
    return names;
  }

  /**
   * The changes docs/API.md declares: under a heading "Breaking changes", each list item starting
   * with the change's line in backquotes, e.g. {@code - `removed-property PlanView.signer`: why}.
   */
  public static Set<String> declared(String apiMarkdown) {
    Set<String> declared = new LinkedHashSet<>();
    boolean inside = false;
    Pattern item = Pattern.compile("^[-*] `([^`]+)`");
    for (String line : apiMarkdown.split("\n")) {
      if (line.startsWith("#")) {
        inside = line.replaceFirst("^#+\\s*", "").trim().equalsIgnoreCase("Breaking changes");
        continue;
      }
      Matcher m = item.matcher(line.trim());
      if (inside && m.find()) {
        declared.add(m.group(1).trim());
      }
    }
    return declared;
  }
}
