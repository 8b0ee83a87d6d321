package vn.plantrack.gateway.routing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.plantrack.gateway.config.GatewayConfig;
import vn.plantrack.gateway.problem.Problems;
import vn.plantrack.platform.web.RequestIds;

/**
 * The route table: each service's path prefixes go to it through a Vert.x {@link HttpProxy} (bodies
 * stream, headers pass, the bearer token is forwarded for the service to check again). {@code
 * /openapi/<service>} serves that service's OpenAPI document to the console. A service may run as
 * several instances ({@link Upstreams}: round robin, an instance refusing connections skipped). A
 * dead service is 503 and a slow one 504, as problem+json, within the route's timeout; a request
 * that reached an instance is never sent again (the client retries, with its Idempotency-Key).
 *
 * <p>Tracing (API.md, Tracing): the service is called inside the caller's W3C trace (or a new one),
 * as a child of the gateway's own spans. Quarkus's Vert.x tracer gives every call of the proxy's
 * {@link HttpClient} a client span (child of the gateway's server span) and writes its {@code
 * traceparent}; the caller's copy, which the proxy forwards with the other headers, is removed
 * first, or the service would receive two and could attach itself to the caller's span.
 */
@ApplicationScoped
public class ProxyRoutes {
  private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
  private static final String ORDER = "plantrack.instances";
  private static final String INSTANCE = "plantrack.instance";

  /**
   * The instances chosen for a request, from the route until the proxy's interceptor takes them.
   */
  private static final Map<HttpServerRequest, List<Upstreams.Instance>> PENDING =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final GatewayConfig config;
  private final Vertx vertx;
  private final List<String> traceHeaders;

  public ProxyRoutes(GatewayConfig config, Vertx vertx, OpenTelemetry openTelemetry) {
    this.config = config;
    this.vertx = vertx;
    // traceparent, tracestate, baggage: what the configured propagators write on the way out.
    this.traceHeaders = List.copyOf(openTelemetry.getPropagators().getTextMapPropagator().fields());
  }

