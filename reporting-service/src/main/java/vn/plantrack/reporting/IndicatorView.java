package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The read model's copy of an indicator, from plantrack.indicators: its targets and the evaluation
 * last announced per milestone year.
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
  public List<Target> targets = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public Map<String, String> evaluation = new LinkedHashMap<>();

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public record Target(
      int year,
      String text,
      String kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit) {}
}
