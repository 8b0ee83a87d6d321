package vn.plantrack.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.plantrack.platform.web.RequestIds;

/**
 * The one place where exceptions become HTTP answers. Every error is problem+json with the request
 * id; a caller's mistake is a 4xx naming what was wrong; only our own faults are 500, and those
 * never show internals.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Inject RoutingContext routingContext;

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    Response response = respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
    if (e.retryAfterSeconds() > 0) {
      return Response.fromResponse(response)
          .header("Retry-After", Long.toString(e.retryAfterSeconds()))
          .build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .collect(Collectors.toList());
    return respond(
        400,
        ProblemTypes.VALIDATION,
        "Invalid request",
        errors.size() + " invalid field(s)",
        errors);
  }

  // Listed one by one: RESTEasy picks the mapper of the closest exception type, and Jackson's
  // built-in mappers
  // for the subtypes would otherwise answer plain JSON.
  @ServerExceptionMapper({
    JsonProcessingException.class,
    com.fasterxml.jackson.core.JsonParseException.class,
    JsonMappingException.class,
    com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
    com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
    com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
    com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
    UnrecognizedPropertyException.class
  })
  public Response unreadableJson(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = pathOf(mapping);
      // An unknown field and a field the service owns (id, createdBy, timeliness…) are refused
      // alike: the strict request reader (web.StrictJsonBodies) stops both before any code runs.
      String message =
          e instanceof UnrecognizedPropertyException
              ? "unknown field, or one the service sets"
              : "wrong type or format";
      return respond(
          400,
          ProblemTypes.VALIDATION,
          "Invalid request",
          field + ": " + message,
          List.of(new Problem.FieldError(field, message)));
    }
    return respond(
        400,
        ProblemTypes.MALFORMED_REQUEST,
        "Malformed request",
        e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
            ? "the body is not valid JSON: a field appears twice"
            : "the body is not valid JSON",
        List.of());
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            respond(
                401,
                ProblemTypes.UNAUTHORIZED,
                "Unauthorized",
                "a valid bearer token for this API is required",
                List.of()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(
        403,
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "your role does not allow this action",
        List.of());
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response concurrentUpdate(RuntimeException e) {
    return respond(
        409,
        ProblemTypes.CONFLICT,
        "Conflict",
        "the resource was changed by someone else; reload it and try again",
        List.of());
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    if (status == 404 && e.getCause() != null) {
      // JAX-RS answers 404 when a query or path parameter does not convert (status=BOGUS,
      // asOf=tomorrow): that is the caller's bad input, not a missing resource.
      return respond(
          400,
          ProblemTypes.VALIDATION,
          "Invalid request",
          "a query or path parameter has the wrong type or format",
          List.of());
    }
    String type =
        switch (status) {
          case 404 -> ProblemTypes.NOT_FOUND;
          case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
          case 406 -> ProblemTypes.NOT_ACCEPTABLE;
          case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
          case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
          case 401 -> ProblemTypes.UNAUTHORIZED;
          case 403 -> ProblemTypes.FORBIDDEN;
          default -> ProblemTypes.MALFORMED_REQUEST;
        };
    Response.StatusType info = e.getResponse().getStatusInfo();
    String detail = status == 404 ? "no such resource" : info.getReasonPhrase();
    return respond(status, type, info.getReasonPhrase(), detail, List.of());
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    LOG.errorf(e, "unexpected error (request %s)", RequestIds.current(routingContext));
    return respond(
        500,
        ProblemTypes.INTERNAL,
        "Internal error",
        "the service failed; quote the request id when reporting it",
        List.of());
  }

  private Response respond(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    String requestId = RequestIds.current(routingContext);
    String instance = routingContext == null ? null : routingContext.request().path();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, instance, requestId, errors))
        .build();
  }

  /** "create.arg0.deadline.text" → "deadline.text": the JSON field, not the Java call chain. */
  static String fieldOf(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    int start = parts.length > 2 ? 2 : parts.length - 1;
    return String.join(".", java.util.Arrays.copyOfRange(parts, Math.max(start, 0), parts.length));
  }

  static String pathOf(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.toString();
  }
}
