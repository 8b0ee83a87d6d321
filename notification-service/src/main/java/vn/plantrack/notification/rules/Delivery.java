package vn.plantrack.notification.rules;

/** When a user's emails of a kind go out: at once, or gathered in a daily digest at their hour. */
public enum Delivery {
  IMMEDIATE,
  DAILY_DIGEST
}
