package vn.plantrack.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of issue 19 over rendered manifests. Each violation is one line starting with its
 * rule's name ({@code replicas:}, {@code probe:}, …); an empty list means every rule holds.
 *
 * <ul>
 *   <li>{@code app}: every application of the repository has a Deployment;
 *   <li>{@code replicas}: at least 2 per Deployment, {@code hpa} an autoscaler that keeps 2, {@code
 *       pdb} a PodDisruptionBudget;
 *   <li>{@code probe}: startup, readiness and liveness probes on Quarkus health ({@code
 *       /q/health/started|ready|live});
 *   <li>{@code resources}: CPU and memory requests and limits; {@code security}: non-root,
 *       read-only root filesystem;
 *   <li>{@code env}: every variable the application's properties files need (RequiredSettings), as
 *       a literal, from a ConfigMap of the rendering, or from a Secret;
 *   <li>{@code secret}: no Secret with values, no secret-like variable or ConfigMap key as a
 *       literal: secrets are referenced (secretKeyRef), created by the operators or the runbook;
 *   <li>{@code image}: every image pinned (a tag other than latest, or a digest);
 *   <li>{@code network}: a default-deny ingress policy; every application's pods selected by a
 *       policy limiting their egress to PostgreSQL, Kafka, Keycloak, the trace collector and DNS
 *       (and, for the gateway, the services); {@code exposed}: only the gateway behind an Ingress
 *       or admitted from the ingress controller (and Keycloak, for logins), no LoadBalancer or
 *       NodePort Service;
 *   <li>{@code monitor}: a ServiceMonitor per application, an OpenTelemetryCollector;
 *   <li>{@code kafka}: Strimzi in KRaft with ≥ 3 brokers, replication factor ≥ 3 and {@code
 *       min.insync.replicas} ≥ 2; {@code topic}: a KafkaTopic per topic of the access table, 3
 *       replicas, the owners' topics read models are rebuilt from kept for ever and not compacted;
 *       {@code kafka-user}: a SCRAM-SHA-512 KafkaUser per principal with exactly the table's ACLs,
 *       and each application reading its own user's password;
 *   <li>{@code postgres}: CloudNativePG with ≥ 3 instances, a database and owner role per
 *       application, the application logging in with that role's Secret, WAL archiving and a
 *       ScheduledBackup;
 *   <li>{@code keycloak}: the operator's Keycloak with ≥ 2 instances and a KeycloakRealmImport of
 *       realm plantrack holding no account with a password.
 * </ul>
 */
public final class ManifestRules {
  private ManifestRules() {}

  /** Every violation of the rules in {@code docs}, the rendered manifests. */
  public static List<String> check(Repository repository, List<Map<String, Object>> docs) {
    Manifests manifests = new Manifests(docs);
    List<String> violations = new ArrayList<>();
    WorkloadRules workloads = new WorkloadRules(repository, manifests, violations);
    workloads.applications();
    workloads.images();
    workloads.secrets();
    new NetworkRules(repository, manifests, violations).network();
    EngineRules engines = new EngineRules(repository, manifests, violations);
    engines.kafka();
    engines.postgres();
    engines.keycloak();
    engines.observability();
    return List.copyOf(violations);
  }

  static Map<String, Object> map(Object o) {
    return Manifests.map(o);
  }

  static List<?> list(Object o) {
    return Manifests.list(o);
  }

  static String name(Map<String, Object> doc) {
    return Manifests.name(doc);
  }
}
