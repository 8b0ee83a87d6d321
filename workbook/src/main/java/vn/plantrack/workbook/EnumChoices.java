package vn.plantrack.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's enumerations as choices with their Vietnamese labels, from the file {@code GET
 * /api/v1/meta/enums} serves ({@code META-INF/plantrack-enums.properties}): a workbook shows the
 * same words as the UI.
 */
public final class EnumChoices {
  private static final Map<String, List<Choice>> ENUMS = load();

  private EnumChoices() {}

  /** The values of an enumeration ("TaskStatus") with their Vietnamese labels, in API order. */
  public static List<Choice> of(String enumeration) {
    List<Choice> choices = ENUMS.get(enumeration);
    if (choices == null) {
      throw new IllegalArgumentException("no enumeration " + enumeration);
    }
    return choices;
  }

  /** The Vietnamese label of a value, or the value itself when it has none. */
  public static String label(String enumeration, String value) {
    return ENUMS.getOrDefault(enumeration, List.of()).stream()
        .filter(c -> c.value().equals(value))
        .map(Choice::label)
        .findFirst()
        .orElse(value);
  }

  private static Map<String, List<Choice>> load() {
    Map<String, List<Choice>> enums = new LinkedHashMap<>();
    try (InputStream in =
        EnumChoices.class.getResourceAsStream("/META-INF/plantrack-enums.properties")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/plantrack-enums.properties missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        int eq = line.indexOf('=');
        int dot = line.indexOf('.');
        if (line.isBlank() || line.startsWith("#") || eq < 0 || dot < 0 || dot > eq) {
          continue;
        }
        String vietnamese = line.substring(eq + 1).split("\\|", 2)[0].strip();
        enums
            .computeIfAbsent(line.substring(0, dot).strip(), k -> new ArrayList<>())
            .add(Choice.of(line.substring(dot + 1, eq).strip(), vietnamese));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    enums.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(enums);
  }
}
