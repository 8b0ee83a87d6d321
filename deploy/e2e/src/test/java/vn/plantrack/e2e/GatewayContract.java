package vn.plantrack.e2e;

import io.restassured.RestAssured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import vn.plantrack.platform.test.contract.ContractValidation;

/**
 * Every answer the end-to-end suite gets under {@code /api/} is checked against the gateway's
 * merged OpenAPI document ({@code GET /openapi}), as a client generated from that one file reads it
 * (a call made straight to a service, against that service's own): platform-test's {@link
 * ContractValidation}, for plain HTTP calls ({@link Api}) and RestAssured's ({@link #install()}).
 */
final class GatewayContract {
  private static final ContractValidation CHECK =
      ContractValidation.reading("/openapi", "/q/openapi?format=json");

  private GatewayContract() {}

  /** Checks RestAssured's calls too (idempotent). */
  static void install() {
    if (!RestAssured.filters().contains(CHECK)) {
      RestAssured.filters(CHECK);
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
    CHECK.check(
        method,
        uri,
        requestType,
        requestBody == null ? null : new String(requestBody, StandardCharsets.UTF_8),
        status,
        contentType,
        body == null ? null : new String(body, StandardCharsets.UTF_8));
  }
}
