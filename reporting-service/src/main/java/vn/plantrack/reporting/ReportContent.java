package vn.plantrack.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of a unit's report as of {@code asOf}: its tasks (with status, timeliness, latest
 * progress, and who leads and cooperates) and its indicators (with the value recorded by then and
 * the evaluation). {@code asOf} is the day of the submission for a submitted report, today for a
 * draft, and never after the period's window end.
 */
public record ReportContent(
    LocalDate asOf,
    Map<String, Integer> timeliness,
    List<TaskLine> tasks,
    List<IndicatorLine> indicators) {

  public record TaskLine(
      UUID id,
      String code,
      String title,
      String deadlineText,
      String status,
      int progressPercent,
      String timeliness,
      String latestNote,
      @Schema(description = "The agencies that lead the task (chủ trì)") List<Agency> leads,
      @Schema(description = "The agencies that cooperate on it (phối hợp)")
          List<Agency> cooperating) {

    /** Content frozen before agencies were recorded reads with none. */
    public TaskLine {
      leads = leads == null ? List.of() : List.copyOf(leads);
      cooperating = cooperating == null ? List.of() : List.copyOf(cooperating);
    }
  }

  /**
   * An agency as the report names it: its name in the read model when the line was built, or the
   * id's text for an organization the read model does not know.
   */
  public record Agency(UUID orgId, String name) {}

  public record IndicatorLine(
      UUID id,
      String code,
      String name,
      String unit,
      Integer milestone,
      String target,
      String period,
      String value,
      String evaluation,
      BigDecimal targetMin) {}
}
