package vn.plantrack.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Rendering an overlay ({@code kubectl kustomize}) and reading multi-document YAML. */
public final class Yamls {
  private Yamls() {}

  /** The documents of a YAML stream, empty ones skipped. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> documents(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(50 * 1024 * 1024);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Yaml(options).loadAll(yaml)) {
      if (doc instanceof Map<?, ?> map) {
        docs.add((Map<String, Object>) map);
      }
    }
    return docs;
  }

  /** {@code kubectl kustomize <dir>}: the overlay as the cluster would receive it. */
  public static String render(Path kustomization) {
    try {
      Process process =
          new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
              .redirectErrorStream(false)
              .start();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "kubectl kustomize "
                + kustomization
                + " failed: "
                + new String(err, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "kubectl is needed to render the overlays (deploy/k8s/install-kubectl installs it)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
