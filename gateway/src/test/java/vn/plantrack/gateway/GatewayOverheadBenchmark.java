package vn.plantrack.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What the gateway adds to a call on loopback: the same GET to the same upstream, directly and
 * through the gateway (token validation, rate limits, proxy), interleaved, 3,000 times each after a
 * warm-up. Measures, asserts nothing; run with {@code deploy/bench/gateway-overhead}.
 */
@QuarkusTest
@TestProfile(GatewayOverheadBenchmark.Generous.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstream.class)
class GatewayOverheadBenchmark {
  static final int RUNS = 3000;

  /** Limits out of the way: this measures the path, not the limiter's refusals. */
  public static class Generous implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "plantrack.gateway.user-burst", "1000000",
          "plantrack.gateway.user-rate-per-second", "1000000",
          "plantrack.gateway.client-burst", "1000000",
          "plantrack.gateway.client-rate-per-second", "1000000");
    }
  }

  @Test
  void gatewayVersusDirect() throws Exception {
    var config = ConfigProvider.getConfig();
    String upstream = config.getValue("plantrack.gateway.services.plan.url", String.class);
    int port = config.getValue("quarkus.http.test-port", Integer.class);
    String token =
        Jwt.preferredUserName("bench")
            .subject("bench")
            .issuer("https://server.example.com")
            .audience("plantrack-api")
            .claim("azp", "plantrack-web")
            .claim("realm_access", Map.of("roles", List.of("viewer")))
            .claim("province", "KT")
            .expiresAt(Instant.now().plusSeconds(3600))
            .jws()
            .keyId("1")
            .sign("privateKey.jwk");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest direct =
        HttpRequest.newBuilder(URI.create(upstream + "/api/v1/organizations?q=so"))
            .header("Authorization", "Bearer " + token)
            .build();
    HttpRequest gateway =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/organizations?q=so"))
            .header("Authorization", "Bearer " + token)
            .build();
    for (int i = 0; i < 500; i++) {
      client.send(direct, HttpResponse.BodyHandlers.discarding());
      client.send(gateway, HttpResponse.BodyHandlers.discarding());
    }
    long[] d = new long[RUNS];
    long[] g = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      client.send(direct, HttpResponse.BodyHandlers.discarding());
      long t1 = System.nanoTime();
      HttpResponse<Void> r = client.send(gateway, HttpResponse.BodyHandlers.discarding());
      long t2 = System.nanoTime();
      if (r.statusCode() != 200) {
        throw new IllegalStateException("gateway answered " + r.statusCode());
      }
      d[i] = t1 - t0;
      g[i] = t2 - t1;
    }
    Arrays.sort(d);
    Arrays.sort(g);
    System.out.printf(
        "--- GatewayOverheadBenchmark (%d calls each, loopback)%n"
            + "direct:  median %.3f ms  p99 %.3f ms%n"
            + "gateway: median %.3f ms  p99 %.3f ms%n"
            + "added:   median %.3f ms  p99 %.3f ms%n",
        RUNS,
        ms(d, 0.5),
        ms(d, 0.99),
        ms(g, 0.5),
        ms(g, 0.99),
        ms(g, 0.5) - ms(d, 0.5),
        ms(g, 0.99) - ms(d, 0.99));
  }

  static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
  }
}
