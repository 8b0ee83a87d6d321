package vn.plantrack.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A gauge reads the state of the bean that registered it, also when an earlier bean of the same
 * class registered it in the same registry. Quarkus's injected registry is Micrometer's global
 * composite, which in test mode keeps every meter across application restarts: a gauge left there
 * by the previous application answered for the new one (task-service's BrokerRestartTest saw {@code
 * plantrack_broker_available} stay 1 with the broker down, only after other test classes).
 */
class OwnedGaugesTest {

  /** What a bean does: its gauges live as long as it does. */
  static final class Bean implements AutoCloseable {
    final AtomicLong value = new AtomicLong();
    final OwnedGauges gauges;

    Bean(MeterRegistry registry) {
      gauges = new OwnedGauges(registry);
      gauges.add(Gauge.builder("plantrack.test.state", value, AtomicLong::get).tag("k", "v"));
    }

    @Override
    public void close() {
      gauges.close();
    }
  }

  @Test
  void aNewBeanAnswersAfterTheOldOneIsGoneAlsoInACompositeThatOutlivesIt() {
    CompositeMeterRegistry composite = new CompositeMeterRegistry();
    composite.add(new SimpleMeterRegistry());
    Bean first = new Bean(composite);
    first.value.set(1);
    first.close();

    composite.add(new SimpleMeterRegistry()); // the next application's Prometheus registry
    Bean second = new Bean(composite);
    second.value.set(0);

    assertThat(composite.find("plantrack.test.state").gauges()).hasSize(1);
    assertThat(composite.get("plantrack.test.state").gauge().value()).isZero();
    second.close();
    assertThat(composite.find("plantrack.test.state").gauges()).isEmpty();
  }

  @Test
  void withoutRemovalTheFirstBeansGaugeWouldAnswerForTheSecond() {
    // The failure the class exists for, shown on Micrometer itself: same id, first gauge kept.
    MeterRegistry registry = new SimpleMeterRegistry();
    AtomicLong old = new AtomicLong(1);
    AtomicLong current = new AtomicLong(0);
    Gauge.builder("plantrack.test.stale", old, AtomicLong::get).register(registry);
    Gauge.builder("plantrack.test.stale", current, AtomicLong::get).register(registry);
    assertThat(registry.get("plantrack.test.stale").gauge().value()).isEqualTo(1);
  }

  @Test
  void theGaugeHoldsItsStateStrongly() {
    MeterRegistry registry = new SimpleMeterRegistry();
    OwnedGauges gauges = new OwnedGauges(registry);
    gauges.add(Gauge.builder("plantrack.test.strong", new AtomicLong(7), AtomicLong::get));
    System.gc();
    assertThat(registry.get("plantrack.test.strong").gauge().value()).isEqualTo(7);
    gauges.close();
    assertThat(registry.find("plantrack.test.strong").gauges()).isEmpty();
  }
}
