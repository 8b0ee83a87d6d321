package vn.plantrack.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a process must be given in a cluster, read from its module's properties
 * files (never listed by hand): its {@code application.properties} over the defaults of the project
 * modules it depends on ({@code META-INF/microprofile-config.properties}), in the production
 * profile ({@code %prod.} keys win, {@code %test.}/{@code %dev.} keys are ignored).
 *
 * <p>A variable is required when
 *
 * <ul>
 *   <li>a setting's value names it without a default ({@code ${PLANTRACK_DB_PASSWORD}}), also
 *       through other settings ({@code ${plantrack.kafka.password}} whose value names {@code
 *       ${PLANTRACK_KAFKA_PASSWORD}});
 *   <li>a setting's value points at the local machine ({@code 127.0.0.1}, {@code localhost}): the
 *       setting's own environment name ({@code quarkus.datasource.jdbc.url} gives {@code
 *       QUARKUS_DATASOURCE_JDBC_URL}) must replace it; or, when the local address is the default of
 *       an expression ({@code ${PLANTRACK_CORS_ORIGINS:http://localhost:3000}}), that expression's
 *       variable.
 * </ul>
 */
public final class RequiredSettings {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:([^}]*))?}");
  private static final Pattern LOCAL = Pattern.compile("(127\\.0\\.0\\.1|localhost)");
  private static final Pattern PROJECT_DEPENDENCY =
      Pattern.compile(
          "<groupId>vn\\.plantrack</groupId>\\s*<artifactId>([a-z-]+)</artifactId>(?![^<]*<scope>test)");

  private RequiredSettings() {}

  /** The required variables of the module at {@code root/module}, sorted. */
  public static List<String> of(Path root, String module) {
    return of(effective(root, module));
  }

  /** The required variables of a production configuration. */
  static List<String> of(Map<String, String> config) {
    TreeSet<String> required = new TreeSet<>();
    for (Map.Entry<String, String> e : config.entrySet()) {
      collect(e.getKey(), e.getValue(), config, required, 0);
    }
    return new ArrayList<>(required);
  }

  private static void collect(
      String key, String value, Map<String, String> config, TreeSet<String> required, int depth) {
    if (depth > 10) {
      return;
    }
    Matcher m = EXPRESSION.matcher(value);
    boolean localDefault = false;
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      rest.append(value, last, m.start());
      last = m.end();
      String name = m.group(1);
      String fallback = m.group(3);
      if (fallback != null && LOCAL.matcher(fallback).find()) {
        required.add(name);
        localDefault = true;
      } else if (fallback == null) {
        if (config.containsKey(name)) {
          collect(name, config.get(name), config, required, depth + 1);
        } else {
          required.add(name);
        }
      }
    }
    rest.append(value.substring(last));
    if (!localDefault && LOCAL.matcher(rest).find()) {
      required.add(envName(key));
    }
  }

  /** The environment variable that sets a property (MicroProfile Config's mapping). */
  static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** The module's settings in the production profile, over its project dependencies' defaults. */
  static Map<String, String> effective(Path root, String module) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String dependency : transitive(root, module, new java.util.LinkedHashSet<>())) {
      raw.putAll(
          load(
              root.resolve(dependency)
                  .resolve("src/main/resources/META-INF/microprofile-config.properties")));
    }
    raw.putAll(load(root.resolve(module).resolve("src/main/resources/application.properties")));
    Map<String, String> config = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          if (!k.startsWith("%")) {
            config.putIfAbsent(k, v);
          }
        });
    raw.forEach(
        (k, v) -> {
          if (k.startsWith("%prod.")) {
            config.put(k.substring("%prod.".length()), v);
          }
        });
    return config;
  }

  /** The module's project dependencies, transitively, each after the ones it depends on. */
  private static java.util.Set<String> transitive(
      Path root, String module, java.util.Set<String> seen) {
    for (String dependency : projectDependencies(root, module)) {
      if (!seen.contains(dependency)) {
        transitive(root, dependency, seen);
        seen.add(dependency);
      }
    }
    return seen;
  }

  /** The project modules (vn.plantrack, not test scope) the module's pom names, as folders. */
  static List<String> projectDependencies(Path root, String module) {
    List<String> modules = new ArrayList<>();
    try {
      String pom =
          Files.readString(root.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
      Matcher m = PROJECT_DEPENDENCY.matcher(pom);
      while (m.find()) {
        if (Files.isDirectory(root.resolve(m.group(1)))) {
          modules.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return modules;
  }

  private static Map<String, String> load(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return values;
    }
    Properties properties =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            values.put((String) key, (String) value);
            return super.put(key, value);
          }
        };
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
