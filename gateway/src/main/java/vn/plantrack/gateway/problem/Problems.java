package vn.plantrack.gateway.problem;

import io.vertx.core.json.JsonObject;

/**
 * The gateway's own error answers, in the same RFC 9457 shape and type URIs as the services' (the
 * services build theirs with the platform library, which the gateway does not carry: it has no
 * database or broker).
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static String json(
      int status, String type, String title, String detail, String requestId) {
    JsonObject problem =
        new JsonObject()
            .put("type", "https://plantrack.vn/problems/" + type)
            .put("title", title)
            .put("status", status)
            .put("detail", detail);
    if (requestId != null) {
      problem.put("requestId", requestId);
    }
    return problem.encode();
  }
}
