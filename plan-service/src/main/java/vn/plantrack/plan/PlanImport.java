package vn.plantrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A plan document read into a DRAFT plan: what was read (tasks and indicators with their
 * organizations resolved), and every doubt as a warning pointing at the source line.
 */
@Entity
@Table(name = "plan_import")
public class PlanImport {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  /** DRAFT until the coordinator confirms it. */
  @Column(nullable = false)
  public String status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public Result result;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  /** What the import found, ready for review. */
  public record Result(
      Counts counts,
      List<Warning> warnings,
      List<ImportedTask> tasks,
      List<ImportedIndicator> indicators) {}

  public record Counts(
      int sections, int tasks, int subTasks, int indicators, int subIndicators, int warnings) {}

  /** A doubt for the coordinator: where (line), what kind, and the words concerned. */
  public record Warning(int line, String kind, String message, String excerpt) {}

  /** An organization name as printed and what the directory made of it (null: not resolved). */
  public record Agency(String name, UUID orgId, String orgName, Double score) {}

  public record ImportedTask(
      String code,
      String printedCode,
      String parentCode,
      String sectionCode,
      String title,
      List<Agency> lead,
      List<Agency> cooperating,
      String output,
      String deadlineText,
      int line) {}

  public record ImportedIndicator(
      String code,
      String parentCode,
      String name,
      String unit,
      String baselineText,
      List<Target> targets,
      List<Agency> monitoring,
      boolean group,
      int line) {}

  public record Target(Integer year, String text) {}
}
