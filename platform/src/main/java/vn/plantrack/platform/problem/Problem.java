package vn.plantrack.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answered by a PlanTrack service.
 *
 * @param type a URI naming the kind of problem, stable for clients to switch on
 * @param errors for validation problems: which field was wrong and why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One wrong field of a request. {@code field} is a JSON path like {@code deadline.text}. */
  public record FieldError(String field, String message) {}
}
