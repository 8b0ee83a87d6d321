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
 *
 * <p>Durable like production, for the local stack and the tests alike: zonky starts the server with
 * {@code -F} (fsync off) and {@code synchronous_commit=off}, so a crash dropped commits already
 * acknowledged; both are overridden here ({@code -c} settings come after {@code -F} on the command
 * line, and the last one wins). Zonky also initialises the cluster with {@code trust}
 * authentication for the superuser {@code postgres}; the server listens on localhost only.
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
   * Starts a throw-away server on a free port in the given (fresh) data directory, deleted when the
   * server is closed; tests stop and restart it with {@link #stopServer} and {@link #startServer}.
   */
  public static Postgres startEphemeral(Path dataDirectory) {
    return start(Ports.free(), dataDirectory, true);
  }

  /** The settings every server runs with, whatever zonky's defaults are. */
  static final java.util.Map<String, String> SETTINGS =
      java.util.Map.of(
          "max_connections", "300",
          "fsync", "on",
          "synchronous_commit", "on",
          "full_page_writes", "on",
          "timezone", "UTC");

  /**
   * Starts a server on the port; with a data directory the data survives restarts, without one it
   * is thrown away.
   */
  public static Postgres start(int port, Path dataDirectory) {
    return start(port, dataDirectory, false);
  }

  private static Postgres start(int port, Path dataDirectory, boolean clean) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C.UTF-8")
              // A restored data folder replays its WAL before it answers: minutes, not zonky's 10
              // s.
              .setPGStartupWait(java.time.Duration.ofMinutes(10));
      SETTINGS.forEach(builder::setServerConfig);
      if (dataDirectory != null) {
        Files.createDirectories(dataDirectory);
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(clean);
      }
      EmbeddedPostgres server = builder.start();
      awaitEndOfRecovery(server);
      if (dataDirectory != null && !clean && archiveWal(server, archiveFolder(dataDirectory))) {
        // archive_mode takes effect at a restart only: the first start of a new data folder.
        server.close();
        server = builder.start();
      }
      return new Postgres(server);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
    }
  }

  /**
   * A restored data folder (PostgresBackup) replays archived WAL before it takes writes: the server
   * accepts read-only sessions meanwhile, and is ready when it has promoted itself.
   */
  private static void awaitEndOfRecovery(EmbeddedPostgres server) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      while (true) {
        try (ResultSet rs = s.executeQuery("select pg_is_in_recovery()")) {
          rs.next();
          if (!rs.getBoolean(1)) {
            return;
          }
        }
        Thread.sleep(200);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL did not finish its recovery", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Where a server with a lasting data folder archives its finished WAL segments, for {@link
   * PostgresBackup}: beside the data folder ({@code <data>-wal-archive}).
   */
  public static Path archiveFolder(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-wal-archive");
  }

  /**
   * Turns WAL archiving on in the data folder's own configuration (postgresql.auto.conf, so that a
   * restart by pg_ctl keeps it) unless it is on; true when the server must restart for it. Each
   * segment is copied under a temporary name and renamed, so an archive never holds half a file and
   * a retried copy after a crash overwrites its own leftover.
   */
  private static boolean archiveWal(EmbeddedPostgres server, Path archive) throws IOException {
    Files.createDirectories(archive);
    String folder = archive.toAbsolutePath().toString();
    if (folder.contains("'") || folder.contains("\"")) {
      throw new IllegalArgumentException("the WAL archive's path has quotes: " + folder);
    }
    String command =
        "cp \"%p\" \"" + folder + "/%f.tmp\" && mv \"" + folder + "/%f.tmp\" \"" + folder + "/%f\"";
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      boolean on;
      try (ResultSet rs = s.executeQuery("show archive_mode")) {
        rs.next();
        on = rs.getString(1).equals("on");
      }
      s.execute("alter system set archive_command = '" + command + "'");
      s.execute("select pg_reload_conf()");
      if (!on) {
        s.execute("alter system set archive_mode = on");
      }
      return !on;
    } catch (SQLException e) {
      throw new IllegalStateException("could not turn WAL archiving on", e);
    }
  }

  public int port() {
    return server.getPort();
  }

  /**
   * Stops the server running in the data directory with a fast shutdown (sessions are cut, as a
   * database restart looks to a service); the data stays for {@link #startServer}. Works from the
   * data directory alone ({@code postmaster.opts} names the binaries), so a test can stop the
   * server its test resource started.
   */
  public static void stopServer(Path dataDirectory) {
    pgCtl(dataDirectory, "-m", "fast", "-w", "stop");
  }

  /** Starts the server of the data directory again, with the options it last ran with. */
  public static void startServer(Path dataDirectory) {
    List<String> options = postmasterOptions(dataDirectory);
    String quoted =
        String.join(
            " ", options.subList(1, options.size()).stream().map(o -> "'" + o + "'").toList());
    pgCtl(
        dataDirectory,
        "-w",
        "-l",
        dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log").toString(),
        "-o",
        quoted,
        "start");
  }

  private static void pgCtl(Path dataDirectory, String... args) {
    Path postgres = Path.of(postmasterOptions(dataDirectory).get(0));
    List<String> command = new java.util.ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      // pg_ctl refuses root; like zonky, run it as an unprivileged user of a new user namespace.
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(postgres.resolveSibling("pg_ctl").toString());
    command.add("-D");
    command.add(dataDirectory.toString());
    command.addAll(Arrays.asList(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server's binary and options, as {@code postmaster.opts} records them. */
  private static List<String> postmasterOptions(Path dataDirectory) {
    try {
      String opts = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
      List<String> parts = new java.util.ArrayList<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts);
      while (m.find()) {
        parts.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
      return parts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
