package vn.plantrack.k8s;

import java.util.List;
import java.util.Map;

/**
 * What every group of {@link ManifestRules} reads (the repository's apps and settings, the rendered
 * manifests) and where it writes what it finds wrong.
 */
abstract class RuleGroup {
  protected final Repository repository;
  protected final Manifests manifests;
  protected final List<String> violations;

  RuleGroup(Repository repository, Manifests manifests, List<String> violations) {
    this.repository = repository;
    this.manifests = manifests;
    this.violations = violations;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return manifests.ofKind(kind);
  }

  Map<String, Object> named(String kind, String name) {
    return manifests.named(kind, name);
  }
}
