package vn.plantrack.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of one service ({@code plantrack.gateway.services.<name>.url}: one base URL or a
 * comma-separated list). Calls go round robin; an instance whose circuit is open is passed over,
 * and one that refuses the connection is skipped for the next: nothing was sent to it, so this is
 * safe for every method (a request that reached an instance is never sent again).
 */
final class Upstreams {
  record Instance(String origin, SocketAddress address, Breaker breaker) {}

  private final List<Instance> instances;
  private final AtomicInteger next = new AtomicInteger();

  Upstreams(String urls, int breakerFailures, Duration breakerOpenFor) {
    List<Instance> parsed = new ArrayList<>();
    for (String url : Arrays.stream(urls.split(",")).map(String::trim).toList()) {
      if (url.isEmpty()) {
        continue;
      }
      String origin = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      URI uri = URI.create(origin);
      parsed.add(
          new Instance(
              origin,
              SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost()),
              new Breaker(breakerFailures, breakerOpenFor)));
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("a service needs at least one URL: '" + urls + "'");
    }
    this.instances = List.copyOf(parsed);
  }

  List<Instance> instances() {
    return instances;
  }

  /**
   * The instances to try for one call, in order: round robin, those whose circuit is open left out.
   * Empty when every circuit is open.
   */
  List<Instance> order() {
    int start = Math.floorMod(next.getAndIncrement(), instances.size());
    List<Instance> order = new ArrayList<>(instances.size());
    for (int i = 0; i < instances.size(); i++) {
      Instance instance = instances.get((start + i) % instances.size());
      if (instance.breaker().allows()) {
        order.add(instance);
      }
    }
    return order;
  }

  /** Seconds until the first open circuit lets a call through again, for Retry-After. */
  long retryAfterSeconds() {
    return instances.stream().mapToLong(i -> i.breaker().retryAfterSeconds()).min().orElse(1);
  }

  /**
   * A request to the first instance of {@code order} that accepts the connection; {@code chosen}
   * receives the instance used. A refused connection counts as a failure of that instance.
   */
  static Future<HttpClientRequest> connect(
      HttpClient client,
      List<Instance> order,
      long timeoutMs,
      java.util.function.Consumer<Instance> chosen) {
    return connect(client, order, 0, timeoutMs, chosen);
  }

  private static Future<HttpClientRequest> connect(
      HttpClient client,
      List<Instance> order,
      int index,
      long timeoutMs,
      java.util.function.Consumer<Instance> chosen) {
    Instance instance = order.get(index);
    chosen.accept(instance);
    return client
        .request(new RequestOptions().setServer(instance.address()).setIdleTimeout(timeoutMs))
        .recover(
            failure -> {
              if (failure instanceof ConnectException && index + 1 < order.size()) {
                instance.breaker().failure();
                return connect(client, order, index + 1, timeoutMs, chosen);
              }
              return Future.failedFuture(failure);
            });
  }
}
