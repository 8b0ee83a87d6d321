package vn.plantrack.plan;

/** DRAFT → ISSUED → SUPERSEDED; DRAFT or ISSUED → CANCELLED. */
public enum PlanStatus {
  DRAFT,
  ISSUED,
  SUPERSEDED,
  CANCELLED
}
