package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A measured value of an indicator for a period, as text ("12.5", "true", "Đạt"). */
@Entity
@Table(name = "measurement_view")
@IdClass(MeasurementView.Key.class)
public class MeasurementView {
  @Id
  @Column(name = "indicator_id")
  public UUID indicatorId;

  @Id public String period;

  @Column(name = "period_end", nullable = false)
  public LocalDate periodEnd;

  @Column(nullable = false)
  public String value;

  @Column(nullable = false)
  public long version;

  /** The primary key: indicator and period. */
  public static class Key implements Serializable {
    public UUID indicatorId;
    public String period;

    public Key() {}

    public Key(UUID indicatorId, String period) {
      this.indicatorId = indicatorId;
      this.period = period;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(k.indicatorId, indicatorId)
          && Objects.equals(k.period, period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(indicatorId, period);
    }
  }
}
