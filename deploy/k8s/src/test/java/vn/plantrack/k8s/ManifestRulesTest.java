package vn.plantrack.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker rejects what breaks a rule: each row breaks one rule in the rendered production
 * overlay (which keeps them all, OverlaysTest) and names the violation it must report; a
 * hand-written broken fixture must be rejected rule by rule.
 */
class ManifestRulesTest {
  private static List<Map<String, Object>> production;
  private static Repository repository;

  @BeforeAll
  static void render() {
    production = OverlaysTest.rendered("production");
    repository = Repository.read(OverlaysTest.ROOT);
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        row(
            "one replica",
            d -> spec(find(d, "Deployment", "task-service")).put("replicas", 1),
            "replicas: task-service has 1"),
        row(
            "no startup probe",
            d -> container(d, "plan-service").remove("startupProbe"),
            "probe: plan-service/plan-service has no startupProbe on /q/health/started"),
        row(
            "readiness on the wrong path",
            d ->
                map(map(container(d, "gateway").get("readinessProbe")).get("httpGet"))
                    .put("path", "/q/health"),
            "probe: gateway/gateway has no readinessProbe on /q/health/ready"),
        row(
            "no memory limit",
            d ->
                map(map(container(d, "reporting-service").get("resources")).get("limits"))
                    .remove("memory"),
            "resources: reporting-service/reporting-service has no limits.memory"),
        row(
            "writable root filesystem",
            d ->
                map(container(d, "indicator-service").get("securityContext"))
                    .put("readOnlyRootFilesystem", false),
            "security: indicator-service/indicator-service has a writable root filesystem"),
        row(
            "no PodDisruptionBudget",
            d -> d.remove(find(d, "PodDisruptionBudget", "gateway")),
            "pdb: no PodDisruptionBudget selects gateway"),
        row(
            "autoscaler down to one",
            d -> spec(find(d, "HorizontalPodAutoscaler", "plan-service")).put("minReplicas", 1),
            "hpa: no HorizontalPodAutoscaler keeps 2 or more of plan-service"),
        row(
            "no ServiceMonitor",
            d -> d.remove(find(d, "ServiceMonitor", "task-service")),
            "monitor: no ServiceMonitor scrapes task-service"),
        row(
            "latest tag",
            d ->
                container(d, "gateway")
                    .put("image", "registry.plantrack.example/plantrack/gateway:latest"),
            "image: Deployment gateway uses registry.plantrack.example/plantrack/gateway:latest"),
        row(
            "untagged engine image",
            d ->
                spec(find(d, "Keycloak", "plantrack-keycloak"))
                    .put("image", "quay.io/keycloak/keycloak"),
            "image: Keycloak plantrack-keycloak uses quay.io/keycloak/keycloak"),
        row(
            "an inlined password",
            d ->
                env(d, "plan-service")
                    .add(
                        new java.util.LinkedHashMap<>(
                            Map.of("name", "PLANTRACK_DB_PASSWORD", "value", "plan"))),
            "secret: plan-service sets PLANTRACK_DB_PASSWORD without a secretKeyRef"),
        row(
            "a Secret with values",
            d ->
                d.add(
                    new java.util.LinkedHashMap<>(
                        Map.of(
                            "apiVersion",
                            "v1",
                            "kind",
                            "Secret",
                            "metadata",
                            Map.of("name", "plantrack-db-plan"),
                            "stringData",
                            Map.of("password", "plan")))),
            "secret: Secret plantrack-db-plan carries values in the manifests"),
        row(
            "a password in a ConfigMap",
            d ->
                map(find(d, "ConfigMap", "plantrack-common").get("data"))
                    .put("KEYCLOAK_ADMIN_PASSWORD", "admin"),
            "secret: ConfigMap plantrack-common holds KEYCLOAK_ADMIN_PASSWORD"),
        row(
            "a required setting missing",
            d ->
                map(find(d, "ConfigMap", "task-service-config").get("data"))
                    .remove("KAFKA_BOOTSTRAP_SERVERS"),
            "env: task-service is not given KAFKA_BOOTSTRAP_SERVERS"),
        row(
            "a gateway route missing",
            d ->
                map(find(d, "ConfigMap", "gateway-config").get("data"))
                    .remove("PLANTRACK_GATEWAY_SERVICES_REPORTING_URL"),
            "env: gateway is not given PLANTRACK_GATEWAY_SERVICES_REPORTING_URL"),
        row(
            "no default deny",
            d -> d.remove(find(d, "NetworkPolicy", "default-deny-ingress")),
            "network: no default-deny ingress NetworkPolicy"),
        row(
            "a service without egress limits",
            d -> d.remove(find(d, "NetworkPolicy", "reporting-service")),
            "network: no NetworkPolicy limits where reporting-service may connect"),
        row(
            "a service reaching another service",
            d ->
                list(spec(find(d, "NetworkPolicy", "task-service")).get("egress"))
                    .add(
                        Map.of(
                            "to",
                            List.of(
                                Map.of(
                                    "podSelector",
                                    Map.of(
                                        "matchLabels",
                                        Map.of("app.kubernetes.io/name", "plan-service")))))),
            "network: task-service lets task-service reach"),
        row(
            "the mail relay's addresses opened beyond SMTP",
            d ->
                list(spec(find(d, "NetworkPolicy", "notification-service")).get("egress"))
                    .add(
                        Map.of(
                            "to",
                            List.of(Map.of("ipBlock", Map.of("cidr", "0.0.0.0/0"))),
                            "ports",
                            List.of(Map.of("protocol", "TCP", "port", 443)))),
            "network: notification-service lets notification-service reach {ipBlock"),
        row(
            "a service reaching anywhere",
            d ->
                list(spec(find(d, "NetworkPolicy", "plan-service")).get("egress"))
                    .add(Map.of("ports", List.of(Map.of("port", 443)))),
            "network: plan-service lets plan-service connect anywhere"),
        row(
            "a service exposed",
            d ->
                map(map(map(list(map(map(list(spec(find(d, "Ingress", "gateway")).get("rules"))
                                            .get(0))
                                        .get("http"))
                                    .get("paths"))
                                .get(0))
                            .get("backend"))
                        .get("service"))
                    .put("name", "plan-service"),
            "exposed: Ingress gateway routes to plan-service"),
        row(
            "a LoadBalancer",
            d -> spec(find(d, "Service", "task-service")).put("type", "LoadBalancer"),
            "exposed: Service task-service is a LoadBalancer"),
        row(
            "two brokers",
            d -> spec(find(d, "KafkaNodePool", "dual-role")).put("replicas", 2),
            "kafka: 2 brokers"),
        row(
            "min.insync.replicas 1",
            d ->
                map(map(spec(find(d, "Kafka", "plantrack-kafka")).get("kafka")).get("config"))
                    .put("min.insync.replicas", 1),
            "kafka: min.insync.replicas below 2"),
        row(
            "a topic missing",
            d -> d.remove(find(d, "KafkaTopic", "plantrack.tasks")),
            "topic: no KafkaTopic plantrack.tasks"),
        row(
            "a replayed topic kept 7 days",
            d ->
                map(spec(find(d, "KafkaTopic", "plantrack.tasks")).get("config"))
                    .put("retention.ms", 604800000),
            "topic: plantrack.tasks is rebuilt from and must be kept for ever (retention.ms and"
                + " retention.bytes -1)"),
        row(
            "a replayed topic compacted",
            d ->
                map(spec(find(d, "KafkaTopic", "plantrack.organizations")).get("config"))
                    .put("cleanup.policy", "compact"),
            "topic: plantrack.organizations is compacted, but a rebuild needs every version of an"
                + " aggregate"),
        row(
            "a topic on 2 replicas",
            d -> spec(find(d, "KafkaTopic", "plantrack.plans")).put("replicas", 2),
            "topic: plantrack.plans has fewer than 3 replicas"),
        row(
            "an ACL beyond the table",
            d ->
                list(map(spec(find(d, "KafkaUser", "indicator-service")).get("authorization"))
                        .get("acls"))
                    .add(
                        Map.of(
                            "resource",
                            Map.of(
                                "type",
                                "topic",
                                "name",
                                "plantrack.tasks",
                                "patternType",
                                "literal"),
                            "operations",
                            List.of("Write"))),
            "kafka-user: indicator-service's ACLs differ from access.txt: missing [], extra [topic plantrack.tasks literal Write]"),
        row(
            "a group prefix lost",
            d ->
                list(map(spec(find(d, "KafkaUser", "reporting-service")).get("authorization"))
                        .get("acls"))
                    .removeIf(a -> "prefix".equals(map(map(a).get("resource")).get("patternType"))),
            "kafka-user: reporting-service's ACLs differ from access.txt: missing [group reporting-rebuild- prefix Read]"),
        row(
            "another service's Kafka password",
            d ->
                map(map(
                        map(env(d, "task-service").stream()
                                .map(ManifestRules::map)
                                .filter(e -> "PLANTRACK_KAFKA_PASSWORD".equals(e.get("name")))
                                .findFirst()
                                .orElseThrow()
                                .get("valueFrom"))
                            .get("secretKeyRef")))
                    .put("name", "reporting-service"),
            "kafka-user: task-service reads its Kafka password from reporting-service"),
        row(
            "two database instances",
            d -> spec(find(d, "Cluster", "plantrack-db")).put("instances", 2),
            "postgres: plantrack-db has fewer than 3 instances"),
        row(
            "a database missing",
            d -> d.remove(find(d, "Database", "plantrack-db-indicator")),
            "postgres: no database indicator for indicator-service"),
        row(
            "another role's Secret",
            d ->
                map(map(
                        map(env(d, "reporting-service").stream()
                                .map(ManifestRules::map)
                                .filter(e -> "PLANTRACK_DB_PASSWORD".equals(e.get("name")))
                                .findFirst()
                                .orElseThrow()
                                .get("valueFrom"))
                            .get("secretKeyRef")))
                    .put("name", "plantrack-db-task"),
            "postgres: reporting-service does not log in with role reporting's Secret plantrack-db-reporting"),
        row(
            "no WAL archiving",
            d -> spec(find(d, "Cluster", "plantrack-db")).remove("plugins"),
            "postgres: plantrack-db archives no WAL"),
        row(
            "no scheduled backup",
            d -> d.remove(find(d, "ScheduledBackup", "plantrack-db-nightly")),
            "postgres: no ScheduledBackup of plantrack-db"),
        row(
            "one Keycloak",
            d -> spec(find(d, "Keycloak", "plantrack-keycloak")).put("instances", 1),
            "keycloak: fewer than 2 instances"),
        row(
            "a client secret in the realm",
            d ->
                map(list(map(spec(find(d, "KeycloakRealmImport", "plantrack-realm")).get("realm"))
                            .get("clients"))
                        .get(1))
                    .put("secret", "demo-secret"),
            "keycloak: client provincial-integration's secret is in the realm import"),
        row(
            "no collector",
            d -> d.remove(find(d, "OpenTelemetryCollector", "plantrack-otel")),
            "monitor: no OpenTelemetryCollector"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void rejects(String broken, Consumer<List<Map<String, Object>>> breakIt, String violation) {
    List<Map<String, Object>> docs = copy(production);
    assertThat(ManifestRules.check(repository, docs)).isEmpty();

    breakIt.accept(docs);

    assertThat(ManifestRules.check(repository, docs)).anyMatch(v -> v.startsWith(violation));
  }

  @Test
  void aRequiredSettingTheManifestsDoNotKnowIsReported() {
    Repository.App plan = repository.app("plan-service");
    List<String> more = new ArrayList<>(plan.requiredEnv());
    more.add("PLANTRACK_NEW_SETTING");
    Repository changed =
        repository.withApp(
            new Repository.App(plan.name(), more, plan.database(), plan.kafkaUser()));

    assertThat(ManifestRules.check(changed, production))
        .containsExactly("env: plan-service is not given PLANTRACK_NEW_SETTING");
  }

  @Test
  void rejectsTheBrokenFixtureRuleByRule() throws IOException {
    String fixture;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/broken.yaml")) {
      fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    List<String> violations = ManifestRules.check(repository, Yamls.documents(fixture));

    assertThat(violations)
        .contains(
            "replicas: plan-service has 1 (at least 2)",
            "probe: plan-service/plan-service has no startupProbe on /q/health/started",
            "probe: plan-service/plan-service has no livenessProbe on /q/health/live",
            "resources: plan-service/plan-service has no limits.cpu",
            "resources: plan-service/plan-service has no limits.memory",
            "security: plan-service/plan-service may run as root (runAsNonRoot)",
            "image: Deployment plan-service uses plantrack/plan-service:latest (pin a tag, not latest)",
            "secret: plan-service sets PLANTRACK_DB_PASSWORD without a secretKeyRef",
            "secret: Secret plantrack-db-plan carries values in the manifests",
            "env: plan-service is not given KAFKA_BOOTSTRAP_SERVERS",
            "env: plan-service is not given QUARKUS_OIDC_AUTH_SERVER_URL",
            "pdb: no PodDisruptionBudget selects plan-service",
            "hpa: no HorizontalPodAutoscaler keeps 2 or more of plan-service",
            "network: no default-deny ingress NetworkPolicy",
            "network: no NetworkPolicy limits where plan-service may connect",
            "exposed: Service plan-service is a LoadBalancer",
            "app: no Deployment gateway",
            "kafka: 0 Kafka clusters (one expected)",
            "postgres: 0 CloudNativePG clusters (one expected)",
            "keycloak: 0 Keycloak resources (one expected)",
            "monitor: no OpenTelemetryCollector");
  }

  // --- Finding and changing parts of the rendered documents -------------------------------------

  /** A deep, mutable copy (parsing the rendering again for each row would take seconds). */
  @SuppressWarnings("unchecked")
  private static <T> T copy(T node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      m.forEach((k, v) -> copy.put((String) k, copy(v)));
      return (T) copy;
    }
    if (node instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(copy(v)));
      return (T) copy;
    }
    return node;
  }

  private static Arguments row(
      String name, Consumer<List<Map<String, Object>>> breakIt, String violation) {
    return Arguments.of(name, breakIt, violation);
  }

  private static Map<String, Object> find(
      List<Map<String, Object>> docs, String kind, String name) {
    return docs.stream()
        .filter(d -> kind.equals(d.get("kind")) && name.equals(ManifestRules.name(d)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static Map<String, Object> spec(Map<String, Object> doc) {
    return map(doc.get("spec"));
  }

  private static Map<String, Object> container(List<Map<String, Object>> docs, String deployment) {
    return map(
        list(map(map(spec(find(docs, "Deployment", deployment)).get("template")).get("spec"))
                .get("containers"))
            .get(0));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> env(List<Map<String, Object>> docs, String deployment) {
    return (List<Object>) container(docs, deployment).get("env");
  }

  private static Map<String, Object> map(Object o) {
    return ManifestRules.map(o);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}
