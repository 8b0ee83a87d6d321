package vn.plantrack.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.platform.persistence.Stamped;

/**
 * A KPI of a plan's appendix: unit, direction, who leads, answers for and monitors it, a baseline,
 * and one target per milestone year. A group row ("7 Chỉ tiêu về thực hiện thủ tục hành chính…")
 * has no targets of its own and summarizes its children. Evaluation is derived as of a date, never
 * stored as the truth; {@code lastEvaluation} only remembers what was last announced.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends Stamped {
  @Id public UUID id;

  @Column(nullable = false, updatable = false)
  public String province;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public UUID planId;

  @Column(nullable = false)
  public String code;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public String name;

  public String unit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Counting counting;

  @Enumerated(EnumType.STRING)
  @Column(name = "value_type")
  public ValueType valueType;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lead_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> leadOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "responsible_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> responsibleOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "monitoring_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> monitoringOrgIds = new ArrayList<>();

  @Column(name = "baseline_value")
  public BigDecimal baselineValue;

  @Column(name = "baseline_text")
  public String baselineText;

  @Column(name = "baseline_year")
  public Integer baselineYear;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public List<Target> targets = new ArrayList<>();

  /** Milestone year → the evaluation last announced (as text, e.g. "ON_TRACK"). */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "last_evaluation", nullable = false, columnDefinition = "jsonb")
  public Map<String, String> lastEvaluation = new LinkedHashMap<>();

  @Version
  @Column(nullable = false)
  public long version;

  /** A milestone target: the document's words and their reading. */
  public record Target(
      int year,
      String text,
      String kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit,
      boolean rising,
      boolean needsReview,
      String note) {}
}
