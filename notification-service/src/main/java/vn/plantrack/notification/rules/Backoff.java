package vn.plantrack.notification.rules;

import java.time.Duration;

/**
 * When a failed email is tried again: {@code first} after the first failure, doubling after each
 * one, never more than {@code longest}; after {@code attempts} failures it is FAILED for good.
 */
public record Backoff(Duration first, Duration longest, int attempts) {

  public Backoff {
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
      throw new IllegalArgumentException("backoff " + first + ", " + longest + ", " + attempts);
    }
  }

  /** Whether a delivery that has failed {@code failures} times is given up. */
  public boolean givesUp(int failures) {
    return failures >= attempts;
  }

  /** The wait before the next attempt after the {@code failures}-th failure (1, 2, …). */
  public Duration after(int failures) {
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
