package vn.plantrack.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manifests must match, read from the repository: the applications (the reactor's modules
 * built by the Quarkus plugin), each one's required environment, database and Kafka principal (its
 * properties files), and the Kafka access table ({@code deploy/infra/.../kafka/access.txt}).
 */
public record Repository(List<App> apps, List<Principal> principals) {

  /** An application: its module (= its Deployment's name), what it needs from a cluster. */
  public record App(String name, List<String> requiredEnv, String database, String kafkaUser) {}

  /** One row of the Kafka access table. A group ending in {@code *} is a prefix. */
  public record Principal(
      String name, List<String> writes, List<String> reads, List<String> groups) {}

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  public static Repository read(Path root) {
    List<App> apps = new ArrayList<>();
    for (String module : modules(root)) {
      String pom = text(root.resolve(module).resolve("pom.xml"));
      if (!pom.contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
        continue;
      }
      Map<String, String> config = RequiredSettings.effective(root, module);
      String url = config.get("quarkus.datasource.jdbc.url");
      String database = url == null ? null : url.substring(url.lastIndexOf('/') + 1);
      apps.add(
          new App(
              module,
              RequiredSettings.of(config),
              database,
              config.get("plantrack.kafka.username")));
    }
    return new Repository(apps, accessTable(root));
  }

  public App app(String name) {
    return apps.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
  }

  private static List<String> modules(Path root) {
    List<String> modules = new ArrayList<>();
    Matcher m = MODULE.matcher(text(root.resolve("pom.xml")));
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }

  static List<Principal> accessTable(Path root) {
    List<Principal> rows = new ArrayList<>();
    String table = text(root.resolve("deploy/infra/src/main/resources/kafka/access.txt"));
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException("access table: 5 columns expected in '" + line + "'");
      }
      rows.add(new Principal(cells[0].strip(), list(cells[2]), list(cells[3]), list(cells[4])));
    }
    return rows;
  }

  private static List<String> list(String cell) {
    String value = cell.strip();
    return value.equals("-") ? List.of() : Arrays.asList(value.split("\\s+"));
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests: the same repository with one application's requirements replaced. */
  Repository withApp(App replaced) {
    Map<String, App> byName = new LinkedHashMap<>();
    apps.forEach(a -> byName.put(a.name(), a));
    byName.put(replaced.name(), replaced);
    return new Repository(List.copyOf(byName.values()), principals);
  }
}
