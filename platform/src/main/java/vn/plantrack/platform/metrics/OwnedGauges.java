package vn.plantrack.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gauges a bean registers, removed when the bean is destroyed ({@link #close()} from its
 * {@code @PreDestroy}). The one way a PlantRack bean registers a gauge.
 *
 * <p>Why: Micrometer returns the existing meter when a second one with the same name and tags is
 * registered, and the registry Quarkus injects is the global composite, which outside dev mode
 * keeps its meters when an application stops. In a test JVM that restarts the application, a gauge
 * left by the previous application would keep answering from a dead bean (a broker gauge stuck at 1
 * with the broker down). Gauges hold their state strongly here, so a gauge never turns NaN while
 * its bean lives.
 */
public final class OwnedGauges implements AutoCloseable {
  private final MeterRegistry registry;
  private final List<Gauge> gauges = new CopyOnWriteArrayList<>();

  public OwnedGauges(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Registers the gauge (its state held strongly) for as long as the owner lives. */
  public Gauge add(Gauge.Builder<?> builder) {
    Gauge gauge = builder.strongReference(true).register(registry);
    gauges.add(gauge);
    return gauge;
  }

  /** Removes every gauge this owner registered. */
  @Override
  public void close() {
    for (Gauge gauge : gauges) {
      registry.remove(gauge);
    }
    gauges.clear();
  }
}
