package vn.plantrack.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The current value of an indicator for one period ({@code 2025}, {@code 2025-H1}, {@code 2025-Q2},
 * {@code 2025-06}): a number, a yes/no or a text, by the indicator's value type. A correction
 * overwrites it, raises the revision, and leaves the old value in the audit trail.
 */
@Entity
@Table(name = "measurement")
public class Measurement {
  @Id public UUID id;

  @Column(name = "indicator_id", nullable = false, updatable = false)
  public UUID indicatorId;

  @Column(nullable = false, updatable = false)
  public String period;

  @Column(name = "period_end", nullable = false, updatable = false)
  public LocalDate periodEnd;

  @Column(name = "number_value")
  public BigDecimal numberValue;

  @Column(name = "boolean_value")
  public Boolean booleanValue;

  @Column(name = "text_value")
  public String textValue;

  public String source;

  public String note;

  @Column(name = "org_id")
  public UUID orgId;

  @Column(nullable = false)
  public int revision;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  /** The value as JSON would carry it. */
  public Object value() {
    if (numberValue != null) {
      // The column keeps six decimals; the value is the number as written (12, not 12.000000).
      BigDecimal plain = numberValue.stripTrailingZeros();
      return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
    return booleanValue != null ? booleanValue : textValue;
  }
}
