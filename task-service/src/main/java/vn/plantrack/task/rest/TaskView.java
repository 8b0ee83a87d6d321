package vn.plantrack.task.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.service.JudgedTask;
import vn.plantrack.task.service.TaskJudging;

/** A task as the API answers it: its fields, its deadline and its timeliness as of a day. */
public record TaskView(
    UUID id,
    String province,
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
    DeadlineView deadline,
    TaskStatus status,
    String statusReason,
    int progressPercent,
    LocalDate completedOn,
    String evidenceNumber,
    LocalDate evidenceDate,
    String evidenceLink,
    Timeliness timeliness,
    LocalDate timelinessAsOf,
    boolean derivedFromSubTasks,
    int subTaskCount,
    UUID implementsTaskId,
    long version,
    @Schema(description = "A collective lead's members' parts; the task rolls up from them")
        List<JudgedTask.Part> parts,
    @Schema(description = "How many approved extensions had moved the deadline by then")
        int extensions) {
  static TaskView of(JudgedTask j, LocalDate asOf) {
    Task t = j.task();
    Deadline d = j.deadline();
    return new TaskView(
        t.id,
        t.province,
        t.planId,
        t.sectionCode,
        t.code,
        t.parentId,
        t.title,
        t.description,
        List.copyOf(t.leadOrgIds),
        List.copyOf(t.cooperatingOrgIds),
        t.expectedOutput,
        t.expectedOutputType,
        new DeadlineView(
            d.text(),
            d.kind().name(),
            t.dueDate,
            d.startDate(),
            d.fromYear(),
            d.recurrence(),
            d.condition(),
            d.needsReview(),
            d.reviewReason(),
            t.conditionMetOn,
            t.conditionDocument),
        j.status(),
        t.statusReason,
        j.progressPercent(),
        j.completedOn(),
        t.evidenceNumber,
        t.evidenceDate,
        t.evidenceLink,
        j.timeliness().orElse(null),
        asOf == null ? LocalDate.now(TaskJudging.ZONE) : asOf,
        j.subTaskCount() > 0,
        j.subTaskCount(),
        t.implementsTaskId,
        t.version,
        j.parts(),
        j.extensions());
  }
}
