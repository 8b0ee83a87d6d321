package vn.plantrack.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.plantrack.gateway.config.GatewayConfig;

/**
 * The gateway is ready while at least one of the services it routes to is (a route that can serve
 * is worth the traffic: the others answer 503 from the gateway, their circuit open); each service's
 * own readiness is a detail of the check ({@code plan: UP}, {@code reporting: DOWN}, …; a service
 * with several instances is UP while one of them is). With {@code
 * plantrack.gateway.require-services=false} the gateway is ready on its own.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {
  private final GatewayConfig config;
  private final WebClient client;

  public ServicesReadiness(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1000));
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Uni<Map.Entry<String, Boolean>>> checks = new ArrayList<>();
    // A service of several instances (a comma-separated url) is ready when one of them is.
    config
        .services()
        .forEach(
            (name, service) -> {
              for (String url : service.url().split(",")) {
                if (!url.isBlank()) {
                  checks.add(ready(name, url.trim()));
                }
              }
            });
    return Uni.join()
        .all(checks)
        .andFailFast()
        .map(
            results -> {
              HealthCheckResponseBuilder builder = HealthCheckResponse.named("services");
              Map<String, Boolean> services = new java.util.TreeMap<>();
              for (Map.Entry<String, Boolean> result : results) {
                services.merge(result.getKey(), result.getValue(), Boolean::logicalOr);
              }
              services.forEach((name, up) -> builder.withData(name, up ? "UP" : "DOWN"));
              boolean any = services.containsValue(true);
              return builder.status(any || !config.requireServices()).build();
            });
  }

  private Uni<Map.Entry<String, Boolean>> ready(String name, String url) {
    return Uni.createFrom()
        .completionStage(
            client.getAbs(url + "/q/health/ready").timeout(2000).send().toCompletionStage())
        .map(response -> Map.entry(name, response.statusCode() == 200))
        .onFailure()
        .recoverWithItem(Map.entry(name, false));
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
