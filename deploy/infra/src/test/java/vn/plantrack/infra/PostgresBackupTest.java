package vn.plantrack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's backup and restore commands (deploy/local/backup, deploy/local/restore) on a
 * real PostgreSQL 17: a base backup taken while writes go on, the archived WAL, and restores to a
 * moment and to the end, each compared row for row with what the source held.
 */
class PostgresBackupTest {
  @TempDir Path dir;

  @Test
  void aBackupTakenDuringWritesRestoresToAMomentAndToTheEnd() throws Exception {
    Path data = dir.resolve("postgres");
    Path backups = dir.resolve("backups");
    Path archive = Postgres.archiveFolder(data);
    PostgresBackup.BaseBackup backup;
    Instant target;
    String atTarget;
    String atEnd;
    try (Postgres pg = Postgres.start(Ports.free(), data)) {
      String url = pg.ensureDatabase("task");
      try (Connection c = DriverManager.getConnection(url, "task", "task")) {
        execute(c, "create table progress(id bigint primary key, note text not null)");
        insert(c, 1, 500);
        // Writes go on while the backup copies the data folder.
        CompletableFuture<Void> writer =
            CompletableFuture.runAsync(() -> insertQuietly(url, 501, 3_000));
        // deploy/local/backup
        PostgresBackupCli.run("backup", "" + pg.port(), data.toString(), backups.toString(), "7");
        writer.get();
        insert(c, 3_001, 3_500);
        Thread.sleep(50);
        target = Instant.now();
        Thread.sleep(50);
        insert(c, 3_501, 4_000);
        execute(c, "update progress set note = 'sửa sau mốc' where id <= 10");
        atTarget = digest(c, "id <= 3500 and id > 10") + "/" + 3_500;
        atEnd = digest(c, "true");
      }
      archiveCurrentSegment(pg);
    }
    backup = PostgresBackup.properties(PostgresBackup.list(backups).get(0));
    assertThat(Files.readString(backup.folder().resolve("backup_label")))
        .contains("START WAL LOCATION");

    Path end = dir.resolve("restored-to-end");
    PostgresBackup.prepareRestore(backup.folder(), archive, end, Optional.empty());
    try (Postgres pg = Postgres.start(Ports.free(), end);
        Connection c = DriverManager.getConnection(pg.jdbcUrl("task"), "task", "task")) {
      assertThat(count(c)).isEqualTo(4_000);
      assertThat(digest(c, "true")).isEqualTo(atEnd);
    }
    // That restore promoted itself onto a new timeline of the same archive; a restore to an
    // earlier moment still finds it on the old one.

    // deploy/local/restore <moment>: the data folder moves aside, the newest fitting backup
    // replaces it.
    PostgresBackupCli.run(
        "restore", backups.toString(), data.toString(), "latest", target.toString());
    try (var aside = Files.list(dir)) {
      assertThat(aside.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("postgres.before-restore-"));
    }
    try (Postgres pg = Postgres.start(Ports.free(), data);
        Connection c = DriverManager.getConnection(pg.jdbcUrl("task"), "task", "task")) {
      assertThat(count(c)).isEqualTo(3_500);
      assertThat(digest(c, "id <= 3500 and id > 10") + "/" + count(c)).isEqualTo(atTarget);
      assertThat(notes(c, "id <= 10")).containsOnly("ghi chú");
      // Promoted: the restored server takes writes.
      insert(c, 4_001, 4_001);
    }
  }

  @Test
  void aRestoreNeverWritesOverAFolderAndOnlyFromABaseBackup() throws Exception {
    Path existing = Files.createDirectories(dir.resolve("data"));
    Path notABackup = Files.createDirectories(dir.resolve("not-a-backup"));
    assertThatThrownBy(
            () ->
                PostgresBackup.prepareRestore(
                    notABackup, dir.resolve("archive"), dir.resolve("new"), Optional.empty()))
        .hasMessageContaining("not a base backup");
    Files.writeString(notABackup.resolve("backup_label"), "START WAL LOCATION: 0/2000028");
    assertThatThrownBy(
            () ->
                PostgresBackup.prepareRestore(
                    notABackup, dir.resolve("archive"), existing, Optional.empty()))
        .hasMessageContaining("exists");
  }

