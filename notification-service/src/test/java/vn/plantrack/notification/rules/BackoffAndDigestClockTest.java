package vn.plantrack.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffAndDigestClockTest {
  static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 6);

  @ParameterizedTest(name = "after failure {0}: wait {1}, gives up {2}")
  @CsvSource({
    "1, PT1M, false",
    "2, PT2M, false",
    "3, PT4M, false",
    "5, PT16M, false",
    "6, PT32M, true",
    "9, PT1H, true",
  })
  void doublesUpToTheLongestAndGivesUpAfterTheAttempts(
      int failures, Duration wait, boolean givesUp) {
    assertThat(BACKOFF.after(failures)).isEqualTo(wait);
    assertThat(BACKOFF.givesUp(failures)).isEqualTo(givesUp);
  }

  /** Asia/Ho_Chi_Minh is UTC+7 all year. */
  @ParameterizedTest(name = "after {0}, hour {1} → {2}")
  @CsvSource({
    "2025-12-30T23:00:00Z, 7, 2025-12-31T00:00:00Z",
    "2025-12-31T00:00:00Z, 7, 2026-01-01T00:00:00Z",
    "2025-12-31T00:00:01Z, 7, 2026-01-01T00:00:00Z",
    "2025-12-30T16:59:59Z, 0, 2025-12-30T17:00:00Z",
    "2025-12-31T10:30:00Z, 23, 2025-12-31T16:00:00Z",
  })
  void theNextHourInVietnam(Instant after, int hour, Instant expected) {
    assertThat(DigestClock.next(hour, after)).isEqualTo(expected);
  }
}
