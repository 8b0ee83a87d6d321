package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.plantrack.infra.Postgres;

/**
 * A real PostgreSQL 17 for a service's tests, with a database owned by a non-superuser role like in
 * production.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
  private Postgres postgres;

  @Override
  public Map<String, String> start() {
    postgres = Postgres.startEphemeral();
    String url = postgres.ensureDatabase("app");
    return Map.of(
        "quarkus.datasource.jdbc.url", url,
        "quarkus.datasource.username", "app",
        "quarkus.datasource.password", "app");
  }

  @Override
  public void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }
}
