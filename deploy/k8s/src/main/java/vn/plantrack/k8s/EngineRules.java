package vn.plantrack.k8s;

import static vn.plantrack.k8s.Manifests.integer;
import static vn.plantrack.k8s.Manifests.label;
import static vn.plantrack.k8s.Manifests.list;
import static vn.plantrack.k8s.Manifests.map;
import static vn.plantrack.k8s.Manifests.name;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engines through their operators (kafka, topic, kafka-user, postgres, keycloak, monitor). Part
 * of {@link ManifestRules}.
 */
final class EngineRules extends RuleGroup {
  EngineRules(Repository repository, Manifests manifests, List<String> violations) {
    super(repository, manifests, violations);
  }

  // --- Kafka ------------------------------------------------------------------------------------

  /**
   * The owners' topics other services build read models from (written by one principal, read by
   * another), as deploy/infra's KafkaAccess.replayedTopics: a rebuild reads them from their first
   * offset and needs every version, so they are deleted never and compacted never.
   */
  Set<String> replayedTopics() {
    Set<String> replayed = new LinkedHashSet<>();
    for (Repository.Principal writer : repository.principals()) {
      for (String topic : writer.writes()) {
        if (repository.principals().stream()
            .anyMatch(p -> p != writer && p.reads().contains(topic))) {
          replayed.add(topic);
        }
      }
    }
    return replayed;
  }

  private void keptForEver(String topic, Map<String, Object> config) {
    if (!"-1".equals(String.valueOf(config.get("retention.ms")))
        || !"-1".equals(String.valueOf(config.getOrDefault("retention.bytes", -1)))) {
      violations.add(
          "topic: "
              + topic
              + " is rebuilt from and must be kept for ever (retention.ms and retention.bytes -1)");
    }
    if (String.valueOf(config.getOrDefault("cleanup.policy", "delete")).contains("compact")) {
      violations.add(
          "topic: " + topic + " is compacted, but a rebuild needs every version of an aggregate");
    }
  }

