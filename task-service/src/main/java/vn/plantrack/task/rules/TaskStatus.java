package vn.plantrack.task.rules;

/**
 * The workflow status a unit reports. It says nothing about the deadline: {@link Timeliness} is
 * derived from it, and {@link StatusTransitions} says which changes are allowed.
 */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED,
  PAUSED,
  CANCELLED
}
