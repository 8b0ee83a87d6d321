package vn.plantrack.gateway.routing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A circuit breaker for one service: after {@code threshold} consecutive failures (unreachable or
 * timed out) it opens, and calls are answered 503 at once instead of waiting on a dead service;
 * after {@code openFor} one call is let through (half open): success closes it, failure opens it
 * again.
 */
final class Breaker {
  private final int threshold;
  private final long openForNanos;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicLong openUntil = new AtomicLong();

  Breaker(int threshold, Duration openFor) {
    this.threshold = threshold;
    this.openForNanos = openFor.toNanos();
  }

  /** Whether a call may go to the service now; claims the half-open trial when it is due. */
  boolean allows() {
    long until = openUntil.get();
    if (until == 0) {
      return true;
    }
    long now = System.nanoTime();
    // One caller wins the trial; the others keep getting 503 until it answers.
    return now - until >= 0 && openUntil.compareAndSet(until, now + openForNanos);
  }

  /** Seconds until the next trial, for Retry-After. */
  long retryAfterSeconds() {
    long left = openUntil.get() - System.nanoTime();
    return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }

  void success() {
    failures.set(0);
    openUntil.set(0);
  }

  void failure() {
    if (failures.incrementAndGet() >= threshold) {
      openUntil.set(System.nanoTime() + openForNanos);
    }
  }
}
