package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.Postgres;

/**
 * The tests' and the local stack's PostgreSQL is as durable as production (an acknowledged commit
 * survives a crash), and a test can stop and restart it with its data.
 */
class PostgresDurabilityTest {

  @Test
  void commitsAreSynchronousAndFlushedAndTheServerRestartsWithItsData() throws Exception {
    Path directory = Files.createTempDirectory("plantrack-postgres-test");
    Path data = directory.resolve("data");
    try (Postgres postgres = Postgres.startEphemeral(data)) {
      String url = postgres.ensureDatabase("app");
      try (Connection c = DriverManager.getConnection(url, "app", "app");
          Statement s = c.createStatement()) {
        assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(s, "fsync")).isEqualTo("on");
        assertThat(setting(s, "full_page_writes")).isEqualTo("on");
        s.execute("create table kept (v text)");
        s.execute("insert into kept values ('Sở Tài chính')");
      }

      Postgres.stopServer(data);
      assertThatThrownBy(() -> DriverManager.getConnection(url, "app", "app").close())
          .isInstanceOf(SQLException.class);

      Postgres.startServer(data);
      try (Connection c = DriverManager.getConnection(url, "app", "app");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select v from kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Sở Tài chính");
        assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(s, "fsync")).isEqualTo("on");
      }
    } finally {
      KafkaBroker.deleteRecursively(directory);
    }
  }

  private static String setting(Statement s, String name) throws SQLException {
    try (ResultSet rs = s.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
