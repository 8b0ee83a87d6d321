package vn.plantrack.notification.rules;

/**
 * What a notification tells; a user chooses channels and delivery per kind. Province-level kinds go
 * to the province's coordinators, the others to the organizations concerned.
 */
public enum NotificationKind {
  TASK_DUE_SOON(false),
  TASK_OVERDUE(false),
  TASK_ASSIGNED(false),
  TASK_REASSIGNED(false),
  REPORT_DUE_SOON(false),
  REPORT_OVERDUE(false),
  REPORT_RETURNED(false),
  REPORT_ACCEPTED(false),
  CONSOLIDATED_REPORT_ISSUED(true),
  IMPORT_CONFIRMED(true),
  INDICATOR_AT_RISK(true);

  private final boolean provinceLevel;

  NotificationKind(boolean provinceLevel) {
    this.provinceLevel = provinceLevel;
  }

  /** Told to the province's coordinators rather than to organizations. */
  public boolean provinceLevel() {
    return provinceLevel;
  }
}
