package vn.plantrack.reporting.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import vn.plantrack.plan.contract.Frequency;

/**
 * The id of a unit's report, made from its plan, period and unit, so that the reads can show a
 * report nobody stored yet under the id it keeps once stored.
 *
 * <p>The id carries its period (a UUID of version 8): 24 of its bits are the period's kind, year
 * and number, the other 98 a SHA-256 of plan, period and unit. A report is then found by its id
 * among the plans' units alone, whatever its period; an ad hoc period is marked as ad hoc, and is
 * one of its plan's few ad hoc periods.
 */
public final class UnitReportId {
  private static final int PERIOD_SHIFT = 38;
  private static final long HASH_BITS = (1L << PERIOD_SHIFT) - 1;
  private static final List<Frequency> KINDS =
      List.of(
          Frequency.WEEKLY,
          Frequency.MONTHLY,
          Frequency.QUARTERLY,
          Frequency.SIX_MONTHS,
          Frequency.NINE_MONTHS,
          Frequency.YEARLY,
          Frequency.AD_HOC);

  private UnitReportId() {}

  /** The id of the unit's report of the period ({@code period} a canonical period id). */
  public static UUID of(UUID planId, String period, UUID orgId) {
    ReportingPeriodId p = ReportingPeriodId.parse(period);
    ByteBuffer hash =
        ByteBuffer.wrap(
            sha256("plantrack/reporting/unit-report/" + planId + "/" + period + "/" + orgId));
    long msb = (hash.getLong() & ~0xF000L) | 0x8000L;
    long code = ((long) (KINDS.indexOf(p.frequency()) + 1) << 20);
    if (p.frequency() != Frequency.AD_HOC) {
      code |= ((long) p.year() << 6) | p.number();
    }
    long lsb = (0b10L << 62) | (code << PERIOD_SHIFT) | (hash.getLong() & HASH_BITS);
    return new UUID(msb, lsb);
  }

  /**
   * The periods an id may have been made from: its period; the plan's ad hoc periods ({@code
   * adHocPeriods}) for an ad hoc one; none for an id of another form (reports stored before kept
   * random ids, or ids hashed from their key).
   */
  public static List<String> periods(UUID id, List<String> adHocPeriods) {
    if (id.version() != 8 || id.variant() != 2) {
      return List.of();
    }
    int code = (int) ((id.getLeastSignificantBits() >>> PERIOD_SHIFT) & 0xFFFFFF);
    int kind = code >>> 20;
    if (kind < 1 || kind > KINDS.size()) {
      return List.of();
    }
    Frequency frequency = KINDS.get(kind - 1);
    if (frequency == Frequency.AD_HOC) {
      return adHocPeriods;
    }
    try {
      return List.of(
          new ReportingPeriodId(frequency, (code >>> 6) & 0x3FFF, code & 0x3F, null).toString());
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