  void routes(@Observes Router router) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(2000).setMaxPoolSize(100).setKeepAlive(true));
    for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
      String name = entry.getKey();
      GatewayConfig.Service service = entry.getValue();
      long timeoutMs = service.timeout().toMillis();
      Upstreams upstreams =
          new Upstreams(service.url(), config.breakerFailures(), config.breakerOpenFor());
      HttpProxy proxy =
          HttpProxy.reverseProxy(client)
              .origin(
                  context ->
                      Upstreams.connect(
                          context.client(),
                          context.get(ORDER, List.class),
                          timeoutMs,
                          instance -> context.set(INSTANCE, instance)))
              .addInterceptor(new Forwarding(name, traceHeaders));
      for (String prefix : service.prefixes()) {
        router.route(prefix).order(10).handler(rc -> forward(rc, name, upstreams, proxy));
        router.route(prefix + "/*").order(10).handler(rc -> forward(rc, name, upstreams, proxy));
      }
      router.get("/openapi/" + name).order(10).handler(rc -> forward(rc, name, upstreams, proxy));
    }
    // Keycloak unreachable while a token must be checked: that is the identity provider's outage,
    // not our bug.
    router
        .route()
        .order(-100)
        .failureHandler(
            rc -> {
              if (rc.failure() instanceof io.quarkus.oidc.OIDCException && !rc.response().ended()) {
                rc.response()
                    .setStatusCode(503)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(
                        Problems.json(
                            503,
                            "identity-provider-unavailable",
                            "Service Unavailable",
                            "the token cannot be checked right now; try again shortly",
                            rc.request().getHeader(RequestIds.HEADER)));
              } else {
                rc.next();
              }
            });
    router
        .route("/api/*")
        .order(20)
        .handler(
            rc ->
                rc.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(
                        Problems.json(
                            404,
                            "not-found",
                            "Not Found",
                            "no service owns " + rc.request().path(),
                            rc.request().getHeader(RequestIds.HEADER))));
  }

  /**
   * The call goes to the service's instances in round-robin order (ORDER, read by the proxy's
   * origin); a service whose every circuit is open is answered 503 at once, with Retry-After.
   */
  private static void forward(
      io.vertx.ext.web.RoutingContext rc, String name, Upstreams upstreams, HttpProxy proxy) {
    List<Upstreams.Instance> order = upstreams.order();
    if (!order.isEmpty()) {
      PENDING.put(rc.request(), order);
      rc.addEndHandler(done -> PENDING.remove(rc.request()));
      proxy.handle(rc.request());
      return;
    }
    rc.response()
        .setStatusCode(503)
        .putHeader("Retry-After", Long.toString(upstreams.retryAfterSeconds()))
        .putHeader("Content-Type", Problems.MEDIA_TYPE)
        .end(
            Problems.json(
                503,
                "upstream-unavailable",
                "Service Unavailable",
                name + "-service failed repeatedly; calls pause for a few seconds (circuit open)",
                rc.request().getHeader(RequestIds.HEADER)));
  }

  /** Adds forwarding headers, maps the OpenAPI path, and turns upstream failures into problems. */
  private static final class Forwarding implements ProxyInterceptor {
    private final String service;
    private final Collection<String> traceHeaders;

    Forwarding(String service, Collection<String> traceHeaders) {
      this.service = service;
      this.traceHeaders = traceHeaders;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      HttpServerRequest incoming = context.request().proxiedRequest();
      context.set(ORDER, PENDING.remove(incoming));
      if (incoming.path().startsWith("/openapi/")) {
        String query = incoming.query();
        context.request().setURI("/q/openapi" + (query == null ? "" : "?" + query));
      }
      String forwardedFor = incoming.getHeader("X-Forwarded-For");
      String client =
          incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
      context
          .request()
          .putHeader(
              "X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
      context.request().putHeader("X-Forwarded-Proto", incoming.scheme());
      if (Span.current().getSpanContext().isValid()) {
        // The gateway's span carries the caller's trace on: the client's tracer writes it when the
        // request is sent. (Without a span of ours, the caller's context passes through as is.)
        traceHeaders.forEach(context.request().headers()::remove);
      }
      if (incoming.authority() != null) {
        context.request().putHeader("X-Forwarded-Host", incoming.authority().toString());
      }
      return context
          .sendRequest()
          .recover(
              failure -> {
                boolean slow =
                    failure instanceof TimeoutException
                        || failure.getClass().getSimpleName().contains("Timeout");
                int status = slow ? 504 : 503;
                Upstreams.Instance instance = context.get(INSTANCE, Upstreams.Instance.class);
                if (instance != null) {
                  instance.breaker().failure();
                }
                LOG.warnf(
                    "%s %s → %s: %s",
                    incoming.method(), incoming.path(), service, failure.toString());
                ProxyResponse response = context.request().response();
                response.setStatusCode(status);
                response.headers().clear();
                response.putHeader("Content-Type", Problems.MEDIA_TYPE);
                response.setBody(
                    Body.body(
                        Buffer.buffer(
                            Problems.json(
                                status,
                                slow ? "upstream-timeout" : "upstream-unavailable",
                                slow ? "Gateway Timeout" : "Service Unavailable",
                                slow
                                    ? service + "-service did not answer in time"
                                    : service + "-service is not reachable; try again shortly",
                                incoming.getHeader(RequestIds.HEADER)))));
                return Future.succeededFuture(response);
              });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
      Upstreams.Instance instance = context.get(INSTANCE, Upstreams.Instance.class);
      if (context.response().getStatusCode() < 500 && instance != null) {
        instance.breaker().success();
      }
      // The gateway already answers the request id; the service's copy would duplicate the header.
      context.response().headers().remove(RequestIds.HEADER);
      // A Location the service wrote with its own address (201, 202) would send clients past the
      // gateway to an internal host: it is rewritten to the address the caller used.
      String location = context.response().headers().get("Location");
      HttpServerRequest incoming = context.request().proxiedRequest();
      String origin = instance == null ? null : instance.origin();
      if (location != null
          && origin != null
          && location.startsWith(origin + "/")
          && incoming.authority() != null) {
        context
            .response()
            .headers()
            .set(
                "Location",
                incoming.scheme()
                    + "://"
                    + incoming.authority()
                    + location.substring(origin.length()));
      }
      return context.sendResponse();
    }
  }
}
