package vn.plantrack.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is sane, a new one otherwise.
 * It is answered on every response (errors and 401s included), logged with every line, set on the
 * request itself (so the gateway sends it upstream, where the same rule lets it pass), and written
 * into audit records and problem documents, so one id follows a call through gateway, service and
 * logs. The gateway and every service run this one filter.
 */
@ApplicationScoped
public class RequestIds {
  public static final String HEADER = "X-Request-Id";
  static final String KEY = "requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void register(@Observes Filters filters) {
    filters.register(this::assign, 1000);
  }

  private void assign(RoutingContext rc) {
    String offered = rc.request().getHeader(HEADER);
    String id =
        offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    rc.put(KEY, id);
    rc.request().headers().set(HEADER, id);
    rc.response().putHeader(HEADER, id);
    MDC.put(KEY, id);
    rc.addEndHandler(done -> MDC.remove(KEY));
    rc.next();
  }

  /** The current request's id, or null outside a request. */
  public static String current(RoutingContext rc) {
    return rc == null ? null : rc.get(KEY);
  }

  /**
   * Carries a request's id on to work it started on another thread (a job), so what the job writes
   * is attributed to that request; {@link #unbind} when the work is done.
   */
  public static void bind(String id) {
    if (id != null) {
      MDC.put(KEY, id);
    }
  }

  public static void unbind() {
    MDC.remove(KEY);
  }

  /** The current request's id from the logging context (works on worker threads too), or null. */
  public static String current() {
    Object id = MDC.get(KEY);
    return id == null ? null : id.toString();
  }
}
