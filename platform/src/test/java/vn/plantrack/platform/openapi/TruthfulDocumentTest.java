package vn.plantrack.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class TruthfulDocumentTest {

  private static Schema string() {
    return OASFactory.createSchema().addType(SchemaType.STRING);
  }

  @Test
  void aPropertyNotRequiredMayBeNullAndARequiredOneMayNot() {
    Schema task =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .addProperty("id", string())
            .addProperty("description", string())
            .addProperty("parentId", OASFactory.createSchema().ref("UUID").description("parent"))
            .addProperty(
                "status",
                OASFactory.createSchema()
                    .addType(SchemaType.STRING)
                    .enumeration(List.of("OPEN", "DONE")))
            .addProperty(
                "value",
                OASFactory.createSchema()
                    .addOneOf(OASFactory.createSchema().addType(SchemaType.NUMBER))
                    .addOneOf(string()))
            .addRequired("id");
    TruthfulDocument.nullableUnlessRequired(task);

    assertThat(task.getProperties().get("id").getType()).containsExactly(SchemaType.STRING);
    assertThat(task.getProperties().get("description").getType())
        .containsExactly(SchemaType.STRING, SchemaType.NULL);
    Schema parent = task.getProperties().get("parentId");
    assertThat(parent.getDescription()).isEqualTo("parent");
    assertThat(parent.getAnyOf()).hasSize(2);
    assertThat(parent.getAnyOf().get(0).getRef()).isEqualTo("#/components/schemas/UUID");
    assertThat(parent.getAnyOf().get(1).getType()).containsExactly(SchemaType.NULL);
    assertThat(task.getProperties().get("status").getEnumeration())
        .containsExactly("OPEN", "DONE", null);
    Schema value = task.getProperties().get("value");
    assertThat(value.getAnyOf()).hasSize(2);
    assertThat(value.getAnyOf().get(0).getOneOf()).hasSize(2);
    assertThat(value.getAnyOf().get(1).getType()).containsExactly(SchemaType.NULL);
  }

  @Test
  void eachOperationDocumentsTheRefusalsItsKindCanGive() {
    Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
    Operation post =
        OASFactory.createOperation()
            .requestBody(OASFactory.createRequestBody())
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse(
                        "422",
                        OASFactory.createAPIResponse()
                            .description("its own")
                            .content(
                                OASFactory.createContent()
                                    .addMediaType(
                                        "application/problem+json",
                                        OASFactory.createMediaType().schema(string())))));
    OpenAPI document =
        OASFactory.createOpenAPI()
            .paths(
                OASFactory.createPaths()
                    .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(get))
                    .addPathItem("/api/v1/things", OASFactory.createPathItem().POST(post))
                    .addPathItem(
                        "/q/health",
                        OASFactory.createPathItem().GET(OASFactory.createOperation())));
    new TruthfulDocument().filterOpenAPI(document);

    assertThat(get.getResponses().getAPIResponses())
        .containsOnlyKeys("400", "401", "403", "404", "429", "503");
    assertThat(post.getResponses().getAPIResponses())
        .containsOnlyKeys("400", "401", "403", "409", "412", "413", "415", "422", "429", "503");
    assertThat(get.getResponses().getAPIResponse("429").getDescription()).contains("rate limit");
    assertThat(post.getResponses().getAPIResponse("422").getDescription()).isEqualTo("its own");
    Operation put = OASFactory.createOperation().requestBody(OASFactory.createRequestBody());
    document
        .getPaths()
        .addPathItem("/api/v1/things/{id}/name", OASFactory.createPathItem().PUT(put));
    new TruthfulDocument().filterOpenAPI(document);
    assertThat(put.getResponses().getAPIResponses()).containsKey("428");
    assertThat(post.getResponses().getAPIResponses()).doesNotContainKey("428");
    assertThat(
            get.getResponses()
                .getAPIResponse("404")
                .getContent()
                .getMediaType("application/problem+json")
                .getSchema()
                .getRef())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    assertThat(document.getPaths().getPathItem("/q/health").getGET().getResponses()).isNull();
  }
}
