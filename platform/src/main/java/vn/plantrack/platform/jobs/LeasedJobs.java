package vn.plantrack.platform.jobs;

import java.time.Instant;

/**
 * A service's table of jobs held by leases ({@link JobLeases}): a bean implementing it is renewed
 * and reaped by {@link JobHeartbeat} on every heartbeat and at start-up, with nothing scheduled of
 * its own.
 */
public interface LeasedJobs {
  /** The jobs, for the log: "plan import job(s)". */
  String what();

  /** Renews the leases of the jobs {@code owner} (this instance) runs. */
  void renewLeases(String owner, Instant now);

  /** Fails the jobs whose lease was last renewed before {@code expiredBefore}; how many. */
  long failExpired(Instant expiredBefore, Instant now);

  /** Fails the jobs {@code owner} (this instance) still runs as it stops; how many. */
  long failOwned(String owner, Instant now);
}
