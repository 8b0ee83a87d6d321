package vn.plantrack.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The route table and its limits ({@code plantrack.gateway.*}). */
@ConfigMapping(prefix = "plantrack.gateway")
public interface GatewayConfig {
  /** The services behind the gateway, by name (plan, task, indicator, reporting, notification). */
  Map<String, Service> services();

  /**
   * Whether readiness requires a service to be ready: at least one (any route that can serve keeps
   * the gateway in the load balancer); false: the gateway is ready on its own.
   */
  @WithDefault("true")
  boolean requireServices();

  /** Requests a client (the token's {@code azp}) may make: a bucket refilled every second. */
  @WithDefault("50")
  int clientRatePerSecond();

  @WithDefault("200")
  int clientBurst();

  /** Requests one user may make, whatever client they use. */
  @WithDefault("20")
  int userRatePerSecond();

  @WithDefault("60")
  int userBurst();

  /** The largest request body accepted, in bytes (larger: 413). */
  @WithDefault("10485760")
  long maxBodyBytes();

  /** Consecutive failures (unreachable or timed out) after which a service's circuit opens. */
  @WithDefault("5")
  int breakerFailures();

  /** How long an open circuit answers 503 at once before letting a call through again. */
  @WithDefault("10s")
  Duration breakerOpenFor();

  interface Service {
    /**
     * Base URL, e.g. http://127.0.0.1:8081, or the instances' base URLs separated by commas (calls
     * go round robin; an instance refusing connections is skipped).
     */
    String url();

    /** Path prefixes the service owns, e.g. /api/v1/tasks. */
    List<String> prefixes();

    /** How long a call may take before the gateway answers 504. */
    @WithDefault("15s")
    Duration timeout();
  }
}
