package vn.plantrack.task.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline as the document wrote it and as task-service's deadline reader understood it. The text
 * is kept verbatim because it is the legal wording; the reading is what the system computes with.
 *
 * @param text the phrase exactly as written (may be null when the document gives none)
 * @param kind how it reads
 * @param dueDate the last day that counts as on time; for RECURRING, set only when the text names
 *     an earlier due date for the first year ("9/2025 và các năm tiếp theo"), see {@link
 *     #dueDateInYear}
 * @param startDate the first day of a range ("2025- 2026", "Quý II–III/2025") or of an open-ended
 *     task ("Từ 2026"); null otherwise
 * @param fromYear RECURRING: the first year it is due; null when the text names none ("Hằng năm")
 * @param recurrence RECURRING: {@code "YEARLY"}
 * @param condition CONDITIONAL: the condition as written ("Sau khi Bộ hướng dẫn")
 * @param needsReview a person should look at this reading before it is trusted
 * @param reviewReason why, in words a coordinator understands
 */
public record Deadline(
    String text,
    DeadlineKind kind,
    LocalDate dueDate,
    LocalDate startDate,
    Integer fromYear,
    String recurrence,
    String condition,
    boolean needsReview,
    String reviewReason) {

  public static final String YEARLY = "YEARLY";

  /**
   * Checks only what computing with the reading relies on, so a row stored earlier (perhaps
   * reviewed and edited by a person) can always be rebuilt.
   */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    if (kind.isDated() && dueDate == null) {
      throw new IllegalArgumentException(kind + " deadline needs a due date");
    }
    if (startDate != null && dueDate != null && startDate.isAfter(dueDate)) {
      throw new IllegalArgumentException("deadline starts after it is due");
    }
    if (kind == DeadlineKind.RECURRING && recurrence == null) {
      recurrence = YEARLY;
    }
  }

  /**
   * The due date of a RECURRING task's occurrence in {@code year}: 31 December, or the first year's
   * own due date when the text names one; empty for years before it starts.
   */
  public Optional<LocalDate> dueDateInYear(int year) {
    if (kind != DeadlineKind.RECURRING) {
      throw new IllegalStateException("only a RECURRING deadline is due every year, not " + kind);
    }
    if (fromYear != null && year < fromYear) {
      return Optional.empty();
    }
    if (dueDate != null && dueDate.getYear() == year) {
      return Optional.of(dueDate);
    }
    return Optional.of(LocalDate.of(year, 12, 31));
  }

  /** The same reading, flagged for review with one more reason. */
  public Deadline flagged(String reason) {
    String reasons = reviewReason == null ? reason : reviewReason + "; " + reason;
    return new Deadline(
        text, kind, dueDate, startDate, fromYear, recurrence, condition, true, reasons);
  }

  /** The same reading for the original text (a reader works on a cleaned copy). */
  public Deadline withText(String original) {
    return new Deadline(
        original,
        kind,
        dueDate,
        startDate,
        fromYear,
        recurrence,
        condition,
        needsReview,
        reviewReason);
  }
}
