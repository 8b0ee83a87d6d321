package vn.plantrack.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays render with {@code kubectl kustomize} and keep every rule of issue 19. */
class OverlaysTest {
  static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();

  private static final Map<String, String> RENDERED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The overlay rendered by kubectl (once per test run), parsed afresh. */
  static List<Map<String, Object>> rendered(String overlay) {
    return Yamls.documents(
        RENDERED.computeIfAbsent(
            overlay, o -> Yamls.render(ROOT.resolve("deploy/k8s/overlays").resolve(o))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void rendersEveryPartAndKeepsEveryRule(String overlay) {
    List<Map<String, Object>> docs = rendered(overlay);

    Set<String> kinds = docs.stream().map(d -> (String) d.get("kind")).collect(Collectors.toSet());
    assertThat(kinds)
        .contains(
            "Deployment",
            "Service",
            "ConfigMap",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
            "NetworkPolicy",
            "Ingress",
            "ServiceMonitor",
            "PrometheusRule",
            "Kafka",
            "KafkaNodePool",
            "KafkaTopic",
            "KafkaUser",
            "Cluster",
            "Database",
            "ObjectStore",
            "ScheduledBackup",
            "Keycloak",
            "KeycloakRealmImport",
            "OpenTelemetryCollector");
    assertThat(docs)
        .allSatisfy(
            d ->
                assertThat(ManifestRules.map(d.get("metadata")).get("namespace"))
                    .isEqualTo("plantrack"));
    assertThat(ManifestRules.check(Repository.read(ROOT), docs)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theRealmsRedirectsNameTheOverlaysAddresses(String overlay) {
    Map<String, Object> realmImport =
        rendered(overlay).stream()
            .filter(d -> "KeycloakRealmImport".equals(d.get("kind")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> web =
        ManifestRules.list(
                ManifestRules.map(ManifestRules.map(realmImport.get("spec")).get("realm"))
                    .get("clients"))
            .stream()
            .map(ManifestRules::map)
            .filter(c -> "plantrack-web".equals(c.get("clientId")))
            .findFirst()
            .orElseThrow();
    assertThat(ManifestRules.list(web.get("redirectUris")))
        .isNotEmpty()
        .allSatisfy(
            uri ->
                assertThat((String) uri).doesNotContain("localhost:").doesNotContain("127.0.0.1"));
  }
}
