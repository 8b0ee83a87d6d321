package vn.plantrack.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.tracing.NoCollectorSpanExporter;

/**
 * Once OTEL_EXPORTER_OTLP_ENDPOINT names a collector, the drop-everything exporter steps aside, so
 * Quarkus installs its OTLP exporter (without one, GatewayTracingTest's application has it).
 */
@QuarkusTest
@TestProfile(TraceExportTest.WithCollector.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstream.class)
class TraceExportTest {
  /** The environment variable, as the config expression in application.properties reads it. */
  public static class WithCollector implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317");
    }
  }

  @Inject @Any Instance<SpanExporter> exporters;

  @Test
  void aConfiguredCollectorTurnsTheDroppingExporterOff() {
    assertThat(exporters.stream().map(Object::getClass).map(Class::getName))
        .isNotEmpty()
        .noneMatch(name -> name.startsWith(NoCollectorSpanExporter.class.getName()));
  }
}
