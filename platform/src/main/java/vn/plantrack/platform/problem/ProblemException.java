package vn.plantrack.platform.problem;

import java.util.List;

/**
 * An error a caller can cause and understand. Services throw the subclasses; the platform's mapper
 * turns each into problem+json, so no resource builds error responses by hand.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.FieldError> errors;
  private long retryAfterSeconds;

  public ProblemException(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  public ProblemException(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** Seconds a client should wait before trying again ({@code Retry-After}); 0: no such header. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * 503 with {@code Retry-After}: a bounded queue of jobs is full (plan imports, report exports);
   * nothing was started, the same request may be sent again later.
   */
  public static ProblemException busy(String detail, long retryAfterSeconds) {
    ProblemException busy =
        new ProblemException(503, ProblemTypes.BUSY, "Service Unavailable", detail);
    busy.retryAfterSeconds = retryAfterSeconds;
    return busy;
  }

  /** 404: also the answer for another province's object, which must look like it does not exist. */
  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        404, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist");
  }

  /** 400 naming the field that was wrong. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        400,
        ProblemTypes.VALIDATION,
        "Invalid request",
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  /** 400 with several wrong fields at once. */
  public static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(
        400,
        ProblemTypes.VALIDATION,
        "Invalid request",
        errors.size() + " invalid field(s)",
        errors);
  }

  /**
   * 409: the request contradicts the current state (illegal transition, duplicate number, stale
   * version).
   */
  public static ProblemException conflict(String detail) {
    return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail);
  }

  /** 412: the If-Match version is not the current one. */
  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(
        412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed", detail);
  }

  /** 403: the object is visible to the caller but the action is not theirs to take. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
  }
}
