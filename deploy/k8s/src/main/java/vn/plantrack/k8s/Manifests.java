package vn.plantrack.k8s;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rendered manifests (parsed YAML documents) and the lookups the rules make in them. */
final class Manifests {
  private final List<Map<String, Object>> docs;

  Manifests(List<Map<String, Object>> docs) {
    this.docs = docs;
  }

  List<Map<String, Object>> all() {
    return docs;
  }

  /** The Secret an application's variable comes from (secretKeyRef), or null. */
  String secretOf(String deployment, String variable) {
    Map<String, Object> d = named("Deployment", deployment);
    if (d == null) {
      return null;
    }
    for (Object c :
        list(map(map(map(d.get("spec")).get("template")).get("spec")).get("containers"))) {
      for (Object e : list(map(c).get("env"))) {
        if (variable.equals(map(e).get("name"))) {
          return (String) map(map(map(e).get("valueFrom")).get("secretKeyRef")).get("name");
        }
      }
    }
    return null;
  }

  /** A variable's value from the Deployment's env or its ConfigMaps, or null. */
  String configValue(String deployment, String variable) {
    Map<String, Object> d = named("Deployment", deployment);
    if (d == null) {
      return null;
    }
    for (Object c :
        list(map(map(map(d.get("spec")).get("template")).get("spec")).get("containers"))) {
      for (Object e : list(map(c).get("env"))) {
        if (variable.equals(map(e).get("name")) && map(e).get("value") != null) {
          return String.valueOf(map(e).get("value"));
        }
      }
      for (Object e : list(map(c).get("envFrom"))) {
        Map<String, Object> cm =
            named("ConfigMap", (String) map(map(e).get("configMapRef")).get("name"));
        if (cm != null && map(cm.get("data")).get(variable) != null) {
          return String.valueOf(map(cm.get("data")).get(variable));
        }
      }
    }
    return null;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  Map<String, Object> named(String kind, String name) {
    return ofKind(kind).stream()
        .filter(d -> Objects.equals(name, name(d)))
        .findFirst()
        .orElse(null);
  }

  static String kind(Map<String, Object> doc) {
    return String.valueOf(doc.get("kind"));
  }

  static String name(Map<String, Object> doc) {
    return (String) map(doc.get("metadata")).get("name");
  }

  static Object label(Map<String, Object> doc, String label) {
    return map(map(doc.get("metadata")).get("labels")).get(label);
  }

  /** A label selector's matchLabels all present in {@code labels} (and at least one). */
  static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
    Map<String, Object> match = map(selector.get("matchLabels"));
    return !match.isEmpty()
        && match.entrySet().stream()
            .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
  }

  interface Visitor {
    void visit(String key, Object value);
  }

  static void walk(Object node, Visitor visitor) {
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        visitor.visit(String.valueOf(e.getKey()), e.getValue());
        walk(e.getValue(), visitor);
      }
    } else if (node instanceof List<?> l) {
      l.forEach(item -> walk(item, visitor));
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }

  static int integer(Object o, int fallback) {
    if (o instanceof Number n) {
      return n.intValue();
    }
    if (o instanceof String s && s.matches("\\d+")) {
      return Integer.parseInt(s);
    }
    return fallback;
  }
}
