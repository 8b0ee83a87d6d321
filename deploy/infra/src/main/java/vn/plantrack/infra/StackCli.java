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
 *       organizations that exist are left alone;
 *   <li>{@code load-demo <gateway-url> <keycloak-url> <seeds-folder>}: the seed plans imported,
 *       confirmed, and brought to life ({@link DemoPlans}).
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
    } else if (args.length == 4 && args[0].equals("load-demo")) {
      new DemoPlans(args[1], args[2]).load(Path.of(args[3]));
    } else {
      System.err.println(
          "usage: StackCli await <url> <seconds> [name] | load-directory <gateway> <keycloak> <dir>"
              + " | load-demo <gateway> <keycloak> <seeds-dir>");
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

  /**
   * Loads organizations (parents first), then groups (with members by code), then the recorded
   * mergers, through the public API. Whatever exists already is left alone (409), so loading twice
   * is safe.
   */
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
    List<JsonNode> merges = new ArrayList<>();
    for (Path file : files) {
      JsonNode doc = JSON.readTree(file.toFile());
      String province = doc.get("province").asText();
      List<JsonNode> entries = new ArrayList<>(parentsFirst(doc.get("organizations")));
      doc.path("groups").forEach(entries::add);
      for (JsonNode org : entries) {
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
        if (org.hasNonNull("validFrom")) {
          body.put("validFrom", org.get("validFrom").asText());
        }
        if (org.hasNonNull("successorCode")) {
          merges.add(org);
        } else if (org.hasNonNull("validTo")) {
          body.put("validTo", org.get("validTo").asText());
        }
        if (org.path("members").isArray() && !org.get("members").isEmpty()) {
          var members = body.putArray("memberIds");
          org.get("members").forEach(m -> members.add(idForCode(m.asText()).toString()));
        }
        if (org.path("memberTypes").isArray() && !org.get("memberTypes").isEmpty()) {
          body.set("memberTypes", org.get("memberTypes"));
        }
        int status = post(gateway + "/api/v1/organizations", token, body);
        if (status == 201) {
          created++;
        } else {
          existing++;
        }
      }
    }
    int merged = 0;
    for (JsonNode org : merges) {
      ObjectNode body = JSON.createObjectNode();
      body.put("successorId", idForCode(org.get("successorCode").asText()).toString());
      body.put(
          "effectiveOn",
          java.time.LocalDate.parse(org.get("validTo").asText()).plusDays(1).toString());
      body.put("note", "Sắp xếp tổ chức bộ máy năm 2025");
      int status =
          post(
              gateway + "/api/v1/organizations/" + idForCode(org.get("code").asText()) + "/merge",
              token,
              body);
      merged += status == 200 ? 1 : 0;
    }
    System.out.println(
        "directory: "
            + created
            + " organizations and groups created, "
            + existing
            + " already there, "
            + merged
            + " mergers recorded");
  }

  /**
   * POSTs JSON; 2xx and 409 (already there) are fine, anything else stops the load. A 429 from the
   * gateway's rate limit is waited out as its Retry-After says, like any well-behaved client.
   */
  /**
   * One call with a token, waiting out 429 and 503 (Retry-After, 1 to 10 s, 30 tries): the demo
   * loaders go through the gateway's rate limits and may start before a service is ready.
   */
  static HttpResponse<String> call(
      String method, String url, String token, String json, Map<String, String> headers)
      throws Exception {
    HttpResponse<String> response;
    int attempts = 0;
    boolean retry;
    do {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      headers.forEach(request::header);
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      retry = response.statusCode() == 429 || response.statusCode() == 503;
      if (retry) {
        long seconds =
            Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
        Thread.sleep(Math.min(10, Math.max(1, seconds)) * 1000L);
      }
    } while (retry && ++attempts < 30);
    return response;
  }

  private static int post(String url, String token, ObjectNode body) throws Exception {
    HttpResponse<String> response = call("POST", url, token, body.toString(), Map.of());
    if (response.statusCode() >= 300 && response.statusCode() != 409) {
      throw new IllegalStateException(
          "POST "
              + url
              + " "
              + body
              + " failed: HTTP "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response.statusCode();
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
