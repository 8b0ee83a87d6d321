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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.plantrack.infra.KafkaAccess;
import vn.plantrack.infra.KafkaCredentials;

/**
 * The stack the build started (deploy/local/up with PLANTRACK_PORT_BASE), and real tokens from its
 * Keycloak.
 */
final class Stack {
  static final int BASE = Integer.getInteger("plantrack.port.base", 28000);
  static final String GATEWAY = "http://localhost:" + (BASE + 80);
  static final String KEYCLOAK = "http://localhost:" + (BASE + 180);
  static final String KAFKA = "127.0.0.1:" + (BASE + 92);

  /**
   * The broker's folder: its credentials.properties holds the SASL passwords deploy/local/up made.
   */
  static final Path KAFKA_DIR =
      Path.of(System.getProperty("plantrack.run.dir", "target/stack")).resolve("kafka");

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Each service's own port (deploy/local/up: base+81…+84, notification +89), for calls that skip
   * the gateway.
   */
  static final Map<String, String> SERVICES =
      Map.of(
          "plan", "http://localhost:" + (BASE + 81),
          "task", "http://localhost:" + (BASE + 82),
          "indicator", "http://localhost:" + (BASE + 83),
          "reporting", "http://localhost:" + (BASE + 84),
          "notification", "http://localhost:" + (BASE + 89));

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  private record Token(String value, Instant expires) {}

  private Stack() {}

  /**
   * Settings of a Kafka client of the stack's broker, as the admin principal (SASL/SCRAM: the
   * broker has no anonymous access).
   */
  static Properties kafkaAdmin() {
    if (!Files.exists(KAFKA_DIR.resolve(KafkaCredentials.FILE))) {
      throw new IllegalStateException("no Kafka credentials in " + KAFKA_DIR);
    }
    Properties props = new Properties();
    props.putAll(KafkaCredentials.in(KAFKA_DIR).clientProperties(KafkaAccess.ADMIN));
    props.put("bootstrap.servers", KAFKA);
    return props;
  }

  /** An access token of a demo user (password grant, public client plantrack-web). */
  static String userToken(String user) {
    return cached(
        "plantrack",
        Map.of(
            "grant_type", "password",
            "client_id", "plantrack-web",
            "username", user,
            "password", "demo"));
  }

  /** An access token of a confidential client (client-credentials grant). */
  static String clientToken(String client, String secret) {
    return cached(
        "plantrack",
        Map.of(
            "grant_type", "client_credentials",
            "client_id", client,
            "client_secret", secret));
  }

  /** An access token of a user of another realm of the same Keycloak (password grant). */
  static String realmUserToken(String realm, String client, String user, String password) {
    return cached(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "username", user,
            "password", password));
  }

  /** A new token, never a cached one (for tokens that expire within seconds). */
  static String freshClientToken(String client, String secret) {
    return token(
        "plantrack",
        Map.of(
            "grant_type", "client_credentials",
            "client_id", client,
            "client_secret", secret));
  }

  static String realmUrl(String realm) {
    return KEYCLOAK + "/realms/" + realm;
  }

  static JsonNode claims(String token) throws IOException {
    String payload = token.split("\\.")[1];
    return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
  }

  /** Tokens are reused while they have a minute left: a long test run outlives the first ones. */
  private static String cached(String realm, Map<String, String> form) {
    String key = realm + ":" + form.get("client_id") + ":" + form.getOrDefault("username", "");
    Token token = TOKENS.get(key);
    if (token == null || token.expires().isBefore(Instant.now().plusSeconds(60))) {
      String value = token(realm, form);
      try {
        token = new Token(value, Instant.ofEpochSecond(claims(value).path("exp").asLong()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      TOKENS.put(key, token);
    }
    return token.value();
  }

  private static String token(String realm, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/protocol/openid-connect/token"))
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
