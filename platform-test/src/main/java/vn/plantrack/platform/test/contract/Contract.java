package vn.plantrack.platform.test.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One OpenAPI document's word on exchanges, whoever made them: the RestAssured filter of the
 * services' tests ({@link ContractValidation}, against the service's own document) and the
 * end-to-end suite's plain HTTP calls through the gateway (against the gateway's merged document).
 * An answer keeps the document's word when its status is documented for the operation and its JSON
 * body matches the documented schema; a request the service accepted (2xx) must match its
 * documented request body.
 */
public final class Contract {
  private final ServiceDocument document;

  private Contract(ServiceDocument document) {
    this.document = document;
  }

  /** The contract an OpenAPI 3.1 document states. */
  public static Contract of(JsonNode openApi) {
    return new Contract(new ServiceDocument(openApi));
  }

  /** One exchange as its parts: the request, and the answer's status, content type and body. */
  public record Exchange(
      String method,
      String path,
      String requestContentType,
      String requestBody,
      int status,
      String contentType,
      String body) {}

  /** The documented operation an exchange calls ("GET /api/v1/tasks/{id}"), if any. */
  public Optional<String> operation(String method, String path) {
    return document.operation(method, path).filter(o -> o.node() != null).map(o -> o.name());
  }

  /** The document's objections to one exchange (empty: it keeps its word). */
  public List<String> check(Exchange exchange) {
    Optional<ServiceDocument.Operation> found =
        document.operation(exchange.method(), exchange.path());
    int status = exchange.status();
    List<String> problems = new ArrayList<>();
    if (found.isEmpty() || found.get().node() == null) {
      // An undocumented path or method may only be refused as unknown.
      if (status != 404 && status != 405) {
        problems.add("the operation is not in the document");
      }
      return problems;
    }
    ServiceDocument.Operation operation = found.get();
    Optional<JsonNode> answer = ServiceDocument.response(operation, status);
    if (answer.isEmpty()) {
      problems.add(
          operation.name() + " does not document status " + status + ": " + exchange.body());
      return problems;
    }
    String contentType = mediaType(exchange.contentType());
    String body = exchange.body() == null ? "" : exchange.body();
    if (contentType.endsWith("json") && !body.isBlank()) {
      Optional<JsonNode> schema = ServiceDocument.schema(answer.get(), contentType);
      if (schema.isEmpty()) {
        problems.add(operation.name() + " " + status + " documents no " + contentType + " body");
      } else if (ServiceDocument.saysNothing(schema.get())) {
        problems.add(operation.name() + " " + status + " documents its body as {} (any)");
      } else {
        document.violations(schema.get(), read(body)).stream()
            .map(v -> operation.name() + " " + status + " body: " + v)
            .forEach(problems::add);
      }
    }
    if (status / 100 == 2 && exchange.requestBody() != null) {
      String requestType = mediaType(exchange.requestContentType());
      JsonNode requestBody = operation.node().path("requestBody");
      if (requestType.endsWith("json") && !requestBody.isMissingNode()) {
        ServiceDocument.schema(requestBody, requestType)
            .filter(s -> !ServiceDocument.saysNothing(s))
            .ifPresent(
                s ->
                    document.violations(s, read(exchange.requestBody())).stream()
                        .map(
                            v ->
                                operation.name() + " accepted a request its document refuses: " + v)
                        .forEach(problems::add));
      }
    }
    return problems;
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "";
    }
    return contentType.split(";")[0].trim().toLowerCase();
  }

  private static JsonNode read(String body) {
    try {
      return ServiceDocument.JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
