package vn.plantrack.task.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.task.contract.DeadlineKind;

/** A task's deadline as read from its text, with the condition met when it had one. */
public record DeadlineView(
    String text,
    @Schema(required = true) DeadlineKind kind,
    LocalDate dueDate,
    LocalDate startDate,
    Integer fromYear,
    @Schema(
            enumeration = {"YEARLY"},
            description = "RECURRING: how often")
        String recurrence,
    String condition,
    boolean needsReview,
    String reviewReason,
    LocalDate conditionMetOn,
    String conditionDocument) {}
