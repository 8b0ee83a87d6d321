package vn.plantrack.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergedDocumentTest {
  private static final String OIDC =
      "http://localhost:8180/realms/plantrack/.well-known/openid-configuration";

  private static JsonNode json(String text) {
    try {
      return MergedDocument.JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final String PROBLEM =
      "{'type':'object','required':['type','title','status'],'properties':{'title':{'type':'string'}}}";

  private static JsonNode plan() {
    return json(
        "{'openapi':'3.1.0','tags':[{'name':'Plans'}],'paths':{'/api/v1/plans':{'get':{'responses':{'200':{}}}},"
            + "'/q/health':{'get':{}}},'components':{'schemas':{'Problem':"
            + PROBLEM
            + ",'PlanView':{'type':'object'}}}}");
  }

  private static JsonNode task() {
    return json(
        "{'openapi':'3.1.0','tags':[{'name':'Tasks'},{'name':'Plans'}],'paths':{'/api/v1/tasks/{id}':{'get':{},"
            + "'put':{}}},'components':{'schemas':{'Problem':"
            + PROBLEM
            + ",'TaskView':{'type':'object'}}}}");
  }

  private static Map<String, JsonNode> services(JsonNode... documents) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    for (int i = 0; i < documents.length; i++) {
      named.put(i == 0 ? "plan" : i == 1 ? "task" : "other" + i, documents[i]);
    }
    return named;
  }

  @Test
  void everyServicesPathsAndComponentsAreInOneDocument() {
    ObjectNode merged = MergedDocument.merge(services(plan(), task()), OIDC);

    assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(merged.path("paths").fieldNames())
        .toIterable()
        .containsExactly("/api/v1/plans", "/q/health", "/api/v1/tasks/{id}");
    assertThat(merged.path("components").path("schemas").fieldNames())
        .toIterable()
        .containsExactly("Problem", "PlanView", "TaskView");
    assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Plans", "Tasks");
  }

  @Test
  void everyApiOperationNeedsTheRealmsToken() {
    ObjectNode merged = MergedDocument.merge(services(plan(), task()), OIDC);

    JsonNode scheme =
        merged.path("components").path("securitySchemes").path(MergedDocument.SECURITY_SCHEME);
    assertThat(scheme.path("type").asText()).isEqualTo("openIdConnect");
    assertThat(scheme.path("openIdConnectUrl").asText()).isEqualTo(OIDC);
    for (String[] operation :
        new String[][] {
          {"/api/v1/plans", "get"}, {"/api/v1/tasks/{id}", "get"}, {"/api/v1/tasks/{id}", "put"}
        }) {
      assertThat(merged.path("paths").path(operation[0]).path(operation[1]).path("security"))
          .hasToString("[{\"keycloak\":[]}]");
    }
    assertThat(merged.path("paths").path("/q/health").path("get").has("security")).isFalse();
  }

  @Test
  void aComponentNamedAlikeWithOtherContentIsAClashNotOverwritten() {
    JsonNode other = json("{'paths':{},'components':{'schemas':{'PlanView':{'type':'string'}}}}");

    assertThatThrownBy(() -> MergedDocument.merge(services(plan(), task(), other), OIDC))
        .isInstanceOfSatisfying(
            MergedDocument.Clash.class,
            clash ->
                assertThat(clash.clashes())
                    .containsExactly(
                        "components.schemas.PlanView: plan and other2 define it differently"));
  }

  @Test
  void aPathTwoServicesDescribeAlikeIsOnePath() {
    JsonNode other =
        json("{'paths':{'/api/v1/plans':{'get':{'responses':{'200':{}}}}},'components':{}}");

    ObjectNode merged = MergedDocument.merge(services(plan(), task(), other), OIDC);

    assertThat(merged.path("paths").path("/api/v1/plans").path("get").path("responses").size())
        .isEqualTo(1);
  }

  @Test
  void aPathTwoServicesDescribeDifferentlyIsAClash() {
    JsonNode other = json("{'paths':{'/api/v1/plans':{'post':{}}}}");

    assertThatThrownBy(() -> MergedDocument.merge(services(plan(), task(), other), OIDC))
        .isInstanceOfSatisfying(
            MergedDocument.Clash.class,
            clash ->
                assertThat(clash.clashes()).containsExactly("path /api/v1/plans: plan and other2"));
  }

  @Test
  void theServicesDocumentsAreLeftAsTheyWere() {
    JsonNode plan = plan();
    JsonNode before = plan.deepCopy();

    MergedDocument.merge(services(plan, task()), OIDC);

    assertThat(plan).isEqualTo(before);
  }
}
