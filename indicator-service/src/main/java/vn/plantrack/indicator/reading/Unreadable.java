package vn.plantrack.indicator.reading;

/**
 * A target that looked numeric but broke one of {@link TargetReader}'s rules; its message is the
 * note a person reads.
 */
final class Unreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unreadable(String reason) {
    super(reason, null, false, false);
  }
}
