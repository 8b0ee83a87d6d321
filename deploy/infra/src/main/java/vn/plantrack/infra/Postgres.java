package vn.plantrack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * A real PostgreSQL 17 server from the binaries on Maven Central (zonky), for the tests and the
 * local stack.
 *
 * <p>Each database gets its own owner role (password = name): a service can only reach its own
 * tables.
 */
public final class Postgres implements AutoCloseable {
  private final EmbeddedPostgres server;

  private Postgres(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a throw-away server on a free port with a fresh data directory. */
  public static Postgres startEphemeral() {
    return start(Ports.free(), null);
  }

  /**
   * Starts a server on the port; with a data directory the data survives restarts, without one it
   * is thrown away.
   */
  public static Postgres start(int port, Path dataDirectory) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setServerConfig("max_connections", "300")
              .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
              .setServerConfig("timezone", "UTC")
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C.UTF-8");
      if (dataDirectory != null) {
        Files.createDirectories(dataDirectory);
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      return new Postgres(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
    }
  }

  public int port() {
    return server.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** Creates the role and the database it owns, unless they exist. Returns the JDBC URL. */
  public String ensureDatabase(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(s, "select 1 from pg_roles where rolname = '" + name + "'")) {
        s.execute("create role " + name + " login password '" + name + "'");
      }
      if (!exists(s, "select 1 from pg_database where datname = '" + name + "'")) {
        s.execute(
            "create database " + name + " owner " + name + " encoding 'UTF8' template template0");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return jdbcUrl(name);
  }

  private static boolean exists(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next();
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The local stack's database server: {@code Postgres <port> <data-dir> <db>[,<db>...]}. Runs
   * until killed; the shutdown hook stops PostgreSQL cleanly.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: Postgres <port> <data-dir> <database>[,<database>...]");
      System.exit(2);
    }
    Postgres pg = start(Integer.parseInt(args[0]), Path.of(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "postgres-stop"));
    List<String> databases = Arrays.asList(args[2].split(","));
    databases.forEach(pg::ensureDatabase);
    System.out.println("PostgreSQL ready on port " + pg.port() + " with databases " + databases);
    Thread.currentThread().join();
  }
}
