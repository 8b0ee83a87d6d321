package vn.plantrack.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for the services: it answers what it received (method, path,
 * query, the headers that matter (trace context included), body length and SHA-256), and {@code
 * /api/v1/tasks/slow} never answers in time. plan, task, indicator and notification route to it;
 * reporting routes to a port where nothing listens.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {
  private HttpServer server;
  private HttpServer second;

  @Override
  public Map<String, String> start() {
    try {
      // Like the real services (Vert.x), answer without Nagle's delay: otherwise every small answer
      // waits ~40 ms for the client's delayed ACK.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.createContext("/", EchoUpstream::echo);
      server.start();
      // A second instance of the same upstream: indicator runs as two (round robin).
      second = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      second.setExecutor(Executors.newFixedThreadPool(2));
      second.createContext("/", EchoUpstream::echo);
      second.start();
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      String dead = "http://127.0.0.1:" + freePort();
      return Map.of(
          // plan's first instance refuses connections: every call goes on to the live one.
          "plantrack.gateway.services.plan.url",
          dead + "," + url,
          "plantrack.gateway.services.task.url",
          url,
          "plantrack.gateway.services.task.timeout",
          "1s",
          "plantrack.gateway.services.indicator.url",
          url + ", http://127.0.0.1:" + second.getAddress().getPort(),
          "plantrack.gateway.services.reporting.url",
          dead,
          "plantrack.gateway.services.notification.url",
          url);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void echo(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/api/v1/tasks/slow")) {
        sleep(5000);
      }
      if (path.equals("/api/v1/plans/created")) {
        // Like a service answering 201: a Location with its own address.
        String host = exchange.getRequestHeaders().getFirst("Host");
        exchange.getResponseHeaders().add("Location", "http://" + host + "/api/v1/plans/42");
      }
      String json =
          "{\"port\":%d,".formatted(exchange.getLocalAddress().getPort())
              + "\"method\":\"%s\",\"path\":\"%s\",\"query\":%s,\"authorization\":%s,\"requestId\":%s,"
                  .formatted(
                      exchange.getRequestMethod(),
                      path,
                      quote(exchange.getRequestURI().getRawQuery()),
                      quote(exchange.getRequestHeaders().getFirst("Authorization")),
                      quote(exchange.getRequestHeaders().getFirst("X-Request-Id")))
              + "\"forwardedFor\":%s,\"traceparent\":%s,\"traceparents\":%d,\"tracestate\":%s,"
                  .formatted(
                      quote(exchange.getRequestHeaders().getFirst("X-Forwarded-For")),
                      quote(exchange.getRequestHeaders().getFirst("traceparent")),
                      exchange.getRequestHeaders().getOrDefault("traceparent", List.of()).size(),
                      quote(exchange.getRequestHeaders().getFirst("tracestate")))
              + "\"bodyLength\":%d,\"bodySha256\":\"%s\"}".formatted(body.length, sha256(body));
      byte[] answer = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-Request-Id", "upstream-copy");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String value) {
    return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
    if (second != null) {
      second.stop(0);
    }
  }
}