  @Test
  void pruningKeepsTheNewestBackupsAndTheWalTheyNeed() throws Exception {
    Path data = dir.resolve("postgres");
    Path backups = dir.resolve("backups");
    try (Postgres pg = Postgres.start(Ports.free(), data)) {
      String url = pg.ensureDatabase("task");
      try (Connection c = DriverManager.getConnection(url, "task", "task")) {
        execute(c, "create table progress(id bigint primary key, note text not null)");
        for (int i = 0; i < 3; i++) {
          insert(c, i * 100 + 1, i * 100 + 100);
          PostgresBackup.take(pg.port(), data, backups);
          Thread.sleep(1_100); // backup folders are named by the second
        }
      }
      archiveCurrentSegment(pg);
    }
    List<Path> all = PostgresBackup.list(backups);
    assertThat(all).hasSize(3);
    String kept = PostgresBackup.properties(all.get(1)).startWal();

    List<Path> deleted = PostgresBackup.prune(backups, Postgres.archiveFolder(data), 2);

    assertThat(deleted).containsExactly(all.get(0));
    assertThat(PostgresBackup.list(backups)).containsExactly(all.get(1), all.get(2));
    try (var archived = Files.list(Postgres.archiveFolder(data))) {
      List<String> segments =
          archived
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("[0-9A-F]{24}"))
              .toList();
      assertThat(segments).isNotEmpty().allMatch(n -> n.compareTo(kept) >= 0);
    }
    // What is left still restores.
    Path restored = dir.resolve("restored");
    PostgresBackup.prepareRestore(
        all.get(1), Postgres.archiveFolder(data), restored, Optional.empty());
    try (Postgres pg = Postgres.start(Ports.free(), restored);
        Connection c = DriverManager.getConnection(pg.jdbcUrl("task"), "task", "task")) {
      assertThat(count(c)).isEqualTo(300);
    }
  }

  @Test
  void aMomentBeforeEveryBackupOrWithoutOffsetIsRefused() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("backups"));
    Path b = Files.createDirectories(backups.resolve("20261207T090000Z"));
    Files.writeString(
        b.resolve("backup.properties"),
        "started=2026-12-07T09:00:00Z\nfinished=2026-12-07T09:00:05Z\nstartWal=000000010000000000000002\n");
    assertThatThrownBy(
            () ->
                PostgresBackupCli.choose(
                    backups, "latest", Optional.of(Instant.parse("2026-12-07T08:00:00Z"))))
        .hasMessageContaining("no base backup");
    assertThat(
            PostgresBackupCli.choose(
                backups, "latest", Optional.of(Instant.parse("2026-12-07T10:00:00Z"))))
        .isEqualTo(b);
    assertThatThrownBy(() -> PostgresBackupCli.choose(backups, "nope", Optional.empty()))
        .hasMessageContaining("no base backup nope");
    assertThatThrownBy(() -> PostgresBackupCli.moment("2026-12-07 10:00"))
        .hasMessageContaining("ISO-8601");
    assertThat(PostgresBackupCli.moment("2026-12-07T16:30:00+07:00"))
        .isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
  }

  @Test
  void walSegmentsAreComparedWithinAndAcrossTimelines() {
    String needed = "000000020000000000000005";
    assertThat(PostgresBackup.isOlderSegment("000000020000000000000004", needed)).isTrue();
    assertThat(PostgresBackup.isOlderSegment("000000010000000000000004", needed)).isTrue();
    assertThat(PostgresBackup.isOlderSegment("000000020000000000000005", needed)).isFalse();
    assertThat(PostgresBackup.isOlderSegment("000000030000000000000004", needed)).isFalse();
    assertThat(PostgresBackup.isOlderSegment("00000002.history", needed)).isFalse();
    assertThat(
            PostgresBackup.startWal(
                "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)\n"))
        .isEqualTo("000000010000000000000002");
  }

  /** Switches to a new WAL segment and waits until the finished one is in the archive. */
  private static void archiveCurrentSegment(Postgres pg) throws Exception {
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      // A switch does nothing on a segment without WAL since the last switch: write some first.
      s.execute("checkpoint");
      String segment;
      try (ResultSet rs = s.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
        rs.next();
        segment = rs.getString(1);
      }
      for (int i = 0; i < 300; i++) {
        try (ResultSet rs = s.executeQuery("select last_archived_wal from pg_stat_archiver")) {
          rs.next();
          String last = rs.getString(1);
          if (last != null && last.compareTo(segment) >= 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
      throw new AssertionError("segment " + segment + " was not archived in 30 s");
    }
  }

  private static void insert(Connection c, int from, int to) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("insert into progress(id, note) values (?, 'ghi chú')")) {
      for (int id = from; id <= to; id++) {
        s.setLong(1, id);
        s.addBatch();
        if (id % 50 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
  }

  private static void insertQuietly(String url, int from, int to) {
    try (Connection c = DriverManager.getConnection(url, "task", "task")) {
      insert(c, from, to);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from progress")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String digest(Connection c, String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select md5(string_agg(id || ':' || note, ',' order by id)) from progress where "
                    + where)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<String> notes(Connection c, String where) throws SQLException {
    List<String> notes = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select distinct note from progress where " + where)) {
      while (rs.next()) {
        notes.add(rs.getString(1));
      }
    }
    return notes;
  }
}
