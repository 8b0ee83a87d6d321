package vn.plantrack.platform.meta;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/meta/enums}: every value clients switch on, with its Vietnamese and English
 * label, so UIs never hard-code labels. The list is the API's (API.md, Enumerations), kept in one
 * file for all services.
 */
@Path("/api/v1/meta/enums")
@Tag(name = "Meta", description = "Enumerations with Vietnamese and English labels")
@Authenticated
public class EnumsResource {
  private static final Map<String, List<EnumValue>> ENUMS = load();

  public record EnumValue(String value, String vi, String en) {}

  @GET
  @Operation(summary = "Every enumeration of the API with its labels")
  public Map<String, List<EnumValue>> enums() {
    return ENUMS;
  }

  /** Lines {@code Enum.VALUE=Vietnamese label|English label}, in file order. */
  private static Map<String, List<EnumValue>> load() {
    Map<String, List<EnumValue>> enums = new LinkedHashMap<>();
    try (InputStream in =
        EnumsResource.class.getResourceAsStream("/META-INF/plantrack-enums.properties")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/plantrack-enums.properties missing");
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String key = line.substring(0, eq).strip();
        String[] labels = line.substring(eq + 1).split("\\|", 2);
        int dot = key.indexOf('.');
        enums
            .computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>())
            .add(new EnumValue(key.substring(dot + 1), labels[0].strip(), labels[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    enums.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(enums);
  }
}
