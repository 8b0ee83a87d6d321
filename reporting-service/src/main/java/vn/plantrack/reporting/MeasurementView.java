package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision of a measured value of an indicator for a period: as text ("12.5", "true", "Đạt"),
 * and as the evaluation rule compares it (a number or a yes/no), with the day it was recorded
 * (null: before the events carried it).
 */
@Entity
@Table(name = "measurement_view")
@IdClass(MeasurementView.Key.class)
public class MeasurementView {
  @Id
  @Column(name = "indicator_id")
  public UUID indicatorId;

  @Id public String period;

  @Id public int revision;

  @Column(name = "period_end", nullable = false)
  public LocalDate periodEnd;

  @Column(nullable = false)
  public String value;

  @Column(name = "number_value")
  public BigDecimal numberValue;

  @Column(name = "boolean_value")
  public Boolean booleanValue;

  @Column(name = "recorded_on")
  public LocalDate recordedOn;

  @Column(nullable = false)
  public long version;

  /** The primary key: indicator, period and revision. */
  public static class Key implements Serializable {
    public UUID indicatorId;
    public String period;
    public int revision;

    public Key() {}

    public Key(UUID indicatorId, String period, int revision) {
      this.indicatorId = indicatorId;
      this.period = period;
      this.revision = revision;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.indicatorId, indicatorId)
          && Objects.equals(k.period, period)
          && k.revision == revision;
    }

    @Override
    public int hashCode() {
      return Objects.hash(indicatorId, period, revision);
    }
  }
}
