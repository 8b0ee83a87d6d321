package vn.plantrack.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.tracing.NoCollectorSpanExporter;

/**
 * W3C trace context through the gateway: the service is called inside the caller's trace (or a new
 * one), under a span the gateway recorded, never with the caller's span as its direct parent.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstream.class)
class GatewayTracingTest {
  private static final String TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

  @Inject InMemorySpanExporter spans;
  @Inject @Any Instance<SpanExporter> exporters;

  @BeforeEach
  void forgetEarlierSpans() {
    spans.reset();
  }

  @Test
  void aCallersTraceContinuesToTheServiceUnderTheGatewaysSpan() {
    String traceId = hex(16);
    String callerSpan = hex(8);
    JsonPath upstream =
        given()
            .auth()
            .oauth2(GatewayTest.validToken())
            .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
            .header("tracestate", "plantrack=kt")
            .header("X-Request-Id", "trace-1")
            .get("/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(upstream.getInt("traceparents")).isEqualTo(1);
    String traceparent = upstream.getString("traceparent");
    assertThat(traceparent).matches(TRACEPARENT);
    String[] parts = traceparent.split("-");
    assertThat(parts[1]).isEqualTo(traceId);
    assertThat(parts[2]).isNotEqualTo(callerSpan);
    assertThat(parts[3]).isEqualTo("01");
    assertThat(upstream.getString("tracestate")).isEqualTo("plantrack=kt");
    assertThat(upstream.getString("requestId")).isEqualTo("trace-1");

    // The service's parent is a span of the gateway, in that trace, descending from the caller's.
    SpanData parent = finished(parts[2]);
    assertThat(parent.getTraceId()).isEqualTo(traceId);
    SpanData server = parent;
    while (server.getKind() != SpanKind.SERVER) {
      server = finished(server.getParentSpanId());
    }
    assertThat(server.getParentSpanId()).isEqualTo(callerSpan);
    assertThat(server.getParentSpanContext().isRemote()).isTrue();
  }

  @Test
  void withoutATraceparentTheGatewayStartsANewTrace() {
    String first = upstreamTraceparent();
    String second = upstreamTraceparent();
    assertThat(first).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    assertThat(first.split("-")[1]).isNotEqualTo("0".repeat(32));
    assertThat(second.split("-")[1]).isNotEqualTo(first.split("-")[1]);

    SpanData parent = finished(first.split("-")[2]);
    assertThat(parent.getTraceId()).isEqualTo(first.split("-")[1]);
  }

  @Test
  void withoutACollectorSpansAreDroppedRatherThanSentToLocalhost() {
    // No OTEL_EXPORTER_OTLP_ENDPOINT here: a SpanExporter bean in place keeps Quarkus's OTLP
    // exporter (default localhost:4317) from being installed. TraceExportTest: the other way.
    assertThat(exporters.stream().map(Object::getClass).map(Class::getName))
        .anyMatch(name -> name.startsWith(NoCollectorSpanExporter.class.getName()));
  }

  private String upstreamTraceparent() {
    JsonPath upstream =
        given()
            .auth()
            .oauth2(GatewayTest.validToken())
            .get("/api/v1/tasks/1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(upstream.getInt("traceparents")).isEqualTo(1);
    return upstream.getString("traceparent");
  }

  /** The finished span with this id (spans are exported in batches: wait a little). */
  private SpanData finished(String spanId) {
    Optional<SpanData>[] found = new Optional[1];
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              found[0] =
                  spans.getFinishedSpanItems().stream()
                      .filter(s -> s.getSpanId().equals(spanId))
                      .findFirst();
              return found[0].isPresent();
            });
    return found[0].get();
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1; // never all zeros (an invalid id)
    return HexFormat.of().formatHex(random);
  }
}
