package vn.plantrack.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.contract.Contract;

/**
 * Every operation of the merged document carries an example of its answer (and of its request
 * body), recorded from the demo data (docs/openapi/examples.json), and each example keeps the
 * schema it illustrates: an example that lies is worse than none.
 */
class OperationExamplesTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyOperationHasAnExampleThatMatchesItsSchema() throws Exception {
    JsonNode document = JSON.readTree(Path.of("target/openapi/plantrack.json").toFile());
    Contract contract = Contract.of(document);
    List<String> missing = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        Answer answer = jsonAnswer(op.getValue());
        if (answer == null) {
          continue; // 204, or a file: nothing to show as JSON
        }
        if (answer.example() == null) {
          missing.add(name);
          continue;
        }
        JsonNode request = jsonExample(op.getValue().path("requestBody"));
        broken.addAll(
            contract.check(
                new Contract.Exchange(
                    op.getKey().toUpperCase(),
                    path.getKey(),
                    "application/json",
                    request == null ? null : JSON.writeValueAsString(request),
                    answer.status(),
                    "application/json",
                    JSON.writeValueAsString(answer.example()))));
      }
    }
    assertThat(broken).as("examples that break their own schema").isEmpty();
    assertThat(missing)
        .as(
            "operations without an example: run the end-to-end suite with"
                + " -Dplantrack.examples.record=$PWD/docs/openapi/examples.json (docs/API.md)")
        .isEmpty();
  }

  record Answer(int status, JsonNode example) {}

  /** The first successful answer with a JSON body, and its example (null if none). */
  private static Answer jsonAnswer(JsonNode operation) {
    for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> response = it.next();
      if (!response.getKey().startsWith("2") || !hasJson(response.getValue())) {
        continue;
      }
      return new Answer(Integer.parseInt(response.getKey()), jsonExample(response.getValue()));
    }
    return null;
  }

  private static boolean hasJson(JsonNode withContent) {
    for (Iterator<String> types = withContent.path("content").fieldNames(); types.hasNext(); ) {
      if (types.next().split(";")[0].endsWith("json")) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode jsonExample(JsonNode withContent) {
    for (Iterator<Map.Entry<String, JsonNode>> types = withContent.path("content").fields();
        types.hasNext(); ) {
      Map.Entry<String, JsonNode> type = types.next();
      if (type.getKey().split(";")[0].endsWith("json") && type.getValue().has("example")) {
        return type.getValue().get("example");
      }
    }
    return null;
  }
}
