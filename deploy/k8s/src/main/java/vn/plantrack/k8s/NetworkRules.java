package vn.plantrack.k8s;

import static vn.plantrack.k8s.Manifests.list;
import static vn.plantrack.k8s.Manifests.map;
import static vn.plantrack.k8s.Manifests.name;
import static vn.plantrack.k8s.Manifests.selects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Who may talk to whom (network, exposed). Part of {@link ManifestRules}. */
final class NetworkRules extends RuleGroup {
  private static final Set<String> ENGINE_LABELS =
      Set.of(
          "cnpg.io/cluster", "strimzi.io/cluster", "app.kubernetes.io/component", "app", "k8s-app");

  NetworkRules(Repository repository, Manifests manifests, List<String> violations) {
    super(repository, manifests, violations);
  }

  // --- Network ----------------------------------------------------------------------------------

  void network() {
    List<Map<String, Object>> policies = ofKind("NetworkPolicy");
    boolean defaultDeny =
        policies.stream()
            .anyMatch(
                p -> {
                  Map<String, Object> spec = map(p.get("spec"));
                  return map(spec.get("podSelector")).isEmpty()
                      && list(spec.get("policyTypes")).contains("Ingress")
                      && list(spec.get("ingress")).isEmpty();
                });
    if (!defaultDeny) {
      violations.add("network: no default-deny ingress NetworkPolicy");
    }
    Set<String> appNames = new HashSet<>();
    repository.apps().forEach(a -> appNames.add(a.name()));
    String gateway = gateway();
    for (Repository.App app : repository.apps()) {
      Map<String, Object> deployment = named("Deployment", app.name());
      if (deployment == null) {
        continue;
      }
      Map<String, Object> labels =
          map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
      List<Map<String, Object>> own =
          policies.stream()
              .filter(p -> !map(map(p.get("spec")).get("podSelector")).isEmpty())
              .filter(p -> selects(map(map(p.get("spec")).get("podSelector")), labels))
              .toList();
      if (own.stream()
          .noneMatch(p -> list(map(p.get("spec")).get("policyTypes")).contains("Egress"))) {
        violations.add("network: no NetworkPolicy limits where " + app.name() + " may connect");
      }
      for (Map<String, Object> policy : own) {
        for (Object rule : list(map(policy.get("spec")).get("egress"))) {
          List<?> to = list(map(rule).get("to"));
          if (to.isEmpty()) {
            violations.add(
                "network: " + name(policy) + " lets " + app.name() + " connect anywhere");
          }
          for (Object peer : to) {
            Map<String, Object> pods = map(map(map(peer).get("podSelector")).get("matchLabels"));
            Map<String, Object> namespaces =
                map(map(map(peer).get("namespaceSelector")).get("matchLabels"));
            boolean dns = "kube-system".equals(namespaces.get("kubernetes.io/metadata.name"));
            boolean engine = !pods.isEmpty() && ENGINE_LABELS.containsAll(engineKeys(pods));
            Object target = pods.get("app.kubernetes.io/name");
            boolean service =
                app.name().equals(gateway)
                    && target != null
                    && appNames.contains(target)
                    && !target.equals(gateway);
            boolean mailRelay = map(peer).containsKey("ipBlock") && smtpOnly(map(rule));
            if (!(dns || engine || service || mailRelay) || (!namespaces.isEmpty() && !dns)) {
              violations.add("network: " + name(policy) + " lets " + app.name() + " reach " + peer);
            }
          }
        }
      }
    }
    // Only the gateway (and Keycloak, for browsers' logins) is reachable from outside.
    for (Map<String, Object> ingress : ofKind("Ingress")) {
      for (String backend : backends(ingress)) {
        if (!backend.equals(gateway)) {
          violations.add(
              "exposed: Ingress "
                  + name(ingress)
                  + " routes to "
                  + backend
                  + " (only the gateway)");
        }
      }
    }
    for (Map<String, Object> service : ofKind("Service")) {
      Object type = map(service.get("spec")).get("type");
      if ("LoadBalancer".equals(type) || "NodePort".equals(type)) {
        violations.add("exposed: Service " + name(service) + " is a " + type);
      }
    }
    for (Map<String, Object> policy : policies) {
      Map<String, Object> target =
          map(map(map(policy.get("spec")).get("podSelector")).get("matchLabels"));
      boolean edge =
          Objects.equals(target.get("app.kubernetes.io/name"), gateway)
              || "keycloak".equals(target.get("app"));
      for (Object rule : list(map(policy.get("spec")).get("ingress"))) {
        for (Object peer : list(map(rule).get("from"))) {
          Map<String, Object> namespaces =
              map(map(map(peer).get("namespaceSelector")).get("matchLabels"));
          Object ns = namespaces.get("kubernetes.io/metadata.name");
          boolean outside =
              map(peer).containsKey("ipBlock")
                  || (ns != null && String.valueOf(ns).contains("ingress"));
          if (outside && !edge) {
            violations.add(
                "exposed: NetworkPolicy "
                    + name(policy)
                    + " admits traffic from outside to "
                    + target);
          }
        }
      }
    }
  }

  private static Set<String> engineKeys(Map<String, Object> labels) {
    Set<String> keys = new LinkedHashSet<>(labels.keySet());
    keys.remove("strimzi.io/kind");
    keys.remove("app.kubernetes.io/instance");
    return keys;
  }

  private String gateway() {
    return repository.apps().stream()
        .map(Repository.App::name)
        .filter(n -> n.equals("gateway"))
        .findFirst()
        .orElse("gateway");
  }

  private static List<String> backends(Map<String, Object> ingress) {
    List<String> names = new ArrayList<>();
    Map<String, Object> spec = map(ingress.get("spec"));
    Object fallback = map(map(spec.get("defaultBackend")).get("service")).get("name");
    if (fallback != null) {
      names.add((String) fallback);
    }
    for (Object rule : list(spec.get("rules"))) {
      for (Object path : list(map(map(rule).get("http")).get("paths"))) {
        names.add((String) map(map(map(path).get("backend")).get("service")).get("name"));
      }
    }
    return names;
  }

  /** SMTP ports: 25 (relay), 465 (SMTPS), 587 (submission). */
  private static final java.util.Set<Integer> SMTP = java.util.Set.of(25, 465, 587);

  /**
   * An egress rule to addresses outside the cluster that opens only SMTP ports: the province's mail
   * relay, which notification-service sends through. Anything else outside stays refused.
   */
  private static boolean smtpOnly(Map<String, Object> rule) {
    List<?> ports = list(rule.get("ports"));
    return !ports.isEmpty()
        && ports.stream()
            .allMatch(p -> map(p).get("port") instanceof Integer port && SMTP.contains(port));
  }
}
