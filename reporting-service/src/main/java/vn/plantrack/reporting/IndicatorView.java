package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.indicator.contract.IndicatorEvents;

/**
 * The read model's copy of an indicator, from plantrack.indicators: its targets and the facts
 * indicator-contract's evaluation rule reads (direction, baseline, the day it was created). Its
 * values are {@link MeasurementView}s, its judgements in {@code indicator_judgement_view}.
 */
@Entity
@Table(name = "indicator_view")
public class IndicatorView {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(nullable = false)
  public String code;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public String name;

  public String unit;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lead_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> leadOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "monitoring_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> monitoringOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public List<IndicatorEvents.TargetData> targets = new ArrayList<>();

  /** A {@code Direction} of indicator-contract; null in rows kept before it was carried. */
  public String direction;

  @Column(name = "baseline_value")
  public BigDecimal baselineValue;

  @Column(name = "baseline_year")
  public Integer baselineYear;

  @Column(name = "created_on")
  public LocalDate createdOn;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
