package vn.plantrack.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's root folder: {@code -Dplantrack.root}, else the nearest folder holding {@code
 * mvnw}.
 */
public final class ProjectRoot {
  private ProjectRoot() {}

  public static Path find() {
    String explicit = System.getProperty("plantrack.root", System.getenv("PLANTRACK_ROOT"));
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the project root: set -Dplantrack.root");
  }
}
