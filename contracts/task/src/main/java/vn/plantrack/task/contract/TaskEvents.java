package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What task-service publishes on {@code plantrack.tasks}; stable type strings, the task as it is
 * after the change. One event per change, each with the task's next version.
 */
public final class TaskEvents {
  public static final String TOPIC = "plantrack.tasks";
  public static final String CREATED = "plantrack.task.created.v1";
  public static final String UPDATED = "plantrack.task.updated.v1";
  public static final String STATUS_CHANGED = "plantrack.task.status-changed.v1";
  public static final String PROGRESS_REPORTED = "plantrack.task.progress-reported.v1";
  public static final String REASSIGNED = "plantrack.task.reassigned.v1";
  public static final String DUE_SOON = "plantrack.task.due-soon.v1";
  public static final String OVERDUE = "plantrack.task.overdue.v1";

  private TaskEvents() {}

  /**
   * A task after a change. {@code timeline} is what the timeliness rule reads of this version and
   * the day it takes effect: a reader keeps every version and judges a date with {@link
   * TaskHistory} and {@link TaskJudgement}, never with the flat fields, which describe the task as
   * it is now. {@code note} is the progress report's or contribution's note, written by {@code
   * noteOrgId} (null when a coordinator wrote it).
   */
  public record TaskChanged(
      UUID id,
      String province,
      UUID planId,
      String sectionCode,
      String code,
      UUID parentId,
      String title,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      String deadlineText,
      String deadlineKind,
      LocalDate dueDate,
      String status,
      String previousStatus,
      int progressPercent,
      LocalDate completedOn,
      Map<Integer, LocalDate> completedYears,
      UUID implementsTaskId,
      String note,
      long version,
      TaskVersion timeline,
      UUID noteOrgId) {}

  /**
   * A reminder: the task is due in {@code daysLeft} days, or overdue since {@code dueDate}; {@code
   * leadOrgIds} are those it is for: the leads, or when a collective leads, its members whose part
   * is not done.
   */
  public record TaskReminder(
      UUID id,
      String province,
      UUID planId,
      String code,
      String title,
      List<UUID> leadOrgIds,
      LocalDate dueDate,
      Integer daysLeft,
      long version) {}

  /**
   * Open work moved from a predecessor organization to its successor (organization merged or
   * split).
   */
  public record TaskReassigned(
      UUID id,
      String province,
      String code,
      UUID fromOrgId,
      UUID toOrgId,
      LocalDate effectiveOn,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      long version) {}
}
