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
 * Every answer a test receives is checked against the service's own OpenAPI document, as a client
 * generated from it would read it: the status must be documented for the operation, a JSON body
 * must match the documented schema, and a request the service accepted (2xx) must match its
 * documented request body. A mismatch fails the test that made the call ({@link AssertionError}).
 *
 * <p>Calls outside the document's paths (health, metrics, the document itself) are not checked.
 * Switched on for a module's tests by the system property {@code plantrack.contract.validation}
 * (the module's surefire configuration), through {@link ContractCallback}.
 */
public final class ContractValidation implements OrderedFilter {
  public static final String SWITCH = "plantrack.contract.validation";
  static final ContractValidation INSTANCE = new ContractValidation();

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final Map<String, Contract> documents = new ConcurrentHashMap<>();

  private ContractValidation() {}

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
    URI uri = URI.create(request.getURI());
    if (!uri.getPath().startsWith("/api/")) {
      return response;
    }
    List<String> problems = check(uri, request, response);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The answer breaks the service's OpenAPI document: "
              + request.getMethod()
              + " "
              + uri.getPath()
              + " → "
              + response.getStatusCode()
              + "\n  "
              + String.join("\n  ", problems));
    }
    return response;
  }

  /** The document's objections to one exchange (empty: it keeps its word). */
  List<String> check(URI uri, FilterableRequestSpecification request, Response response) {
    Object body = request.getBody();
    return document(uri)
        .check(
            new Contract.Exchange(
                request.getMethod(),
                uri.getPath(),
                request.getContentType(),
                body == null ? null : body.toString(),
                response.getStatusCode(),
                response.getContentType(),
                response.asString()));
  }

  private Contract document(URI uri) {
    String base = uri.getScheme() + "://" + uri.getAuthority();
    return documents.computeIfAbsent(
        base,
        b -> {
          try {
            HttpResponse<String> answer =
                HTTP.send(
                    HttpRequest.newBuilder(URI.create(b + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Contract.of(ServiceDocument.JSON.readTree(answer.body()));
          } catch (Exception e) {
            throw new IllegalStateException("no OpenAPI document at " + b, e);
          }
        });
  }

  /** A new application may serve another document on the same port: read it again. */
  void forget() {
    documents.clear();
  }
}
