package vn.plantrack.task.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.TaskStatus;

/** One progress report or contribution note as recorded. */
public record ProgressView(
    Long id,
    String kind,
    UUID orgId,
    TaskStatus status,
    Integer percent,
    String note,
    String difficulties,
    String proposals,
    String evidenceNumber,
    LocalDate evidenceDate,
    String evidenceLink,
    Instant reportedAt,
    String reportedBy) {
  static ProgressView of(TaskProgress p) {
    return new ProgressView(
        p.id,
        p.kind.name(),
        p.orgId,
        p.status,
        p.percent,
        p.note,
        p.difficulties,
        p.proposals,
        p.evidenceNumber,
        p.evidenceDate,
        p.evidenceLink,
        p.reportedAt,
        p.reportedBy);
  }
}
