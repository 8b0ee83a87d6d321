package vn.plantrack.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The route table and its limits ({@code plantrack.gateway.*}). */
@ConfigMapping(prefix = "plantrack.gateway")
public interface GatewayConfig {
  /** The services behind the gateway, by name (plan, task, indicator, reporting). */
  Map<String, Service> services();

  /**
   * Whether readiness requires every service to be ready (false: the gateway is ready on its own).
   */
  @WithDefault("true")
  boolean requireServices();

  interface Service {
    /** Base URL, e.g. http://127.0.0.1:8081. */
    String url();

    /** Path prefixes the service owns, e.g. /api/v1/tasks. */
    List<String> prefixes();

    /** How long a call may take before the gateway answers 504. */
    @WithDefault("15s")
    Duration timeout();
  }
}
