package vn.plantrack.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.plantrack.gateway.config.GatewayConfig;
import vn.plantrack.gateway.problem.Problems;
import vn.plantrack.openapi.MergedDocument;
import vn.plantrack.platform.web.RequestIds;

/**
 * {@code GET /openapi}: every service's OpenAPI document as one ({@link MergedDocument}, the code
 * the build's client check uses too), with the Keycloak realm as its {@code openIdConnect} security
 * scheme; {@code ?format=yaml} as YAML. Each service's document is read from its {@code /q/openapi}
 * when asked (a service that is away makes it a 503: a document silently missing a service would be
 * a wrong contract).
 */
@ApplicationScoped
public class MergedOpenApi {
  private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
  private static final YAMLMapper YAML = new YAMLMapper();

  private final GatewayConfig config;
  private final Vertx vertx;
  private final String openIdConnectUrl;

  public MergedOpenApi(
      GatewayConfig config,
      Vertx vertx,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
    this.config = config;
    this.vertx = vertx;
    this.openIdConnectUrl = realm.replaceAll("/+$", "") + "/.well-known/openid-configuration";
  }

  void routes(@Observes Router router) {
    WebClient client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000));
    router.get("/openapi").order(10).handler(rc -> serve(rc, client));
  }

  private void serve(RoutingContext rc, WebClient client) {
    Map<String, GatewayConfig.Service> services = new TreeMap<>(config.services());
    List<Future<JsonNode>> documents = new ArrayList<>();
    services.forEach((name, service) -> documents.add(document(client, name, service)));
    Future.all(documents)
        .onComplete(
            all -> {
              String requestId = rc.request().getHeader(RequestIds.HEADER);
              if (all.failed()) {
                problem(rc, 503, "upstream-unavailable", all.cause().getMessage(), requestId);
                return;
              }
              Map<String, JsonNode> byService = new LinkedHashMap<>();
              List<String> names = new ArrayList<>(services.keySet());
              for (int i = 0; i < names.size(); i++) {
                byService.put(names.get(i), documents.get(i).result());
              }
              try {
                ObjectNode merged = MergedDocument.merge(byService, openIdConnectUrl);
                boolean yaml = "yaml".equalsIgnoreCase(rc.request().getParam("format"));
                rc.response()
                    .putHeader(
                        "Content-Type",
                        yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                    .end(
                        yaml
                            ? YAML.writeValueAsString(merged)
                            : MergedDocument.JSON.writeValueAsString(merged));
              } catch (MergedDocument.Clash clash) {
                LOG.error(clash.getMessage());
                problem(rc, 500, "contract-clash", clash.getMessage(), requestId);
              } catch (Exception e) {
                LOG.error("the merged OpenAPI document cannot be written", e);
                problem(rc, 500, "internal", "the merged document cannot be written", requestId);
              }
            });
  }

  /** A service's document from the first of its instances that answers. */
  private Future<JsonNode> document(WebClient client, String name, GatewayConfig.Service service) {
    Future<JsonNode> found = Future.failedFuture(name + ": no instance");
    for (String url : service.url().split(",")) {
      URI base = URI.create(url.trim());
      found =
          found.recover(
              previous ->
                  client
                      .get(
                          base.getPort() < 0 ? 80 : base.getPort(),
                          base.getHost(),
                          "/q/openapi?format=json")
                      .timeout(service.timeout().toMillis())
                      .send()
                      .compose(answer -> parse(name, answer)));
    }
    return found.recover(
        failure ->
            Future.failedFuture(
                "the " + name + " service's OpenAPI document cannot be read right now"));
  }

  private static Future<JsonNode> parse(String name, HttpResponse<io.vertx.core.buffer.Buffer> a) {
    if (a.statusCode() != 200) {
      return Future.failedFuture(name + " answered " + a.statusCode());
    }
    try {
      return Future.succeededFuture(MergedDocument.JSON.readTree(a.body().getBytes()));
    } catch (Exception e) {
      return Future.failedFuture(e);
    }
  }

  private static void problem(
      RoutingContext rc, int status, String type, String detail, String requestId) {
    if (status == 503) {
      rc.response().putHeader("Retry-After", "5");
    }
    rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problems.MEDIA_TYPE)
        .end(
            Problems.json(
                status,
                type,
                status == 503 ? "Service Unavailable" : "Internal Server Error",
                detail,
                requestId));
  }
}
