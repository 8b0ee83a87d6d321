package vn.plantrack.e2e;

import io.restassured.RestAssured;
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
import vn.plantrack.platform.test.contract.Contract;

/**
 * Every answer the end-to-end suite gets under {@code /api/} is checked against the gateway's
 * merged OpenAPI document ({@code GET /openapi}), as a client generated from that one file reads it
 * (a call made straight to a service, against that service's own document): a status the operation
 * does not document, or a JSON body (or an accepted request) its schema refuses, fails the test
 * that made the call. Plain HTTP calls ({@link Api}) and RestAssured's ({@link #install()}) alike.
 */
final class GatewayContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, Contract> DOCUMENTS = new ConcurrentHashMap<>();
  private static final OrderedFilter FILTER = new Filter();

  private GatewayContract() {}

  /** Checks RestAssured's calls too (idempotent). */
  static void install() {
    if (!RestAssured.filters().contains(FILTER)) {
      RestAssured.filters(FILTER);
    }
  }

  static void check(
      String method,
      URI uri,
      String requestType,
      byte[] requestBody,
      int status,
      String contentType,
      byte[] body) {
    check(
        method,
        uri,
        requestType,
        requestBody == null ? null : new String(requestBody, StandardCharsets.UTF_8),
        status,
        contentType,
        body == null ? null : new String(body, StandardCharsets.UTF_8));
  }

  static void check(
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
    List<String> problems =
        document(uri)
            .check(
                new Contract.Exchange(
                    method, uri.getPath(), requestType, requestBody, status, contentType, body));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The gateway's answer breaks its merged OpenAPI document: "
              + method
              + " "
              + uri.getPath()
              + " → "
              + status
              + "\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * The document of whatever answered: the gateway's merged one ({@code /openapi}), or, for the
   * calls a test makes straight to a service (the token attacks try every service), that service's
   * own ({@code /q/openapi}, which the gateway does not serve at {@code /openapi}).
   */
  private static Contract document(URI uri) {
    String base = uri.getScheme() + "://" + uri.getAuthority();
    return DOCUMENTS.computeIfAbsent(
        base,
        b -> {
          try {
            HttpResponse<String> merged = fetch(b + "/openapi");
            HttpResponse<String> answer =
                merged.statusCode() == 404 ? fetch(b + "/q/openapi?format=json") : merged;
            if (answer.statusCode() != 200) {
              throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode());
            }
            return Contract.of(Stack.JSON.readTree(answer.body()));
          } catch (Exception e) {
            throw new IllegalStateException("no OpenAPI document at " + b, e);
          }
        });
  }

  private static HttpResponse<String> fetch(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static final class Filter implements OrderedFilter {
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
  }
}
