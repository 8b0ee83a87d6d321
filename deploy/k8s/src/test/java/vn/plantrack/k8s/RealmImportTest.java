package vn.plantrack.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * base/keycloak/realm-import.yaml is what RealmImport makes of deploy/keycloak/plantrack-realm.json
 * today. After changing the realm: {@code ./mvnw -B -o -pl deploy/k8s verify
 * -Dplantrack.realm-import.write=true} rewrites it (then commit it).
 */
class RealmImportTest {
  @Test
  void theCommittedImportIsTheRealmFilesOwn() throws IOException {
    Path root = OverlaysTest.ROOT;
    String generated = RealmImport.generate(root);
    Path committed = RealmImport.target(root);
    if (Boolean.getBoolean("plantrack.realm-import.write")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("regenerate with -Dplantrack.realm-import.write=true")
        .isEqualTo(generated);
  }

  @Test
  void keepsRolesAndProductionClientsAndLeavesOutDemoAccountsAndTestClients() {
    Map<String, Object> spec =
        ManifestRules.map(
            Yamls.documents(RealmImport.generate(OverlaysTest.ROOT)).get(0).get("spec"));
    Map<String, Object> realm = ManifestRules.map(spec.get("realm"));
    List<String> clients =
        ManifestRules.list(realm.get("clients")).stream()
            .map(c -> (String) ManifestRules.map(c).get("clientId"))
            .toList();
    List<String> users =
        ManifestRules.list(realm.get("users")).stream()
            .map(u -> (String) ManifestRules.map(u).get("username"))
            .toList();
    List<String> roles =
        ManifestRules.list(ManifestRules.map(realm.get("roles")).get("realm")).stream()
            .map(r -> (String) ManifestRules.map(r).get("name"))
            .toList();

    assertThat(realm.get("realm")).isEqualTo("plantrack");
    assertThat(roles)
        .contains("admin", "coordinator", "officer", "viewer", "ministry", "integration");
    assertThat(clients).containsExactly("plantrack-web", "provincial-integration", "plantrack-api");
    assertThat(users).containsExactly("service-account-provincial-integration");
    assertThat(ManifestRules.map(ManifestRules.list(realm.get("clients")).get(1)).get("secret"))
        .isEqualTo("${PROVINCIAL_INTEGRATION_SECRET}");
    assertThat(ManifestRules.map(spec.get("placeholders")))
        .containsEntry(
            "PROVINCIAL_INTEGRATION_SECRET",
            Map.of(
                "secret",
                Map.of("name", "plantrack-keycloak-clients", "key", "provincial-integration")));
  }
}
