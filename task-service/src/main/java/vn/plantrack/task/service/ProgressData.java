package vn.plantrack.task.service;

import java.time.LocalDate;
import vn.plantrack.task.contract.TaskStatus;

/** A progress report (lead) or contribution note (cooperating agency). */
public record ProgressData(
    TaskStatus status,
    Integer percent,
    String note,
    String difficulties,
    String proposals,
    LocalDate completedOn,
    String evidenceNumber,
    LocalDate evidenceDate,
    String evidenceLink,
    String reason) {}
