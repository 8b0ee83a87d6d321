package vn.plantrack.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the services' background jobs (plan imports, report exports) share a database between
 * instances ({@code plantrack.jobs.*}): a job belongs to the instance that runs it ({@link
 * Instance}), which renews its lease every {@code heartbeat}; a job whose lease is older than
 * {@code lease} lost its instance and is failed (or taken over) by another one, never left running
 * forever. On shutdown an instance stops taking jobs and waits {@code drain-timeout} at most for
 * the running ones.
 */
@ConfigMapping(prefix = "plantrack.jobs")
public interface JobLeases {
  /** How often an instance renews the leases of the jobs it runs. */
  @WithDefault("10s")
  Duration heartbeat();

  /**
   * A job not renewed for this long lost its instance. Several heartbeats, so a slow one is fine.
   */
  @WithDefault("60s")
  Duration lease();

  /** How long a stopping instance waits for its running jobs (within quarkus.shutdown.timeout). */
  @WithDefault("20s")
  Duration drainTimeout();
}
