package vn.plantrack.indicator.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.indicator.Measurement;

/** One recorded value of a period (its current revision, or the revision just recorded). */
public record MeasurementView(
    UUID id,
    String period,
    LocalDate periodEnd,
    Object value,
    String source,
    String note,
    UUID orgId,
    int revision,
    Instant recordedAt,
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
