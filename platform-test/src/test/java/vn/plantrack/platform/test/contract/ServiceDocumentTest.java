package vn.plantrack.platform.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ServiceDocumentTest {
  private static final String DOCUMENT =
      """
      {"openapi": "3.1.0",
       "paths": {
         "/api/v1/tasks/{id}": {"get": {"responses": {
           "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}},
           "4XX": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
         "/api/v1/tasks/summary": {"get": {"responses": {"200": {"content": {"*/*": {"schema": {}}}}}}}
       },
       "components": {"schemas": {
         "UUID": {"type": "string", "format": "uuid"},
         "Task": {"type": "object", "required": ["id"], "properties": {
           "id": {"$ref": "#/components/schemas/UUID"},
           "title": {"type": "string"},
           "parentId": {"anyOf": [{"$ref": "#/components/schemas/UUID"}, {"type": "null"}]},
           "description": {"type": ["string", "null"]}}}}}}
      """;

  private final ServiceDocument document = document();

  private static ServiceDocument document() {
    try {
      return new ServiceDocument(ServiceDocument.JSON.readTree(DOCUMENT));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) throws Exception {
    return ServiceDocument.JSON.readTree(text);
  }

  @Test
  void aLiteralPathWinsOverATemplateAndUnknownPathsAreNotOperations() {
    assertThat(document.operation("GET", "/api/v1/tasks/summary").orElseThrow().template())
        .isEqualTo("/api/v1/tasks/summary");
    assertThat(document.operation("GET", "/api/v1/tasks/42").orElseThrow().template())
        .isEqualTo("/api/v1/tasks/{id}");
    assertThat(document.operation("GET", "/api/v1/tasks/42/history")).isEmpty();
    assertThat(document.operation("DELETE", "/api/v1/tasks/42").orElseThrow().node()).isNull();
  }

  @Test
  void aStatusIsDocumentedByItsCodeItsClassOrNotAtAll() {
    ServiceDocument.Operation get = document.operation("GET", "/api/v1/tasks/42").orElseThrow();
    assertThat(ServiceDocument.response(get, 200)).isPresent();
    assertThat(ServiceDocument.response(get, 404)).isPresent();
    assertThat(ServiceDocument.response(get, 201)).isEmpty();
    ServiceDocument.Operation summary =
        document.operation("GET", "/api/v1/tasks/summary").orElseThrow();
    JsonNode any =
        ServiceDocument.schema(
                ServiceDocument.response(summary, 200).orElseThrow(), "application/json")
            .orElseThrow();
    assertThat(ServiceDocument.saysNothing(any)).isTrue();
  }

  @Test
  void aNullWhereTheDocumentSaysNeverIsAViolationAndWhereItSaysMaybeIsNot() throws Exception {
    JsonNode schema =
        ServiceDocument.schema(
                ServiceDocument.response(
                        document.operation("GET", "/api/v1/tasks/42").orElseThrow(), 200)
                    .orElseThrow(),
                "application/json")
            .orElseThrow();
    assertThat(
            document.violations(
                schema,
                json(
                    "{\"id\": \"6f1c1c52-9d55-4c39-9a55-3c0f4f6a2b11\", \"title\": \"Đề án\","
                        + " \"parentId\": null, \"description\": null}")))
        .isEmpty();
    assertThat(document.violations(schema, json("{\"id\": \"x\", \"title\": null}")))
        .singleElement()
        .asString()
        .contains("title");
    assertThat(document.violations(schema, json("{\"title\": \"Đề án\"}")))
        .singleElement()
        .asString()
        .contains("id");
  }
}
