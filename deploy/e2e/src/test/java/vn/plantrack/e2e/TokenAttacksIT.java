package vn.plantrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, token attacks against the real Keycloak: each bad token is refused with 401 problem+json
 * by the gateway and, behind it, by every service on its own port (defence in depth: a caller that
 * reaches a service directly gets no further). Tokens are genuine where Keycloak can issue them
 * (another realm, another issuer, another audience, no audience, expired), forged where only an
 * attacker would make them (alg none, HS256 keyed with the realm's public key, a foreign key with
 * the realm's key id, an embedded key, claims changed under a kept signature). The realm's private
 * key is never known to the tests.
 */
class TokenAttacksIT {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  /** Where each token is tried: the gateway and every service directly. */
  static final Map<String, String> TARGETS = new LinkedHashMap<>();

  static {
    TARGETS.put("gateway", Stack.GATEWAY + "/api/v1/meta/enums");
    Stack.SERVICES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(s -> TARGETS.put(s.getKey() + "-service", s.getValue() + "/api/v1/meta/enums"));
  }

  /** attack → target → status, for the summary. */
  private static final Map<String, Map<String, Integer>> RESULTS = new LinkedHashMap<>();

  private static String kid;
  private static byte[] publicKeyDer;
  private static KeyPair foreign;

  @BeforeAll
  static void realmKeys() throws GeneralSecurityException {
    JsonNode jwks =
        Api.get(Stack.realmUrl("plantrack") + "/protocol/openid-connect/certs", null).json();
    JsonNode signing = null;
    for (JsonNode key : jwks.path("keys")) {
      if ("RS256".equals(key.path("alg").asText()) && "sig".equals(key.path("use").asText())) {
        signing = key;
      }
    }
    assertThat(signing).as("the realm's RS256 signing key").isNotNull();
    kid = signing.path("kid").asText();
    RSAPublicKey key =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(
                        new BigInteger(
                            1, Base64.getUrlDecoder().decode(signing.path("n").asText())),
                        new BigInteger(
                            1, Base64.getUrlDecoder().decode(signing.path("e").asText()))));
    publicKeyDer = key.getEncoded();
    // The realm publishes the same key as base64 DER: the HS256 attack keys its MAC with exactly
    // that.
    assertThat(Api.get(Stack.realmUrl("plantrack"), null).json().path("public_key").asText())
        .isEqualTo(Base64.getEncoder().encodeToString(publicKeyDer));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    foreign = generator.generateKeyPair();
  }

  @Test
  void genuineTokensAreAcceptedEverywhere() {
    for (String token :
        List.of(
            Stack.userToken("admin"),
            Stack.userToken("kt.viewer"),
            Stack.clientToken("provincial-integration", "demo-secret"))) {
      TARGETS.forEach(
          (target, url) -> assertThat(Api.get(url, token).status()).as(target).isEqualTo(200));
    }
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        attack("no token", () -> null),
        attack("not a JWT", () -> "not-a-token"),
        attack(
            "wrong issuer: a genuine token of the same Keycloak's master realm",
            () -> {
              String token = Stack.realmUserToken("master", "admin-cli", "admin", "admin");
              assertThat(claims(token).path("iss").asText()).endsWith("/realms/master");
              return token;
            }),
        attack(
            "other realm: a genuine admin token of realm plantrack-other (same client ids,"
                + " audience plantrack-api)",
            () -> {
              String token =
                  Stack.realmUserToken("plantrack-other", "plantrack-web", "admin", "demo");
              JsonNode claims = claims(token);
              assertThat(claims.path("iss").asText()).endsWith("/realms/plantrack-other");
              assertThat(claims.path("aud").toString()).contains("plantrack-api");
              assertThat(claims.path("realm_access").path("roles").toString()).contains("admin");
              return token;
            }),
        attack(
            "wrong audience: a genuine token of client plantrack-outsider (aud account)",
            () -> {
              String token = Stack.clientToken("plantrack-outsider", "outsider-secret");
              assertThat(claims(token).path("aud").toString()).doesNotContain("plantrack-api");
              return token;
            }),
        attack(
            "missing audience: a genuine token of client plantrack-no-audience (no aud)",
            () -> {
              String token = Stack.clientToken("plantrack-no-audience", "no-audience-secret");
              assertThat(claims(token).has("aud")).isFalse();
              return token;
            }),
        attack(
            "alg none: a genuine admin token's claims, unsigned",
            () -> {
              String[] parts = Stack.userToken("admin").split("\\.");
              return header(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + ".";
            }),
        attack(
            "alg none with the realm's kid and the original signature",
            () -> {
              String[] parts = Stack.userToken("admin").split("\\.");
              return header(Map.of("alg", "none", "typ", "JWT", "kid", kid))
                  + "."
                  + parts[1]
                  + "."
                  + parts[2];
            }),
        attack(
            "HS256 keyed with the realm's public key (DER bytes)",
            () -> hs256(Stack.userToken("admin"), publicKeyDer)),
        attack(
            "HS256 keyed with the realm's public key (PEM text)",
            () -> hs256(Stack.userToken("admin"), pem(publicKeyDer))),
        attack(
            "signed by a foreign RSA key under the realm's kid",
            () ->
                rs256(
                    Map.of("alg", "RS256", "typ", "JWT", "kid", kid),
                    Stack.userToken("admin").split("\\.")[1])),
        attack(
            "signed by a foreign RSA key that the header embeds (jwk)",
            () -> {
              RSAPublicKey pub = (RSAPublicKey) foreign.getPublic();
              Map<String, Object> jwk =
                  Map.of(
                      "kty", "RSA",
                      "n", B64.encodeToString(unsigned(pub.getModulus())),
                      "e", B64.encodeToString(unsigned(pub.getPublicExponent())));
              return rs256(
                  Map.of("alg", "RS256", "typ", "JWT", "jwk", jwk),
                  Stack.userToken("admin").split("\\.")[1]);
            }),
        attack(
            "tampered claims: a genuine viewer token made admin, signature kept",
            () -> {
              String[] parts = Stack.userToken("kt.viewer").split("\\.");
              ObjectNode claims = (ObjectNode) claims(parts[0] + "." + parts[1]);
              claims.putObject("realm_access").putArray("roles").add("admin");
              claims.remove("province");
              return parts[0]
                  + "."
                  + B64.encodeToString(Fixtures.json(claims).getBytes(StandardCharsets.UTF_8))
                  + "."
                  + parts[2];
            }),
        attack(
            "tampered claims: another province written into a genuine coordinator token",
            () -> {
              String[] parts = Stack.userToken("kt.coordinator").split("\\.");
              ObjectNode claims = (ObjectNode) claims(parts[0] + "." + parts[1]);
              claims.put("province", "BK");
              return parts[0]
                  + "."
                  + B64.encodeToString(Fixtures.json(claims).getBytes(StandardCharsets.UTF_8))
                  + "."
                  + parts[2];
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void isRefusedWith401ByTheGatewayAndEveryService(String attack, Supplier<String> forge) {
    String token = forge.get();
    List<String> wrong = new ArrayList<>();
    TARGETS.forEach(
        (target, url) -> {
          Api.Answer answer = Api.get(url, token);
          RESULTS.computeIfAbsent(attack, a -> new LinkedHashMap<>()).put(target, answer.status());
          String problem = refusal(answer);
          if (problem != null) {
            wrong.add(target + ": " + problem);
          }
        });
    assertThat(wrong).as(attack).isEmpty();
  }

  /**
   * A genuine Keycloak token, not a forged one: client plantrack-short-lived's tokens live 5 s (its
   * access.token.lifespan). Accepted everywhere while valid, refused everywhere once expired.
   */
  @Test
  void anExpiredGenuineTokenIsRefusedWith401ByTheGatewayAndEveryService() throws Exception {
    String token = null;
    for (int attempt = 0; attempt < 3 && token == null; attempt++) {
      String candidate = Stack.freshClientToken("plantrack-short-lived", "short-lived-secret");
      JsonNode claims = claims(candidate);
      assertThat(claims.path("exp").asLong() - claims.path("iat").asLong())
          .as("lifespan of plantrack-short-lived's tokens, s")
          .isBetween(1L, 10L);
      boolean acceptedEverywhere =
          TARGETS.values().stream().allMatch(url -> Api.get(url, candidate).status() == 200);
      if (acceptedEverywhere && Instant.now().getEpochSecond() < claims.path("exp").asLong()) {
        token = candidate;
      }
    }
    assertThat(token).as("a short-lived token accepted everywhere while valid").isNotNull();
    long exp = claims(token).path("exp").asLong();
    Api.sleep(Duration.ofMillis(Math.max(0, (exp + 2) * 1000 - System.currentTimeMillis())));
    String expired = token;
    String attack = "expired: a genuine token of client plantrack-short-lived, 2 s after exp";
    List<String> wrong = new ArrayList<>();
    TARGETS.forEach(
        (target, url) -> {
          Api.Answer answer = Api.get(url, expired);
          RESULTS.computeIfAbsent(attack, a -> new LinkedHashMap<>()).put(target, answer.status());
          String problem = refusal(answer);
          if (problem != null) {
            wrong.add(target + ": " + problem);
          }
        });
    assertThat(wrong).as(attack).isEmpty();
  }

  @AfterAll
  static void summary() throws Exception {
    StringBuilder out = new StringBuilder("\n# Token attacks: results\n\n");
    out.append("| attack | ").append(String.join(" | ", TARGETS.keySet())).append(" |\n");
    out.append("|---|").append("---|".repeat(TARGETS.size())).append('\n');
    long refused = 0;
    long tries = 0;
    for (Map.Entry<String, Map<String, Integer>> row : RESULTS.entrySet()) {
      out.append("| ").append(row.getKey());
      for (String target : TARGETS.keySet()) {
        Integer status = row.getValue().get(target);
        out.append(" | ").append(status == null ? "-" : status);
        tries++;
        refused += status != null && status == 401 ? 1 : 0;
      }
      out.append(" |\n");
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nattacks: %d, tries: %d, refused with 401: %d, anything else: %d%n",
            RESULTS.size(),
            tries,
            refused,
            tries - refused));
    System.out.println(out);
    Path report = Path.of("target", "token-attacks-report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out);
  }

  /** Null for a proper refusal: 401, problem+json, a Bearer challenge; else what is wrong. */
  private static String refusal(Api.Answer answer) {
    if (answer.status() != 401) {
      return "status " + answer.status() + ": " + answer.body();
    }
    String type = answer.header("Content-Type");
    if (type == null || !type.startsWith("application/problem+json")) {
      return "401 as " + type + ", not problem+json";
    }
    if (!answer.json().path("type").asText().endsWith("/unauthorized")) {
      return "problem type " + answer.json().path("type");
    }
    String challenge = answer.header("WWW-Authenticate");
    if (challenge == null || !challenge.startsWith("Bearer")) {
      return "no Bearer challenge (WWW-Authenticate: " + challenge + ")";
    }
    return null;
  }

  private static Arguments attack(String name, Supplier<String> forge) {
    return Arguments.of(name, forge);
  }

  private static JsonNode claims(String token) {
    try {
      return Stack.claims(token);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(Map<String, Object> header) {
    return B64.encodeToString(Fixtures.json(header).getBytes(StandardCharsets.UTF_8));
  }

  private static String hs256(String genuine, byte[] key) {
    try {
      String input =
          header(Map.of("alg", "HS256", "typ", "JWT", "kid", kid)) + "." + genuine.split("\\.")[1];
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return input
          + "."
          + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rs256(Map<String, Object> header, String payload) {
    try {
      String input = header(header) + "." + payload;
      PrivateKey key = foreign.getPrivate();
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pem(byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
