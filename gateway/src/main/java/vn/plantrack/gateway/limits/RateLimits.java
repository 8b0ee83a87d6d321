package vn.plantrack.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.plantrack.gateway.config.GatewayConfig;
import vn.plantrack.gateway.problem.Problems;
import vn.plantrack.gateway.security.RequireToken;
import vn.plantrack.platform.web.RequestIds;

/**
 * Rate limits on the API, per client (the token's {@code azp}: a frontend, another province's
 * system) and per user, as token buckets (Bucket4j). Over the limit: 429 problem+json with {@code
 * Retry-After} in seconds. The identity is the one the gateway validated; calls without a token are
 * refused before they count. Idle buckets are dropped every minute.
 */
@ApplicationScoped
public class RateLimits {
  private final GatewayConfig config;
  private final io.vertx.core.Vertx vertx;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimits(GatewayConfig config, io.vertx.core.Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
  }

  void routes(@Observes Router router) {
    router.route("/api/*").order(2).handler(this::limit);
    vertx.setPeriodic(60_000, id -> dropIdle());
  }

  void limit(RoutingContext rc) {
    var identity = RequireToken.identity(rc);
    if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      rc.next();
      return;
    }
    String client = jwt.getClaim("azp") == null ? "unknown" : jwt.getClaim("azp").toString();
    String subject = jwt.getSubject() == null ? jwt.getName() : jwt.getSubject();
    ConsumptionProbe byClient =
        bucket("client:" + client, config.clientRatePerSecond(), config.clientBurst())
            .tryConsumeAndReturnRemaining(1);
    ConsumptionProbe byUser =
        byClient.isConsumed()
            ? bucket("user:" + subject, config.userRatePerSecond(), config.userBurst())
                .tryConsumeAndReturnRemaining(1)
            : byClient;
    if (byClient.isConsumed() && byUser.isConsumed()) {
      rc.response().putHeader("RateLimit-Remaining", Long.toString(byUser.getRemainingTokens()));
      rc.next();
      return;
    }
    ConsumptionProbe refused = byClient.isConsumed() ? byUser : byClient;
    long seconds = Math.max(1, (refused.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    rc.response()
        .setStatusCode(429)
        .putHeader("Retry-After", Long.toString(seconds))
        .putHeader("Content-Type", Problems.MEDIA_TYPE)
        .end(
            Problems.json(
                429,
                "too-many-requests",
                "Too Many Requests",
                (byClient.isConsumed() ? "this user" : "this client")
                    + " sent too many requests; retry after "
                    + seconds
                    + " s",
                rc.request().getHeader(RequestIds.HEADER)));
  }

  private Bucket bucket(String key, int perSecond, int burst) {
    return buckets.computeIfAbsent(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(burst)
                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                        .build())
                .build());
  }

  void dropIdle() {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              long capacity =
                  e.getKey().startsWith("client:") ? config.clientBurst() : config.userBurst();
              return e.getValue().getAvailableTokens() >= capacity;
            });
  }
}
