package vn.plantrack.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The suite's HTTP client: demo users' tokens from the stack's Keycloak, and calls spread over the
 * gateways (round robin; a gateway that does not answer is tried again on the next one only when
 * nothing was sent — a refused connection). One call is one attempt: the caller decides what an
 * answer means ({@link Workload}).
 */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer; status -1 when none came (the outcome is unknown), with the error. */
  record Answer(int status, Map<String, List<String>> headers, String body, String error) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status == -1
          ? "no answer (" + error + ")"
          : status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private record Token(String value, Instant expires) {}

  private final List<String> gateways;
  private final String keycloak;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  Api(List<String> gateways, String keycloak) {
    this.gateways = List.copyOf(gateways);
    this.keycloak = keycloak;
  }

  Answer get(String path, String user) {
    return call("GET", path, user, Map.of(), null);
  }

  /** One attempt through the next gateway (the following one if the connection is refused). */
  Answer call(String method, String path, String user, Map<String, String> headers, String body) {
    int start = Math.floorMod(next.getAndIncrement(), gateways.size());
    Answer answer = null;
    for (int i = 0; i < gateways.size(); i++) {
      String gateway = gateways.get((start + i) % gateways.size());
      answer = send(method, gateway + path, user, headers, body);
      if (answer.status() != -1 || !answer.error().contains("ConnectException")) {
        return answer;
      }
    }
    return answer;
  }

  private Answer send(
      String method, String url, String user, Map<String, String> headers, String body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (user != null) {
        request.header("Authorization", "Bearer " + token(user));
      }
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      headers.forEach(request::header);
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().map(), response.body(), null);
    } catch (IOException | RuntimeException e) {
      return new Answer(-1, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, Map.of(), "", "interrupted");
    }
  }

  /** A demo user's access token (password grant), renewed a minute before it expires. */
  String token(String user) throws IOException, InterruptedException {
    Token token = tokens.get(user);
    if (token != null && token.expires().isAfter(Instant.now().plusSeconds(60))) {
      return token.value();
    }
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", "plantrack-web",
                "username", user,
                "password", "demo")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .reduce((a, b) -> a + "&" + b)
            .orElseThrow();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/plantrack/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak refused " + user + ": " + response.statusCode());
    }
    JsonNode json = JSON.readTree(response.body());
    String value = json.path("access_token").asText();
    tokens.put(
        user, new Token(value, Instant.now().plusSeconds(json.path("expires_in").asLong(300))));
    return value;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
