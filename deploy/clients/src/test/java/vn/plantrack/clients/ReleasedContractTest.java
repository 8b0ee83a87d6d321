package vn.plantrack.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The merged document this build made (target/openapi/plantrack.json) against the last released one
 * (docs/openapi/released.json): every breaking change must be declared in docs/API.md under
 * "Breaking changes".
 */
class ReleasedContractTest {
  private static final Path ROOT = Path.of(System.getProperty("plantrack.root", "../.."));

  @Test
  void everyBreakingChangeSinceTheReleasedDocumentIsDeclared() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode released = json.readTree(ROOT.resolve("docs/openapi/released.json").toFile());
    JsonNode current = json.readTree(Path.of("target/openapi/plantrack.json").toFile());
    Set<String> declared =
        BreakingChanges.declared(
            Files.readString(ROOT.resolve("docs/API.md"), StandardCharsets.UTF_8));

    List<String> undeclared =
        BreakingChanges.between(released, current).stream()
            .map(BreakingChanges.Change::line)
            .filter(line -> !declared.contains(line))
            .toList();

    assertThat(undeclared)
        .as(
            "breaking changes to the released contract (docs/openapi/released.json); declare each"
                + " in docs/API.md under \"Breaking changes\" as  - `<line>`: why  (or undo it)")
        .isEmpty();
  }
}
