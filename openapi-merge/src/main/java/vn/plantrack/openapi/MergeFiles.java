package vn.plantrack.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The build's merge (deploy/clients): {@code MergeFiles <out.json> <openIdConnectUrl>
 * <service>=<document.json>...} writes {@link MergedDocument} of the services' stored documents. A
 * missing document or a clash fails the build.
 */
public final class MergeFiles {
  private MergeFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: MergeFiles <out.json> <openIdConnectUrl> <service>=<document.json>...");
    }
    Map<String, JsonNode> documents = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] named = args[i].split("=", 2);
      Path file = Path.of(named[1]);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            named[0] + "'s OpenAPI document is not at " + file + " (is the service packaged?)");
      }
      documents.put(named[0], MergedDocument.JSON.readTree(file.toFile()));
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    MergedDocument.JSON
        .writerWithDefaultPrettyPrinter()
        .writeValue(out.toFile(), MergedDocument.merge(documents, args[1]));
  }
}
