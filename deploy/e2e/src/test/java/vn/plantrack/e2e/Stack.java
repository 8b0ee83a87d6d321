package vn.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The stack the build started (deploy/local/up with PLANTRACK_PORT_BASE), and real tokens from its
 * Keycloak.
 */
final class Stack {
  static final int BASE = Integer.getInteger("plantrack.port.base", 28000);
  static final String GATEWAY = "http://localhost:" + (BASE + 80);
  static final String KEYCLOAK = "http://localhost:" + (BASE + 180);
  static final String KAFKA = "127.0.0.1:" + (BASE + 92);
  static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Stack() {}

  /** An access token of a demo user (password grant, public client plantrack-web). */
  static String userToken(String user) {
    return TOKENS.computeIfAbsent(
        "user:" + user,
        u ->
            token(
                Map.of(
                    "grant_type", "password",
                    "client_id", "plantrack-web",
                    "username", user,
                    "password", "demo")));
  }

  /** An access token of a confidential client (client-credentials grant). */
  static String clientToken(String client, String secret) {
    return TOKENS.computeIfAbsent(
        "client:" + client,
        c ->
            token(
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", client,
                    "client_secret", secret)));
  }

  static JsonNode claims(String token) throws IOException {
    String payload = token.split("\\.")[1];
    return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
  }

  private static String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(KEYCLOAK + "/realms/plantrack/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused " + form.get("grant_type") + ": " + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
