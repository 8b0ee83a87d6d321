package vn.plantrack.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.plantrack.gateway.config.GatewayConfig;
import vn.plantrack.gateway.problem.Problems;
import vn.plantrack.platform.web.RequestIds;

/**
 * A request whose declared body is larger than the limit is refused before it is read: 413
 * problem+json. (A chunked body without a length is cut by {@code
 * quarkus.http.limits.max-body-size}.)
 */
@ApplicationScoped
public class BodyLimit {
  private final GatewayConfig config;

  public BodyLimit(GatewayConfig config) {
    this.config = config;
  }

  void routes(@Observes Router router) {
    router.route("/api/*").order(1).handler(this::check);
  }

  void check(RoutingContext rc) {
    String length = rc.request().getHeader("Content-Length");
    long declared;
    try {
      declared = length == null ? 0 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      declared = -1;
    }
    if (declared < 0 || declared > config.maxBodyBytes()) {
      rc.response()
          .setStatusCode(declared < 0 ? 400 : 413)
          .putHeader("Content-Type", Problems.MEDIA_TYPE)
          .putHeader("Connection", "close")
          .end(
              Problems.json(
                  declared < 0 ? 400 : 413,
                  declared < 0 ? "malformed-request" : "payload-too-large",
                  declared < 0 ? "Bad Request" : "Payload Too Large",
                  declared < 0
                      ? "Content-Length is not a number"
                      : "the body may be at most " + config.maxBodyBytes() + " bytes",
                  rc.request().getHeader(RequestIds.HEADER)));
      return;
    }
    rc.next();
  }
}
