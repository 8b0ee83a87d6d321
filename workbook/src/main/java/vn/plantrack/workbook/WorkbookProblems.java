package vn.plantrack.workbook;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.web.RequestIds;

/**
 * A refused upload as problem+json (RFC 9457): the usual members, and {@code errors} as rows and
 * columns ({@code row, column, cell, field, message}) instead of JSON fields, so a person finds
 * each error in Excel.
 */
public class WorkbookProblems {
  public static final String TYPE = "https://plantrack.vn/problems/invalid-rows";

  @Inject RoutingContext routingContext;

  /** The problem document of a refused upload. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RowsProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String requestId,
      int rows,
      int rejectedRows,
      List<RowError> errors) {}

  @ServerExceptionMapper
  public Response rejected(WorkbookRejected e) {
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new RowsProblem(
                TYPE,
                "Rows of the workbook are wrong",
                422,
                e.getMessage(),
                routingContext == null ? null : routingContext.request().path(),
                RequestIds.current(routingContext),
                e.rows(),
                e.rejectedRows(),
                e.errors()))
        .build();
  }
}
