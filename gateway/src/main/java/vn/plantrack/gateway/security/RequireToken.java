package vn.plantrack.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;
import vn.plantrack.gateway.problem.Problems;
import vn.plantrack.platform.web.RequestIds;

/**
 * Nothing reaches a service without a valid token: issuer, signature, expiry and audience are
 * checked here (OIDC, lazily so the answer is ours), and a missing, expired, forged or foreign
 * token is a 401 problem+json with {@code WWW-Authenticate: Bearer}. Keycloak unreachable is a 503.
 * The validated identity is left on the request for the rate limits.
 */
@ApplicationScoped
public class RequireToken {
  public static final String IDENTITY = "plantrack.identity";

  void routes(@Observes Router router) {
    router.route("/api/*").order(0).handler(this::check);
  }

  void check(RoutingContext rc) {
    if (rc.request().getHeader("Authorization") == null) {
      unauthorized(rc, "a bearer token for plantrack-api is required");
      return;
    }
    // Quarkus answers a failed authentication itself (an empty 401) unless the request names its
    // own failure handler: ours answers in problem+json.
    BiConsumer<RoutingContext, Throwable> onFailure = RequireToken::refuse;
    rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, onFailure);
    QuarkusHttpUser.getSecurityIdentity(rc, null)
        .subscribe()
        .with(
            identity -> {
              if (identity == null || identity.isAnonymous()) {
                unauthorized(rc, "a bearer token for plantrack-api is required");
              } else {
                rc.put(IDENTITY, identity);
                rc.next();
              }
            },
            failure -> refuse(rc, failure));
  }

  private static void refuse(RoutingContext rc, Throwable failure) {
    if (rc.response().ended()) {
      return;
    }
    if (failure instanceof OIDCException || failure.getCause() instanceof OIDCException) {
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
      return;
    }
    unauthorized(
        rc, "the token is not valid for plantrack-api (expired, forged or for another audience)");
  }

  private static void unauthorized(RoutingContext rc, String detail) {
    if (rc.response().ended()) {
      return;
    }
    rc.response()
        .setStatusCode(401)
        .putHeader("WWW-Authenticate", "Bearer realm=\"plantrack\"")
        .putHeader("Content-Type", Problems.MEDIA_TYPE)
        .end(
            Problems.json(
                401,
                "unauthorized",
                "Unauthorized",
                detail,
                rc.request().getHeader(RequestIds.HEADER)));
  }

  /** The identity this handler validated for the request, or null. */
  public static SecurityIdentity identity(RoutingContext rc) {
    return rc.get(IDENTITY);
  }
}
