package vn.plantrack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the stack scripts need beyond bash, without assuming curl or python on the machine:
 *
 * <ul>
 *   <li>{@code await <url> <seconds> [name]}: wait until the URL answers 200;
 *   <li>{@code load-directory <gateway-url> <keycloak-url> <directory-folder>}: load the
 *       organization directory (demo data) through the gateway with a real admin token;
 *       organizations that exist are left alone.
 * </ul>
 */
public final class StackCli {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private StackCli() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("await")) {
      await(args[1], Integer.parseInt(args[2]), args.length > 3 ? args[3] : args[1]);
    } else if (args.length == 4 && args[0].equals("load-directory")) {
      loadDirectory(args[1], args[2], Path.of(args[3]));
    } else {
      System.err.println(
          "usage: StackCli await <url> <seconds> [name] | load-directory <gateway> <keycloak> <dir>");
      System.exit(2);
    }
  }

  static void await(String url, int seconds, String name) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.getClass().getSimpleName();
      }
      Thread.sleep(500);
    }
    System.err.println(name + " not ready after " + seconds + " s (" + last + ")");
    System.exit(1);
  }

  static String token(String keycloak, String user, String password) throws Exception {
    String form =
        "grant_type=password&client_id=plantrack-web&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/plantrack/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + user + ": HTTP " + response.statusCode());
    }
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  /**
   * The id an organization code has everywhere (API.md: ids of directory entries derive from their
   * code).
   */
  static UUID idForCode(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }

  static void loadDirectory(String gateway, String keycloak, Path folder) throws Exception {
    String token = token(keycloak, "admin", "demo");
    int created = 0;
    int existing = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> p.getFileName().toString().matches("organizations-.*\\.json"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      JsonNode doc = JSON.readTree(file.toFile());
      String province = doc.get("province").asText();
      for (JsonNode org : parentsFirst(doc.get("organizations"))) {
        ObjectNode body = JSON.createObjectNode();
        body.put("code", org.get("code").asText());
        body.put("province", province);
        body.put("name", org.get("name").asText());
        if (org.hasNonNull("shortName")) {
          body.put("shortName", org.get("shortName").asText());
        }
        body.set(
            "aliases", org.path("aliases").isArray() ? org.get("aliases") : JSON.createArrayNode());
        body.put("type", org.get("type").asText());
        String parent = org.path("parentCode").asText(null);
        if (parent != null && parent.startsWith(province + ".")) {
          body.put("parentId", idForCode(parent).toString());
        }
        for (String date : List.of("validFrom", "validTo")) {
          if (org.hasNonNull(date)) {
            body.put(date, org.get(date).asText());
          }
        }
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/v1/organizations"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        switch (response.statusCode()) {
          case 201 -> created++;
          case 409 -> existing++;
          default ->
              throw new IllegalStateException(
                  "loading "
                      + body.get("code").asText()
                      + " failed: HTTP "
                      + response.statusCode()
                      + " "
                      + response.body());
        }
      }
    }
    System.out.println(
        "directory: " + created + " organizations created, " + existing + " already there");
  }

  private static List<JsonNode> parentsFirst(JsonNode organizations) {
    Map<String, JsonNode> byCode = new HashMap<>();
    organizations.forEach(o -> byCode.put(o.get("code").asText(), o));
    List<JsonNode> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (JsonNode org : organizations) {
      place(org, byCode, placed, ordered, 0);
    }
    return ordered;
  }

  private static void place(
      JsonNode org,
      Map<String, JsonNode> byCode,
      Set<String> placed,
      List<JsonNode> ordered,
      int depth) {
    String code = org.get("code").asText();
    if (placed.contains(code) || depth > 20) {
      return;
    }
    JsonNode parent = byCode.get(org.path("parentCode").asText(""));
    if (parent != null) {
      place(parent, byCode, placed, ordered, depth + 1);
    }
    placed.add(code);
    ordered.add(org);
  }
}
