package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.Postgres;

/**
 * A real PostgreSQL 17 for a service's tests, with a database owned by a non-superuser role like in
 * production, durable like production (fsync, synchronous commit). A test can stop and restart it
 * ({@link #stop(org.eclipse.microprofile.config.Config)}, {@link
 * #start(org.eclipse.microprofile.config.Config)}) to see the service ride out a database restart.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
  /** The server's data directory, for the test's stop and restart. */
  public static final String DATA_DIRECTORY = "plantrack.test.postgres.data-dir";

  private Postgres postgres;
  private Path directory;

  @Override
  public Map<String, String> start() {
    try {
      directory = Files.createTempDirectory("plantrack-postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path data = directory.resolve("data");
    postgres = Postgres.startEphemeral(data);
    String url = postgres.ensureDatabase("app");
    return Map.of(
        "quarkus.datasource.jdbc.url",
        url,
        "quarkus.datasource.username",
        "app",
        "quarkus.datasource.password",
        "app",
        DATA_DIRECTORY,
        data.toString());
  }

  @Override
  public void stop() {
    if (postgres != null) {
      postgres.close();
    }
    if (directory != null) {
      KafkaBroker.deleteRecursively(directory);
    }
  }

  /** Stops the test's database server (a fast shutdown: open sessions are cut); data stays. */
  public static void stop(org.eclipse.microprofile.config.Config config) {
    Postgres.stopServer(Path.of(config.getValue(DATA_DIRECTORY, String.class)));
  }

  /** Starts the test's database server again on the same port and data. */
  public static void start(org.eclipse.microprofile.config.Config config) {
    Postgres.startServer(Path.of(config.getValue(DATA_DIRECTORY, String.class)));
  }
}
