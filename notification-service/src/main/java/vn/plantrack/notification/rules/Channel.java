package vn.plantrack.notification.rules;

/** How a notification reaches a person. */
public enum Channel {
  EMAIL,
  INBOX
}
