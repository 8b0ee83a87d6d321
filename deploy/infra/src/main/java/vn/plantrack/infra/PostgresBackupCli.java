package vn.plantrack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The commands of {@link PostgresBackup} the local stack's scripts run. */
public final class PostgresBackupCli {
  private PostgresBackupCli() {}

  /**
   * The local stack's commands (deploy/local/backup and deploy/local/restore):
   *
   * <ul>
   *   <li>{@code backup <port> <data-dir> <backups-dir> <keep>}: a base backup of the running
   *       server, then the oldest ones beyond {@code keep} pruned with the WAL only they needed;
   *   <li>{@code restore <backups-dir> <data-dir> [<backup-name>|latest] [<moment>]}: with the
   *       server stopped, the data folder moved aside ({@code <data-dir>.before-restore-<time>})
   *       and replaced by the base backup (the newest that finished before the moment when none is
   *       named), set to replay the archive to the moment (ISO-8601, e.g. 2026-12-07T09:30:00Z) or
   *       to its end; the next start replays and promotes.
   * </ul>
   */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      System.err.println("[plantrack] ERROR: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The commands of {@link #main}, failing with an exception (tests call them so). */
  static void run(String... args) throws IOException {
    {
      if (args.length == 5 && args[0].equals("backup")) {
        Path data = Path.of(args[2]);
        PostgresBackup.BaseBackup b =
            PostgresBackup.take(Integer.parseInt(args[1]), data, Path.of(args[3]));
        System.out.println("base backup " + b.folder() + " (" + b.startedAt() + ")");
        PostgresBackup.prune(
                Path.of(args[3]), Postgres.archiveFolder(data), Integer.parseInt(args[4]))
            .forEach(p -> System.out.println("pruned " + p));
      } else if (args.length >= 3 && args.length <= 5 && args[0].equals("restore")) {
        Path backups = Path.of(args[1]);
        Path data = Path.of(args[2]);
        Optional<Instant> moment =
            args.length == 5 ? Optional.of(moment(args[4])) : Optional.empty();
        Path backup = choose(backups, args.length >= 4 ? args[3] : "latest", moment);
        if (Files.exists(data)) {
          Path aside =
              data.resolveSibling(
                  data.getFileName()
                      + ".before-restore-"
                      + PostgresBackup.FOLDER_NAME.format(Instant.now()));
          Files.move(data, aside);
          System.out.println("the data folder was moved to " + aside);
        }
        PostgresBackup.prepareRestore(backup, Postgres.archiveFolder(data), data, moment);
        System.out.println(
            "restore of "
                + backup.getFileName()
                + moment.map(m -> " to " + m).orElse(" to the end of the archive")
                + " prepared in "
                + data
                + ": the next start replays the WAL and promotes the server");
      } else {
        throw new IllegalArgumentException(
            "usage: PostgresBackup backup <port> <data-dir> <backups-dir> <keep>"
                + " | restore <backups-dir> <data-dir> [<backup>|latest] [<moment>]");
      }
    }
  }

  /** "2026-12-07T09:30:00Z" or with an offset ("2026-12-07T16:30:00+07:00"). */
  static Instant moment(String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "the moment '" + text + "' is not ISO-8601 with an offset (2026-12-07T09:30:00Z)");
    }
  }

  /**
   * The named base backup, or the newest; with a moment, it must have finished before it (a restore
   * cannot stop inside the backup's own copy).
   */
  static Path choose(Path backups, String name, Optional<Instant> moment) {
    List<Path> all = PostgresBackup.list(backups);
    if (!name.equals("latest")) {
      Path named = backups.resolve(name);
      if (!all.contains(named)) {
        throw new IllegalArgumentException("no base backup " + name + " in " + backups);
      }
      moment.ifPresent(m -> requireBefore(named, m));
      return named;
    }
    List<Path> candidates =
        all.stream()
            .filter(
                p ->
                    moment
                        .map(m -> PostgresBackup.properties(p).finishedAt().isBefore(m))
                        .orElse(true))
            .toList();
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException(
          "no base backup in "
              + backups
              + moment.map(m -> " finished before " + m).orElse("")
              + ": take one with deploy/local/backup");
    }
    return candidates.get(candidates.size() - 1);
  }

  private static void requireBefore(Path backup, Instant moment) {
    if (!PostgresBackup.properties(backup).finishedAt().isBefore(moment)) {
      throw new IllegalArgumentException(
          backup.getFileName() + " finished after " + moment + ": choose an older base backup");
    }
  }
}
