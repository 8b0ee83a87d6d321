package vn.plantrack.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services' OpenAPI 3.1 documents as one, for clients that want one file (issue 20): the
 * gateway serves it at {@code /openapi}, and deploy/clients generates and compiles clients from it
 * in the build.
 *
 * <ul>
 *   <li>Paths: each service owns its own ({@code /api/v1/...}); a path two documents describe alike
 *       (platform's {@code /api/v1/admin/{service}/dead-letters}, each service its own {@code
 *       service}) is one path, a path they describe differently is a clash.
 *   <li>Components (schemas, responses, parameters, ...): kept once by name; the same name with the
 *       same content (platform's {@code Problem}) is one component, the same name with different
 *       content is a clash. Clashes are never settled silently: {@link #merge} names them all.
 *   <li>Tags: every service's, once.
 *   <li>Security: the Keycloak realm as the {@code openIdConnect} scheme {@value #SECURITY_SCHEME},
 *       required by every {@code /api/} operation.
 * </ul>
 */
public final class MergedDocument {
  public static final String SECURITY_SCHEME = "keycloak";
  public static final ObjectMapper JSON = new ObjectMapper();

  private MergedDocument() {}

  /** Two services name different things alike: a generated client would have to pick one. */
  public static final class Clash extends IllegalStateException {
    private final List<String> clashes;

    Clash(List<String> clashes) {
      super("The services' OpenAPI documents clash:\n  " + String.join("\n  ", clashes));
      this.clashes = List.copyOf(clashes);
    }

    public List<String> clashes() {
      return clashes;
    }
  }

  /**
   * One document from the services' documents.
   *
   * @param documents each service's document by service name, in the order wanted in the result
   * @param openIdConnectUrl the realm's discovery document ({@code
   *     .../realms/plantrack/.well-known/openid-configuration})
   * @throws Clash when two services give one path or one component name different content
   */
  public static ObjectNode merge(Map<String, JsonNode> documents, String openIdConnectUrl) {
    ObjectNode merged = JSON.createObjectNode();
    merged.put("openapi", "3.1.0");
    ObjectNode info = merged.putObject("info");
    info.put("title", "PlanTrack API");
    info.put("version", "1.0");
    info.put(
        "description",
        "Every PlanTrack service's API in one document ("
            + String.join(", ", documents.keySet())
            + "), as the gateway routes it. Each service's own document is at /openapi/<service>.");
    ArrayNode tags = merged.putArray("tags");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode components = merged.putObject("components");

    List<String> clashes = new ArrayList<>();
    Map<String, String> pathOwners = new HashMap<>();
    Map<String, String> componentOwners = new HashMap<>();
    Map<String, Boolean> tagNames = new LinkedHashMap<>();
    documents.forEach(
        (service, document) -> {
          for (JsonNode tag : document.path("tags")) {
            if (tagNames.putIfAbsent(tag.path("name").asText(), true) == null) {
              tags.add(tag.deepCopy());
            }
          }
          fields(document.path("paths"))
              .forEach(
                  (path, item) -> {
                    String owner = pathOwners.putIfAbsent(path, service);
                    if (owner == null) {
                      paths.set(path, secured(path, item.deepCopy()));
                    } else if (!secured(path, item.deepCopy()).equals(paths.get(path))) {
                      clashes.add("path " + path + ": " + owner + " and " + service);
                    }
                  });
          fields(document.path("components"))
              .forEach(
                  (section, entries) ->
                      fields(entries)
                          .forEach(
                              (name, component) -> {
                                String key = section + "." + name;
                                ObjectNode into = components.with(section);
                                String owner = componentOwners.putIfAbsent(key, service);
                                if (owner == null) {
                                  into.set(name, component.deepCopy());
                                } else if (!into.get(name).equals(component)) {
                                  clashes.add(
                                      "components."
                                          + key
                                          + ": "
                                          + owner
                                          + " and "
                                          + service
                                          + " define it differently");
                                }
                              }));
        });
    if (!clashes.isEmpty()) {
      throw new Clash(clashes);
    }
    ObjectNode scheme = components.with("securitySchemes").putObject(SECURITY_SCHEME);
    scheme.put("type", "openIdConnect");
    scheme.put("openIdConnectUrl", openIdConnectUrl);
    scheme.put(
        "description",
        "A bearer token of the realm's (audience plantrack-api); the console logs in with client"
            + " plantrack-web (authorization code + PKCE)");
    return merged;
  }

  /** Every operation of an {@code /api/} path needs the realm's token. */
  private static ObjectNode secured(String path, ObjectNode item) {
    if (!path.startsWith("/api/")) {
      return item;
    }
    for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch")) {
      if (item.get(method) instanceof ObjectNode operation) {
        ArrayNode security = operation.putArray("security");
        security.addObject().putArray(SECURITY_SCHEME);
      }
    }
    return item;
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.put(field.getKey(), field.getValue());
    }
    return fields;
  }
}
