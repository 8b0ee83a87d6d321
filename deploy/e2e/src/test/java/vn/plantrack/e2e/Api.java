package vn.plantrack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Plain HTTP calls for the tests that make hundreds of them (the authorization matrix, the token
 * attacks). A 429 of the gateway's rate limits is waited out (Retry-After) and the call repeated,
 * as a well-behaved client does: it is never the answer a case is judged by.
 */
final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  /** An answer: status, headers and body. */
  record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String body() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return Stack.JSON.readTree(bytes);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body(), e);
      }
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  static Answer get(String url, String token) {
    return call("GET", url, token, Map.of(), null);
  }

  static Answer post(String url, String token, String json) {
    return call("POST", url, token, Map.of("Content-Type", "application/json"), json);
  }

  /**
   * One call; {@code token} null sends no Authorization header, {@code body} null sends none.
   * Headers name the content type when there is a body.
   */
  static Answer call(
      String method, String url, String token, Map<String, String> headers, String body) {
    return send(
        method,
        url,
        token,
        headers,
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The bytes a GET answers (a workbook to upload again), or an error naming the status. */
  static byte[] bytes(String url, String token) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One call with a body of bytes (null: none). */
  static Answer send(
      String method, String url, String token, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    HttpRequest built = request.build();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + url + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (response.statusCode() == 429 && attempt < 60) {
        long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        sleep(Duration.ofSeconds(Math.max(1, seconds)));
        continue;
      }
      GatewayContract.check(
          method,
          built.uri(),
          headers.get("Content-Type"),
          body,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
      return new Answer(response.statusCode(), response.headers(), response.body());
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
