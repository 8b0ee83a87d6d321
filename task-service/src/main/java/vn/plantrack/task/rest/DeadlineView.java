package vn.plantrack.task.rest;

import java.time.LocalDate;

/** A task's deadline as read from its text, with the condition met when it had one. */
public record DeadlineView(
    String text,
    String kind,
    LocalDate dueDate,
    LocalDate startDate,
    Integer fromYear,
    String recurrence,
    String condition,
    boolean needsReview,
    String reviewReason,
    LocalDate conditionMetOn,
    String conditionDocument) {}
