package vn.plantrack.k8s;

import static vn.plantrack.k8s.Manifests.integer;
import static vn.plantrack.k8s.Manifests.kind;
import static vn.plantrack.k8s.Manifests.list;
import static vn.plantrack.k8s.Manifests.map;
import static vn.plantrack.k8s.Manifests.name;
import static vn.plantrack.k8s.Manifests.selects;
import static vn.plantrack.k8s.Manifests.walk;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Deployments' rules (app, replicas, probe, resources, security, env, pdb, hpa, monitor) and
 * the images' and secrets' (image, secret). Part of {@link ManifestRules}.
 */
final class WorkloadRules extends RuleGroup {
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIALS?|_KEY|KEY_ID)$");

  WorkloadRules(Repository repository, Manifests manifests, List<String> violations) {
    super(repository, manifests, violations);
  }

  // --- Applications -----------------------------------------------------------------------------

  void applications() {
    for (Repository.App app : repository.apps()) {
      if (named("Deployment", app.name()) == null) {
        violations.add("app: no Deployment " + app.name());
      }
    }
    for (Map<String, Object> deployment : ofKind("Deployment")) {
      String name = name(deployment);
      Map<String, Object> spec = map(deployment.get("spec"));
      int replicas = integer(spec.get("replicas"), 1);
      if (replicas < 2) {
        violations.add("replicas: " + name + " has " + replicas + " (at least 2)");
      }
      Map<String, Object> podSpec = map(map(spec.get("template")).get("spec"));
      Map<String, Object> labels =
          map(map(map(spec.get("template")).get("metadata")).get("labels"));
      for (Object o : list(podSpec.get("containers"))) {
        container(name, podSpec, map(o));
      }
      Repository.App app = repository.app(name);
      if (app != null) {
        environment(app, podSpec);
      }
      if (ofKind("PodDisruptionBudget").stream()
          .noneMatch(p -> selects(map(map(p.get("spec")).get("selector")), labels))) {
        violations.add("pdb: no PodDisruptionBudget selects " + name);
      }
      if (ofKind("HorizontalPodAutoscaler").stream()
          .noneMatch(
              h ->
                  name.equals(map(map(h.get("spec")).get("scaleTargetRef")).get("name"))
                      && integer(map(h.get("spec")).get("minReplicas"), 1) >= 2)) {
        violations.add("hpa: no HorizontalPodAutoscaler keeps 2 or more of " + name);
      }
      if (ofKind("ServiceMonitor").stream()
          .noneMatch(s -> selects(map(map(s.get("spec")).get("selector")), labels))) {
        violations.add("monitor: no ServiceMonitor scrapes " + name);
      }
    }
  }

  private void container(String deployment, Map<String, Object> podSpec, Map<String, Object> c) {
    String where = deployment + "/" + c.get("name");
    for (String[] probe :
        new String[][] {
          {"startupProbe", "/q/health/started"},
          {"readinessProbe", "/q/health/ready"},
          {"livenessProbe", "/q/health/live"}
        }) {
      Object path = map(map(c.get(probe[0])).get("httpGet")).get("path");
      if (!probe[1].equals(path)) {
        violations.add("probe: " + where + " has no " + probe[0] + " on " + probe[1]);
      }
    }
    Map<String, Object> resources = map(c.get("resources"));
    for (String kind : List.of("requests", "limits")) {
      for (String resource : List.of("cpu", "memory")) {
        if (map(resources.get(kind)).get(resource) == null) {
          violations.add("resources: " + where + " has no " + kind + "." + resource);
        }
      }
    }
    Map<String, Object> podSecurity = map(podSpec.get("securityContext"));
    Map<String, Object> security = map(c.get("securityContext"));
    if (!Boolean.TRUE.equals(
        security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot")))) {
      violations.add("security: " + where + " may run as root (runAsNonRoot)");
    }
    if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
      violations.add("security: " + where + " has a writable root filesystem");
    }
  }

  /** The application's required variables, each set; secret-like ones from Secrets only. */
  private void environment(Repository.App app, Map<String, Object> podSpec) {
    Set<String> given = new HashSet<>();
    for (Object o : list(podSpec.get("containers"))) {
      Map<String, Object> c = map(o);
      for (Object e : list(c.get("env"))) {
        Map<String, Object> env = map(e);
        given.add((String) env.get("name"));
      }
      for (Object e : list(c.get("envFrom"))) {
        String configMap = (String) map(map(e).get("configMapRef")).get("name");
        if (configMap != null) {
          Map<String, Object> found = named("ConfigMap", configMap);
          if (found == null) {
            violations.add(
                "env: " + app.name() + " reads ConfigMap " + configMap + ", not in the manifests");
          } else {
            given.addAll(map(found.get("data")).keySet());
          }
        }
      }
    }
    for (String variable : app.requiredEnv()) {
      if (!given.contains(variable)) {
        violations.add("env: " + app.name() + " is not given " + variable);
      }
    }
  }

  // --- Images and secrets -----------------------------------------------------------------------

  void images() {
    for (Map<String, Object> doc : manifests.all()) {
      walk(
          doc,
          (key, value) -> {
            if ((key.equals("image") || key.equals("imageName")) && value instanceof String image) {
              String last = image.substring(image.lastIndexOf('/') + 1);
              if (!image.contains("@sha256:")
                  && (!last.contains(":") || last.endsWith(":latest"))) {
                violations.add(
                    "image: "
                        + kind(doc)
                        + " "
                        + name(doc)
                        + " uses "
                        + image
                        + " (pin a tag, not latest)");
              }
            }
          });
    }
  }

  void secrets() {
    for (Map<String, Object> secret : ofKind("Secret")) {
      if (!map(secret.get("data")).isEmpty() || !map(secret.get("stringData")).isEmpty()) {
        violations.add("secret: Secret " + name(secret) + " carries values in the manifests");
      }
    }
    for (Map<String, Object> configMap : ofKind("ConfigMap")) {
      for (String key : map(configMap.get("data")).keySet()) {
        if (SECRET_NAME.matcher(key).matches()) {
          violations.add("secret: ConfigMap " + name(configMap) + " holds " + key);
        }
      }
    }
    for (Map<String, Object> doc : manifests.all()) {
      walk(
          doc,
          (key, value) -> {
            if (key.equals("env") && value instanceof List<?> envs) {
              for (Object e : envs) {
                Map<String, Object> env = map(e);
                String name = String.valueOf(env.get("name"));
                boolean fromSecret =
                    map(map(env.get("valueFrom")).get("secretKeyRef")).get("name") != null;
                if (SECRET_NAME.matcher(name).matches() && !fromSecret) {
                  violations.add(
                      "secret: " + name(doc) + " sets " + name + " without a secretKeyRef");
                }
              }
            }
          });
    }
  }
}
