package vn.plantrack.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Four real HTTP servers standing in for the services, each answering {@code /q/openapi} with its
 * service's document (src/test/resources/openapi/&lt;service&gt;.json: a service's shape, with the
 * platform's Problem and dead-letter path every service has).
 */
public class ServiceDocuments implements QuarkusTestResourceLifecycleManager {
  private final List<HttpServer> servers = new ArrayList<>();

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    for (String service : List.of("plan", "task", "indicator", "reporting", "notification")) {
      try (InputStream in =
          ServiceDocuments.class.getResourceAsStream("/openapi/" + service + ".json")) {
        byte[] document = in.readAllBytes();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
            "/q/openapi",
            exchange -> {
              try (exchange) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, document.length);
                exchange.getResponseBody().write(document);
              }
            });
        server.start();
        servers.add(server);
        config.put(
            "plantrack.gateway.services." + service + ".url",
            "http://127.0.0.1:" + server.getAddress().getPort());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return config;
  }

  @Override
  public void stop() {
    servers.forEach(server -> server.stop(0));
  }
}
