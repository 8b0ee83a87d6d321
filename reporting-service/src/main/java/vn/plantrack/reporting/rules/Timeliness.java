package vn.plantrack.reporting.rules;

/**
 * The timeliness classes the consolidated report counts (QĐ 42/2014/QĐ-TTg, amended by QĐ
 * 23/2018/QĐ-TTg), as task-service publishes them in its API; reporting derives them itself from
 * the task events it holds (see {@link TaskTimeliness}).
 */
public enum Timeliness {
  COMPLETED_ON_TIME,
  COMPLETED_LATE,
  IN_PROGRESS_WITHIN_DEADLINE,
  OVERDUE,
  ONGOING,
  AWAITING_CONDITION
}
