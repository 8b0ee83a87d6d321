package vn.plantrack.task.contract;

/**
 * The classes the Government Office's task-tracking rules count (QĐ 42/2014/QĐ-TTg, amended by QĐ
 * 23/2018/QĐ-TTg): done on time, done late, not done within the deadline, not done and overdue;
 * plus two classes of our own for tasks that have no deadline to miss, so they are never counted as
 * overdue. Derived by {@link TimelinessRule}, never stored as the truth.
 */
public enum Timeliness {
  /** Đã hoàn thành đúng hạn. */
  COMPLETED_ON_TIME,
  /** Đã hoàn thành nhưng quá hạn. */
  COMPLETED_LATE,
  /** Chưa hoàn thành, còn trong hạn (also when not yet started). */
  IN_PROGRESS_WITHIN_DEADLINE,
  /** Chưa hoàn thành, đã quá hạn. */
  OVERDUE,
  /** "Thường xuyên": no due date; reported on every period, never overdue. */
  ONGOING,
  /** A deadline that starts when a condition is met ("Sau khi có hướng dẫn…"), not met yet. */
  AWAITING_CONDITION
}