  void kafka() {
    List<Map<String, Object>> clusters = ofKind("Kafka");
    if (clusters.size() != 1) {
      violations.add("kafka: " + clusters.size() + " Kafka clusters (one expected)");
      return;
    }
    Map<String, Object> kafka = clusters.get(0);
    String cluster = name(kafka);
    Map<String, Object> annotations = map(map(kafka.get("metadata")).get("annotations"));
    if (!"enabled".equals(annotations.get("strimzi.io/kraft"))) {
      violations.add("kafka: " + cluster + " is not in KRaft mode (strimzi.io/kraft: enabled)");
    }
    int brokers = 0;
    for (Map<String, Object> pool : ofKind("KafkaNodePool")) {
      Map<String, Object> spec = map(pool.get("spec"));
      if (cluster.equals(label(pool, "strimzi.io/cluster"))
          && list(spec.get("roles")).contains("broker")) {
        brokers += integer(spec.get("replicas"), 0);
      }
    }
    if (brokers < 3) {
      violations.add("kafka: " + brokers + " brokers (at least 3)");
    }
    Map<String, Object> config = map(map(map(kafka.get("spec")).get("kafka")).get("config"));
    if (integer(config.get("default.replication.factor"), 1) < 3) {
      violations.add("kafka: default.replication.factor below 3");
    }
    int clusterIsr = integer(config.get("min.insync.replicas"), 1);
    if (clusterIsr < 2) {
      violations.add("kafka: min.insync.replicas below 2");
    }
    Set<String> topics = new LinkedHashSet<>();
    repository.principals().forEach(p -> topics.addAll(p.writes()));
    repository.principals().forEach(p -> topics.addAll(p.reads()));
    Set<String> replayed = replayedTopics();
    for (String topic : topics) {
      Map<String, Object> found =
          ofKind("KafkaTopic").stream()
              .filter(t -> topic.equals(map(t.get("spec")).getOrDefault("topicName", name(t))))
              .findFirst()
              .orElse(null);
      if (found == null) {
        violations.add("topic: no KafkaTopic " + topic);
        continue;
      }
      Map<String, Object> spec = map(found.get("spec"));
      if (integer(spec.get("replicas"), 0) < 3) {
        violations.add("topic: " + topic + " has fewer than 3 replicas");
      }
      if (integer(map(spec.get("config")).get("min.insync.replicas"), clusterIsr) < 2) {
        violations.add("topic: " + topic + " has min.insync.replicas below 2");
      }
      if (replayed.contains(topic)) {
        keptForEver(topic, map(spec.get("config")));
      }
    }
    for (Repository.Principal principal : repository.principals()) {
      Map<String, Object> user = named("KafkaUser", principal.name());
      if (user == null) {
        violations.add("kafka-user: no KafkaUser " + principal.name());
        continue;
      }
      Map<String, Object> spec = map(user.get("spec"));
      if (!"scram-sha-512".equals(map(spec.get("authentication")).get("type"))) {
        violations.add(
            "kafka-user: " + principal.name() + " does not authenticate with scram-sha-512");
      }
      Set<String> expected = new LinkedHashSet<>();
      principal.writes().forEach(t -> expected.add("topic " + t + " literal Write"));
      principal.reads().forEach(t -> expected.add("topic " + t + " literal Read"));
      for (String group : principal.groups()) {
        expected.add(
            group.endsWith("*")
                ? "group " + group.substring(0, group.length() - 1) + " prefix Read"
                : "group " + group + " literal Read");
      }
      Set<String> actual = new LinkedHashSet<>();
      for (Object o : list(map(spec.get("authorization")).get("acls"))) {
        Map<String, Object> resource = map(map(o).get("resource"));
        for (Object op : list(map(o).get("operations"))) {
          actual.add(
              resource.get("type")
                  + " "
                  + resource.get("name")
                  + " "
                  + resource.getOrDefault("patternType", "literal")
                  + " "
                  + op);
        }
      }
      if (!expected.equals(actual)) {
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        violations.add(
            "kafka-user: "
                + principal.name()
                + "'s ACLs differ from access.txt: missing "
                + missing
                + ", extra "
                + extra);
      }
    }
    for (Repository.App app : repository.apps()) {
      if (app.kafkaUser() != null) {
        String secret = secretOf(app.name(), "PLANTRACK_KAFKA_PASSWORD");
        if (!app.kafkaUser().equals(secret)) {
          violations.add(
              "kafka-user: "
                  + app.name()
                  + " reads its Kafka password from "
                  + secret
                  + ", not KafkaUser "
                  + app.kafkaUser()
                  + "'s Secret");
        }
      }
    }
  }

  // --- PostgreSQL -------------------------------------------------------------------------------

