package vn.plantrack.notification.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The daily digest's time: the next {@code hour}:00 in Asia/Ho_Chi_Minh strictly after a moment.
 */
public final class DigestClock {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private DigestClock() {}

  public static Instant next(int hour, Instant after) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour " + hour);
    }
    ZonedDateTime now = after.atZone(ZONE);
    LocalDate day = now.toLocalDate();
    ZonedDateTime at = day.atTime(hour, 0).atZone(ZONE);
    if (!at.toInstant().isAfter(after)) {
      at = day.plusDays(1).atTime(hour, 0).atZone(ZONE);
    }
    return at.toInstant();
  }
}
