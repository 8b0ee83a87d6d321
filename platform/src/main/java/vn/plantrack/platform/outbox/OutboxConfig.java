package vn.plantrack.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Outbox settings ({@code plantrack.outbox.*}). */
@ConfigMapping(prefix = "plantrack.outbox")
public interface OutboxConfig {
  /**
   * The CloudEvents {@code source} of this service's events, e.g. {@code /plantrack/task-service}.
   */
  String source();

  /** Rows relayed per round trip. */
  @WithDefault("200")
  int batchSize();

  /**
   * How long the relay waits for the broker's acknowledgement of one batch before retrying later.
   */
  @WithDefault("15s")
  Duration sendTimeout();

  /** Relayed rows are kept this long (for audit and replays), then deleted. */
  @WithDefault("7d")
  Duration retention();

  /** Whether this instance relays at all (off in tests that drive the relay themselves). */
  @WithDefault("true")
  boolean relayEnabled();
}
