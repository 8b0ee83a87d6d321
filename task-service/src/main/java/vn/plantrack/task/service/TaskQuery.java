package vn.plantrack.task.service;

import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;

/** What a client may filter tasks by; {@code q} is plain text. */
public record TaskQuery(
    UUID planId,
    UUID orgId,
    String role,
    TaskStatus status,
    Timeliness timeliness,
    LocalDate dueFrom,
    LocalDate dueTo,
    LocalDate asOf,
    UUID parentId,
    String q) {}
