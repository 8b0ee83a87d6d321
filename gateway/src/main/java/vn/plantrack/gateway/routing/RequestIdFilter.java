package vn.plantrack.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request through the gateway gets an id: the caller's {@code X-Request-Id} when it is sane,
 * a new one otherwise. It is put on the request (so it travels upstream) and on the response, 401s
 * included. The services apply the same rule (platform {@code RequestIds}), so an id that passed
 * here passes there.
 */
@ApplicationScoped
public class RequestIdFilter {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void register(@Observes Filters filters) {
    filters.register(this::assign, 1000);
  }

  private void assign(RoutingContext rc) {
    String offered = rc.request().getHeader(HEADER);
    String id =
        offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    rc.request().headers().set(HEADER, id);
    rc.response().putHeader(HEADER, id);
    rc.next();
  }
}
