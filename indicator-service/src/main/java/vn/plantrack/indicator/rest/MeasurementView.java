package vn.plantrack.indicator.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.indicator.Measurement;

/** One recorded value of a period (its current revision, or the revision just recorded). */
public record MeasurementView(
    @Schema(required = true) UUID id,
    @Schema(required = true) String period,
    LocalDate periodEnd,
    @Schema(
            description =
                "the value as recorded: a number, a yes/no (BOOLEAN indicators) or a text",
            oneOf = {BigDecimal.class, Boolean.class, String.class})
        Object value,
    String source,
    String note,
    UUID orgId,
    @Schema(required = true) int revision,
    @Schema(required = true) Instant recordedAt,
    String recordedBy) {
  static MeasurementView of(Measurement m) {
    return new MeasurementView(
        m.id,
        m.period,
        m.periodEnd,
        m.value(),
        m.source,
        m.note,
        m.orgId,
        m.revision,
        m.recordedAt,
        m.recordedBy);
  }
}
