package vn.plantrack.platform.test.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer under {@code /api/} is checked against the OpenAPI document of whoever answered
 * ({@link Contract}), as a client generated from it would read it; a mismatch fails the test that
 * made the call ({@link AssertionError}). As a RestAssured filter, or called with an exchange's
 * parts ({@link #check(String, URI, String, String, int, String, String)}) by plain HTTP clients.
 *
 * <p>The services' tests read each service's own document ({@link #INSTANCE}, switched on per
 * module by the system property {@code plantrack.contract.validation} through {@link
 * ContractCallback}); the end-to-end suite reads the gateway's merged one ({@link #reading}).
 */
public final class ContractValidation implements OrderedFilter {
  public static final String SWITCH = "plantrack.contract.validation";
  static final ContractValidation INSTANCE =
      new ContractValidation(List.of("/q/openapi?format=json"));

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final List<String> documentPaths;
  private final Map<String, Contract> documents = new ConcurrentHashMap<>();

  private ContractValidation(List<String> documentPaths) {
    this.documentPaths = List.copyOf(documentPaths);
  }

  /**
   * A check reading each server's document from the first of {@code documentPaths} that it serves
   * (a gateway's merged {@code /openapi}, else a service's own {@code /q/openapi?format=json}).
   */
  public static ContractValidation reading(String... documentPaths) {
    return new ContractValidation(List.of(documentPaths));
  }

  /** Whether this module's tests check their answers. */
  public static boolean enabled() {
    return Boolean.parseBoolean(System.getProperty(SWITCH, "false"));
  }

  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification expected,
      FilterContext context) {
    Response response = context.next(request, expected);
    Object body = request.getBody();
    check(
        request.getMethod(),
        URI.create(request.getURI()),
        request.getContentType(),
        body == null ? null : body.toString(),
        response.getStatusCode(),
        response.getContentType(),
        response.asString());
    return response;
  }

  /**
   * Fails ({@link AssertionError}) when the exchange breaks the document; outside /api/, nothing.
   */
  public void check(
      String method,
      URI uri,
      String requestType,
      String requestBody,
      int status,
      String contentType,
      String body) {
    if (uri.getPath() == null || !uri.getPath().startsWith("/api/")) {
      return;
    }
    Contract contract = document(uri);
    List<String> problems =
        contract.check(
            new Contract.Exchange(
                method, uri.getPath(), requestType, requestBody, status, contentType, body));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The answer breaks its OpenAPI document: "
              + method
              + " "
              + uri.getPath()
              + " → "
              + status
              + "\n  "
              + String.join("\n  ", problems));
    }
    if (ExampleRecorder.enabled()) {
      contract
          .operation(method, uri.getPath())
          .ifPresent(
              op -> ExampleRecorder.offer(op, requestType, requestBody, status, contentType, body));
    }
  }

  private Contract document(URI uri) {
    String base = uri.getScheme() + "://" + uri.getAuthority();
    return documents.computeIfAbsent(
        base,
        b -> {
          for (String path : documentPaths) {
            try {
              HttpResponse<String> answer =
                  HTTP.send(
                      HttpRequest.newBuilder(URI.create(b + path)).build(),
                      HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
              if (answer.statusCode() == 200) {
                return Contract.of(ServiceDocument.JSON.readTree(answer.body()));
              }
            } catch (Exception e) {
              throw new IllegalStateException("no OpenAPI document at " + b + path, e);
            }
          }
          throw new IllegalStateException("no OpenAPI document at " + b + " " + documentPaths);
        });
  }

  /** A new application may serve another document on the same port: read it again. */
  void forget() {
    documents.clear();
  }
}
