package vn.plantrack.task.contract;

/**
 * The workflow status a unit reports. It says nothing about the deadline: {@link Timeliness} is
 * derived from it, and task-service's status transitions say which changes are allowed.
 */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  PAUSED,
  CANCELLED
}
