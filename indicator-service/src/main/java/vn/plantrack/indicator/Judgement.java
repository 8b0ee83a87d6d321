package vn.plantrack.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.plantrack.indicator.contract.Evaluation;

/** A coordinator's judgement of a qualitative target for one milestone year, with its reason. */
@Entity
@Table(name = "judgement")
@IdClass(Judgement.Key.class)
public class Judgement {
  @Id
  @Column(name = "indicator_id")
  public UUID indicatorId;

  @Id public int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Evaluation result;

  @Column(nullable = false)
  public String reason;

  @Column(name = "judged_at", nullable = false)
  public Instant judgedAt;

  @Column(name = "judged_by", nullable = false)
  public String judgedBy;

  /** The primary key: indicator and milestone year. */
  public static class Key implements Serializable {
    public UUID indicatorId;
    public int year;

    public Key() {}

    public Key(UUID indicatorId, int year) {
      this.indicatorId = indicatorId;
      this.year = year;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.year == year && Objects.equals(k.indicatorId, indicatorId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(indicatorId, year);
    }
  }
}
