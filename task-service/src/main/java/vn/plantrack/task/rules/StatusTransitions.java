package vn.plantrack.task.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.plantrack.task.contract.TaskStatus;

/**
 * Which status changes a task may make; the service answers 409 for an illegal one and 400 for a
 * missing reason.
 *
 * <pre>
 * NOT_STARTED → IN_PROGRESS, COMPLETED, CANCELLED*
 * IN_PROGRESS → COMPLETED, PAUSED*, CANCELLED*
 * PAUSED      → IN_PROGRESS, CANCELLED*
 * COMPLETED   → IN_PROGRESS*   (reopened: the output was not accepted)
 * CANCELLED   → (none)
 * * a reason is required
 * </pre>
 *
 * <p>Why: a unit may report a small task done without first reporting it started. Only work that
 * has started can be paused, and a paused task must be resumed before it is completed, so the
 * history shows the work again. A completed task can be reopened, with a reason, when the
 * coordinator does not accept its output; its completion date is then cleared. Cancelling is final:
 * the cancelled record stays as the document's history, and new work is a new task. Nothing goes
 * back to NOT_STARTED, because progress already reported cannot be unreported. Setting the status
 * it already has is not a change and is allowed.
 */
public final class StatusTransitions {
  private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = new EnumMap<>(TaskStatus.class);

  static {
    ALLOWED.put(
        TaskStatus.NOT_STARTED,
        EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED, TaskStatus.CANCELLED));
    ALLOWED.put(
        TaskStatus.IN_PROGRESS,
        EnumSet.of(TaskStatus.COMPLETED, TaskStatus.PAUSED, TaskStatus.CANCELLED));
    ALLOWED.put(TaskStatus.PAUSED, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED));
    ALLOWED.put(TaskStatus.COMPLETED, EnumSet.of(TaskStatus.IN_PROGRESS));
    ALLOWED.put(TaskStatus.CANCELLED, EnumSet.noneOf(TaskStatus.class));
  }

  private StatusTransitions() {}

  /** The verdict on a change, before any reason is looked at. */
  public enum Outcome {
    ALLOWED,
    NO_CHANGE,
    REASON_REQUIRED,
    ILLEGAL
  }

  /** The verdict on {@code from → to}, with a message for the problem detail. */
  public record Check(TaskStatus from, TaskStatus to, Outcome outcome, String message) {
    public boolean allowed() {
      return outcome == Outcome.ALLOWED || outcome == Outcome.NO_CHANGE;
    }
  }

  /** Whether {@code from → to} is allowed with the given reason (null or blank for none). */
  public static Check check(TaskStatus from, TaskStatus to, String reason) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      return new Check(from, to, Outcome.NO_CHANGE, "the task is already " + to);
    }
    if (!ALLOWED.get(from).contains(to)) {
      return new Check(
          from,
          to,
          Outcome.ILLEGAL,
          "a task cannot go from " + from + " to " + to + allowedText(from));
    }
    if (requiresReason(from, to) && (reason == null || reason.isBlank())) {
      return new Check(
          from,
          to,
          Outcome.REASON_REQUIRED,
          "going from " + from + " to " + to + " needs a reason");
    }
    return new Check(from, to, Outcome.ALLOWED, from + " → " + to);
  }

  /** Whether {@code from → to} is allowed without a reason (REASON_REQUIRED when it needs one). */
  public static Check check(TaskStatus from, TaskStatus to) {
    return check(from, to, null);
  }

  /** The statuses {@code from} may change to. */
  public static Set<TaskStatus> allowedFrom(TaskStatus from) {
    return Collections.unmodifiableSet(
        EnumSet.copyOf(ALLOWED.get(Objects.requireNonNull(from, "from"))));
  }

  /** Cancelling, pausing and reopening must say why; they are what a coordinator asks about. */
  public static boolean requiresReason(TaskStatus from, TaskStatus to) {
    return to == TaskStatus.CANCELLED
        || to == TaskStatus.PAUSED
        || (from == TaskStatus.COMPLETED && to == TaskStatus.IN_PROGRESS);
  }

  private static String allowedText(TaskStatus from) {
    Set<TaskStatus> allowed = ALLOWED.get(from);
    return allowed.isEmpty() ? " (" + from + " is final)" : " (allowed: " + allowed + ")";
  }
}
