package vn.plantrack.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Where finished spans go while no collector is configured: nowhere (API.md, Tracing).
 *
 * <p>Trace context is always generated and propagated (HTTP, outbox, Kafka); only the export is
 * conditional. Quarkus installs its OTLP exporter unless a {@link SpanExporter} bean can be looked
 * up, and its default endpoint is localhost:4317, where nothing listens here: every batch would
 * fail and log. So this bean exists for lookups exactly while neither {@code
 * quarkus.otel.exporter.otlp.endpoint} (set from {@code OTEL_EXPORTER_OTLP_ENDPOINT}) nor {@code
 * quarkus.otel.exporter.otlp.traces.endpoint} is set; once one is, it steps aside and the spans go
 * to that collector. The gateway and every service run this one bean.
 */
@Singleton
@LookupIfProperty(
    name = "quarkus.otel.exporter.otlp.endpoint",
    stringValue = "",
    lookupIfMissing = true)
@LookupIfProperty(
    name = "quarkus.otel.exporter.otlp.traces.endpoint",
    stringValue = "",
    lookupIfMissing = true)
public class NoCollectorSpanExporter implements SpanExporter {
  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
