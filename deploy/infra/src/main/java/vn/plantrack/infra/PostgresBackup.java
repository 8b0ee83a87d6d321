package vn.plantrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Continuous backup and point-in-time restore of the local stack's PostgreSQL, the way
 * CloudNativePG does it in production (a base backup plus the archived WAL), with nothing but the
 * server's own binaries: the PostgreSQL 17 binaries the project runs ship no {@code pg_dump} or
 * {@code pg_basebackup}, and Debian's version 15 clients refuse a version 17 server.
 *
 * <p>The server archives every finished WAL segment into its archive folder ({@link
 * Postgres#archiveFolder}). A base backup is PostgreSQL's low-level backup: {@code
 * pg_backup_start}, a copy of the data folder while the server runs, {@code pg_backup_stop}, whose
 * label file goes into the copy (the copy is fuzzy; replaying the WAL from the label's start makes
 * it consistent). A restore copies a base backup into a new data folder and lets the server replay
 * the archive up to a moment (or to the end) and promote itself.
 */
public final class PostgresBackup {
  /** What a base backup never needs: the server's runtime state and the WAL (from the archive). */
  private static final Set<String> SKIPPED_FILES =
      Set.of("postmaster.pid", "postmaster.opts", "backup_label.old", "standby.signal", "epg-lock");

  private static final Set<String> EMPTIED_FOLDERS =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  static final DateTimeFormatter FOLDER_NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** PostgreSQL's timestamptz input, to the microsecond it keeps. */
  private static final DateTimeFormatter RECOVERY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

  private PostgresBackup() {}

  /** What a base backup records besides the files, in {@code backup.properties}. */
  public record BaseBackup(Path folder, Instant startedAt, Instant finishedAt, String startWal) {}

  /**
   * Takes a base backup of the server on {@code port} (superuser {@code postgres}, local trust)
   * whose data folder is {@code dataFolder}, into a new folder under {@code backupsFolder}. Writes
   * go on meanwhile; the backup waits until the WAL it needs is archived.
   */
  public static BaseBackup take(int port, Path dataFolder, Path backupsFolder) {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      Instant startedAt = Instant.now();
      Path folder = backupsFolder.resolve(FOLDER_NAME.format(startedAt));
      if (Files.exists(folder)) {
        throw new IllegalStateException("a backup folder " + folder + " exists already");
      }
      String startLsn;
      try (PreparedStatement s = c.prepareStatement("select pg_backup_start(?, true)::text")) {
        s.setString(1, "plantrack " + folder.getFileName());
        startLsn = single(s);
      }
      String labelFile;
      String mapFile;
      try {
        copyData(dataFolder, folder);
      } finally {
        // The same session ends the backup, also when the copy failed (else the server stays in
        // backup mode until this session closes).
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
          rs.next();
          labelFile = rs.getString(1);
          mapFile = rs.getString(2);
        }
      }
      Files.writeString(folder.resolve("backup_label"), labelFile, StandardCharsets.UTF_8);
      if (mapFile != null && !mapFile.isBlank()) {
        Files.writeString(folder.resolve("tablespace_map"), mapFile, StandardCharsets.UTF_8);
      }
      String startWal = startWal(labelFile);
      Instant finishedAt = Instant.now();
      Files.writeString(
          folder.resolve("backup.properties"),
          "started="
              + startedAt
              + "\nfinished="
              + finishedAt
              + "\nstartLsn="
              + startLsn
              + "\nstartWal="
              + startWal
              + "\n",
          StandardCharsets.UTF_8);
      return new BaseBackup(folder, startedAt, finishedAt, startWal);
    } catch (SQLException e) {
      throw new IllegalStateException("the base backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the base backup failed", e);
    }
  }

  /**
   * Restores {@code backup} into {@code newDataFolder} (which must not exist) so that the server
   * started on it replays the archived WAL from {@code archiveFolder} up to {@code target} (every
   * transaction committed at or before it, none after), or to the end of the archive without a
   * target, and then promotes itself to a writable server on a new timeline.
   */
  public static void prepareRestore(
      Path backup, Path archiveFolder, Path newDataFolder, Optional<Instant> target) {
    if (!Files.isRegularFile(backup.resolve("backup_label"))) {
      throw new IllegalArgumentException(backup + " is not a base backup (no backup_label)");
    }
    if (Files.exists(newDataFolder)) {
      throw new IllegalArgumentException(newDataFolder + " exists: restore into a new folder");
    }
    try {
      copyTree(backup, newDataFolder);
      Files.delete(newDataFolder.resolve("backup.properties"));
      Files.setPosixFilePermissions(newDataFolder, PosixFilePermissions.fromString("rwx------"));
      StringBuilder recovery = new StringBuilder("\n# point-in-time restore (PostgresBackup)\n");
      recovery
          .append("restore_command = 'cp \"")
          .append(archiveFolder.toAbsolutePath())
          .append("/%f\" \"%p\"'\n");
      target.ifPresent(
          t ->
              recovery
                  .append("recovery_target_time = '")
                  .append(RECOVERY_TIME.format(t))
                  .append("'\nrecovery_target_inclusive = on\n"));
      recovery.append("recovery_target_action = 'promote'\n");
      Files.writeString(
          newDataFolder.resolve("postgresql.auto.conf"),
          recovery.toString(),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      Files.createFile(newDataFolder.resolve("recovery.signal"));
    } catch (IOException e) {
      throw new UncheckedIOException("the restore could not be prepared", e);
    }
  }

  /**
   * Keeps the newest {@code keep} base backups under {@code backupsFolder}, deletes the older ones
   * and the archived WAL that only they needed. Returns the base backups deleted.
   */
  public static List<Path> prune(Path backupsFolder, Path archiveFolder, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one base backup");
    }
    List<Path> backups = list(backupsFolder);
    if (backups.size() <= keep) {
      return List.of();
    }
    List<Path> deleted = new ArrayList<>(backups.subList(0, backups.size() - keep));
    deleted.forEach(PostgresBackup::deleteTree);
    String oldestNeeded = properties(backups.get(backups.size() - keep)).startWal();
    try (Stream<Path> wal = Files.list(archiveFolder)) {
      wal.filter(p -> isOlderSegment(p.getFileName().toString(), oldestNeeded))
          .forEach(PostgresBackup::deleteFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deleted;
  }

  /** The base backups under the folder, oldest first. */
  public static List<Path> list(Path backupsFolder) {
    if (!Files.isDirectory(backupsFolder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(backupsFolder)) {
      return entries
          .filter(p -> Files.isRegularFile(p.resolve("backup.properties")))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record a base backup folder carries. */
  public static BaseBackup properties(Path backup) {
    try {
      java.util.Properties p = new java.util.Properties();
      try (var in = Files.newBufferedReader(backup.resolve("backup.properties"))) {
        p.load(in);
      }
      return new BaseBackup(
          backup,
          Instant.parse(p.getProperty("started")),
          Instant.parse(p.getProperty("finished")),
          p.getProperty("startWal"));
    } catch (IOException e) {
      throw new UncheckedIOException(backup + " has no readable backup.properties", e);
    }
  }

  /**
   * A WAL segment file (24 hex digits: timeline, log, segment) older than the one named: from an
   * earlier timeline, or of this one's timeline and before it. History and backup files stay.
   */
  static boolean isOlderSegment(String name, String oldestNeeded) {
    if (!name.matches("[0-9A-F]{24}")) {
      return false;
    }
    boolean sameOrEarlierTimeline =
        name.substring(0, 8).compareTo(oldestNeeded.substring(0, 8)) <= 0;
    return sameOrEarlierTimeline && name.substring(8).compareTo(oldestNeeded.substring(8)) < 0;
  }

  /** "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)" → the file's name. */
  static String startWal(String labelFile) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)")
            .matcher(labelFile);
    if (!m.find()) {
      throw new IllegalStateException("the backup label names no start WAL file: " + labelFile);
    }
    return m.group(1);
  }

  /**
   * Copies a running server's data folder: files may change (the WAL replay mends them) or vanish
   * (a dropped table: it was not needed) while they are copied.
   */
  private static void copyData(Path dataFolder, Path target) throws IOException {
    Files.walkFileTree(
        dataFolder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(target.resolve(dataFolder.relativize(dir).toString()));
            if (!dir.equals(dataFolder) && EMPTIED_FOLDERS.contains(name(dir))) {
              if (name(dir).equals("pg_wal")) {
                Files.createDirectories(
                    target
                        .resolve(dataFolder.relativize(dir).toString())
                        .resolve("archive_status"));
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = name(file);
            if (SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp")) {
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.copy(
                  file,
                  target.resolve(dataFolder.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
            } catch (NoSuchFileException vanished) {
              // dropped while the backup ran: the WAL replay drops it again
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(PostgresBackup::deleteFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFile(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static String single(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
