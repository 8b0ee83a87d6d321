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
@Schema(
    description = "A task as the plan assigns it, judged as of timelinessAsOf",
    example =
        """
        {"id": "9a7e3c1d-2b4f-4d6a-8e0c-1f2a3b4c5d6e", "province": "KT",
         "planId": "2f9d7c31-4e6b-4a8f-b1c2-5d3e4f5a6b7c", "sectionCode": "III.1", "code": "1",
         "title": "Xây dựng và tổ chức triển khai chương trình tuyên truyền thường xuyên, sâu rộng về nội dung Nghị quyết số 57-NQ/TW, Nghị quyết số 71/NQ-CP",
         "leadOrgIds": ["0c5e8f2a-1b3d-4e6f-8a9b-7c6d5e4f3a2b"], "cooperatingOrgIds": [], "status": "IN_PROGRESS",
         "progressPercent": 40, "timelinessAsOf": "2025-07-01", "derivedFromSubTasks": false,
         "subTaskCount": 0, "version": 3, "extensions": 0}
        """)
public record TaskView(
    @Schema(required = true) UUID id,
    @Schema(required = true) String province,
    @Schema(required = true) UUID planId,
    String sectionCode,
    @Schema(required = true) String code,
    UUID parentId,
    @Schema(required = true) String title,
    String description,
    @Schema(required = true) List<UUID> leadOrgIds,
    @Schema(required = true) List<UUID> cooperatingOrgIds,
    String expectedOutput,
    String expectedOutputType,
    DeadlineView deadline,
    @Schema(required = true) TaskStatus status,
    String statusReason,
    @Schema(required = true) int progressPercent,
    LocalDate completedOn,
    String evidenceNumber,
    LocalDate evidenceDate,
    String evidenceLink,
    Timeliness timeliness,
    @Schema(required = true) LocalDate timelinessAsOf,
    @Schema(required = true) boolean derivedFromSubTasks,
    @Schema(required = true) int subTaskCount,
    UUID implementsTaskId,
    @Schema(required = true) long version,
    @Schema(description = "A collective lead's members' parts; the task rolls up from them")
        List<JudgedTask.Part> parts,
    @Schema(
            required = true,
            description = "How many approved extensions had moved the deadline by then")
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
            d.kind(),
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