  void postgres() {
    List<Map<String, Object>> clusters = ofKind("Cluster");
    if (clusters.size() != 1) {
      violations.add("postgres: " + clusters.size() + " CloudNativePG clusters (one expected)");
      return;
    }
    Map<String, Object> cluster = clusters.get(0);
    String name = name(cluster);
    Map<String, Object> spec = map(cluster.get("spec"));
    if (integer(spec.get("instances"), 1) < 3) {
      violations.add("postgres: " + name + " has fewer than 3 instances");
    }
    Map<String, String> owners = new java.util.HashMap<>();
    Map<String, Object> initdb = map(map(spec.get("bootstrap")).get("initdb"));
    if (initdb.get("database") != null) {
      owners.put((String) initdb.get("database"), (String) initdb.get("owner"));
    }
    for (Map<String, Object> database : ofKind("Database")) {
      Map<String, Object> s = map(database.get("spec"));
      if (name.equals(map(s.get("cluster")).get("name"))) {
        owners.put((String) s.get("name"), (String) s.get("owner"));
      }
    }
    Map<String, String> roleSecrets = new java.util.HashMap<>();
    for (Object o : list(map(spec.get("managed")).get("roles"))) {
      Map<String, Object> role = map(o);
      roleSecrets.put(
          (String) role.get("name"), (String) map(role.get("passwordSecret")).get("name"));
    }
    for (Repository.App app : repository.apps()) {
      if (app.database() == null) {
        continue;
      }
      String owner = owners.get(app.database());
      if (owner == null) {
        violations.add("postgres: no database " + app.database() + " for " + app.name());
        continue;
      }
      String secret = roleSecrets.get(owner);
      if (secret == null) {
        violations.add(
            "postgres: role "
                + owner
                + " (owner of "
                + app.database()
                + ") is not managed with a passwordSecret");
      } else if (!secret.equals(secretOf(app.name(), "PLANTRACK_DB_PASSWORD"))
          || !secret.equals(secretOf(app.name(), "PLANTRACK_DB_USERNAME"))) {
        violations.add(
            "postgres: "
                + app.name()
                + " does not log in with role "
                + owner
                + "'s Secret "
                + secret);
      }
      String jdbc = configValue(app.name(), "QUARKUS_DATASOURCE_JDBC_URL");
      if (jdbc != null && !jdbc.endsWith("/" + app.database())) {
        violations.add(
            "postgres: "
                + app.name()
                + " connects to "
                + jdbc
                + ", not its database "
                + app.database());
      }
    }
    boolean archives =
        list(spec.get("plugins")).stream()
                .anyMatch(p -> Boolean.TRUE.equals(map(p).get("isWALArchiver")))
            || map(spec.get("backup")).get("barmanObjectStore") != null;
    if (!archives) {
      violations.add("postgres: " + name + " archives no WAL (no point-in-time recovery)");
    }
    if (ofKind("ScheduledBackup").stream()
        .noneMatch(b -> name.equals(map(map(b.get("spec")).get("cluster")).get("name")))) {
      violations.add("postgres: no ScheduledBackup of " + name);
    }
  }

  // --- Keycloak and observability ---------------------------------------------------------------

  void keycloak() {
    List<Map<String, Object>> keycloaks = ofKind("Keycloak");
    if (keycloaks.size() != 1) {
      violations.add("keycloak: " + keycloaks.size() + " Keycloak resources (one expected)");
      return;
    }
    Map<String, Object> keycloak = keycloaks.get(0);
    if (integer(map(keycloak.get("spec")).get("instances"), 1) < 2) {
      violations.add("keycloak: fewer than 2 instances");
    }
    List<Map<String, Object>> imports =
        ofKind("KeycloakRealmImport").stream()
            .filter(i -> name(keycloak).equals(map(i.get("spec")).get("keycloakCRName")))
            .filter(i -> "plantrack".equals(map(map(i.get("spec")).get("realm")).get("realm")))
            .toList();
    if (imports.isEmpty()) {
      violations.add("keycloak: no KeycloakRealmImport of realm plantrack into " + name(keycloak));
    }
    for (Map<String, Object> realmImport : imports) {
      Map<String, Object> realm = map(map(realmImport.get("spec")).get("realm"));
      for (Object user : list(realm.get("users"))) {
        if (!list(map(user).get("credentials")).isEmpty()) {
          violations.add(
              "keycloak: the realm import holds a password for " + map(user).get("username"));
        }
      }
      for (Object client : list(realm.get("clients"))) {
        Object secret = map(client).get("secret");
        if (secret != null && !String.valueOf(secret).startsWith("${")) {
          violations.add(
              "keycloak: client "
                  + map(client).get("clientId")
                  + "'s secret is in the realm import");
        }
      }
    }
  }

  void observability() {
    if (ofKind("OpenTelemetryCollector").isEmpty()) {
      violations.add("monitor: no OpenTelemetryCollector");
    }
  }

  private String secretOf(String deployment, String variable) {
    return manifests.secretOf(deployment, variable);
  }

  private String configValue(String deployment, String variable) {
    return manifests.configValue(deployment, variable);
  }
}
