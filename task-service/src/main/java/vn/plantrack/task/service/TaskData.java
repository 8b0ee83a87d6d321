package vn.plantrack.task.service;

import java.util.List;
import java.util.UUID;

/** The writable content of a task, shape-validated by the resource. */
public record TaskData(
    UUID planId,
    String sectionCode,
    String code,
    UUID parentId,
    String title,
    String description,
    List<UUID> leadOrgIds,
    List<UUID> cooperatingOrgIds,
    String expectedOutput,
    String expectedOutputType,
    String deadlineText,
    UUID implementsTaskId) {}
