package vn.plantrack.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The configuration a service ships, read as production reads it, and the sizes and durations it
 * writes ("10M", "60s"): {@link ResourceLimitsContract} checks its HTTP limits against it.
 */
final class ShippedConfig {
  private ShippedConfig() {}

  /**
   * What production reads: the platform's defaults, then the service's application.properties, each
   * with its {@code %prod.} keys over the plain ones.
   */
  static Map<String, String> production() throws IOException {
    Map<String, String> effective = new java.util.HashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<URL> sources = new ArrayList<>();
    Enumeration<URL> defaults = loader.getResources("META-INF/microprofile-config.properties");
    sources.addAll(Collections.list(defaults));
    URL service = loader.getResource("application.properties");
    if (service != null) {
      sources.add(service);
    }
    for (URL source : sources) {
      Properties properties = new Properties();
      try (InputStream in = source.openStream()) {
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Set<String> prodKeys = new HashSet<>();
      for (String key : properties.stringPropertyNames()) {
        if (key.startsWith("%prod.")) {
          prodKeys.add(key.substring("%prod.".length()));
        } else if (!key.startsWith("%")) {
          effective.put(key, properties.getProperty(key));
        }
      }
      for (String key : prodKeys) {
        effective.put(key, properties.getProperty("%prod." + key));
      }
    }
    return effective;
  }

  /** "10M" → 10485760; "20K" → 20480; a plain number is bytes. */
  static long bytes(String size) {
    String s = size.strip().toUpperCase(java.util.Locale.ROOT);
    long unit =
        switch (s.charAt(s.length() - 1)) {
          case 'K' -> 1024L;
          case 'M' -> 1024L * 1024;
          case 'G' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
  }

  /** "60s", "500ms", "2m", "1h", or a plain number of seconds. */
  static Duration duration(String value) {
    String s = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (s.startsWith("p")) {
      return Duration.parse(s.toUpperCase(java.util.Locale.ROOT));
    }
    if (s.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
    }
    char unit = s.charAt(s.length() - 1);
    if (Character.isDigit(unit)) {
      return Duration.ofSeconds(Long.parseLong(s));
    }
    long n = Long.parseLong(s.substring(0, s.length() - 1));
    return switch (unit) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      default -> throw new IllegalArgumentException("not a duration: " + value);
    };
  }
}
