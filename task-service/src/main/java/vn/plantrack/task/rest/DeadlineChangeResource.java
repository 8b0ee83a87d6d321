package vn.plantrack.task.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.task.DeadlineChange;
import vn.plantrack.task.service.DeadlineChanges;

/**
 * Deadline changes of a task: an agency's extension request ("xin gia hạn") and the coordinator's
 * decision; a coordinator's own change of the deadline shows here too.
 */
@Path("/api/v1/tasks/{id}/deadline-changes")
@Tag(
    name = "Tasks",
    description = "Assignments of a plan, their deadlines, progress and timeliness")
@Authenticated
public class DeadlineChangeResource {
  private final DeadlineChanges changes;

  public DeadlineChangeResource(DeadlineChanges changes) {
    this.changes = changes;
  }

  /** What an agency asks: the deadline as it should read, and why. */
  public record DeadlineChangeInput(
      @NotBlank @Size(max = 300) String deadlineText, @NotBlank @Size(max = 2000) String reason) {}

  /** The coordinator's decision; a refusal says why. */
  public record DecisionInput(@Size(max = 2000) String note) {}

  public record DeadlineChangeView(
      UUID id,
      UUID taskId,
      String kind,
      String status,
      String reason,
      String previousDeadlineText,
      LocalDate previousDueDate,
      String deadlineText,
      LocalDate dueDate,
      boolean extendsDeadline,
      String requestedBy,
      UUID requestedByOrg,
      Instant requestedAt,
      String decidedBy,
      Instant decidedAt,
      LocalDate effectiveOn,
      String decisionNote) {
    static DeadlineChangeView of(DeadlineChange c) {
      return new DeadlineChangeView(
          c.id,
          c.taskId,
          c.kind.name(),
          c.status.name(),
          c.reason,
          c.previousDeadlineText,
          c.previousDueDate,
          c.deadlineText,
          c.dueDate,
          c.extendsDeadline,
          c.requestedBy,
          c.requestedByOrg,
          c.requestedAt,
          c.decidedBy,
          c.decidedAt,
          c.status == DeadlineChange.Status.APPROVED ? c.decidedOn : null,
          c.decisionNote);
    }
  }

  @GET
  @Operation(
      summary =
          "A task's deadline changes: requests, decisions and direct changes, oldest first (paged)")
  public Page<DeadlineChangeView> list(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return changes
        .of(id, paging.toRequest(Set.of("requestedAt"), "requestedAt,asc"))
        .map(DeadlineChangeView::of);
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @APIResponse(
      responseCode = "201",
      description = "The request, waiting for the coordinator",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeadlineChangeView.class)))
  @Operation(
      summary = "Ask for the deadline to move (xin gia hạn): an agency that answers for the task",
      description =
          "One request at a time per task; the coordinator approves or refuses it. The deadline"
              + " text is read like a plan's (\"Quý I/2026\", \"15/03/2026\"). Only an officer of"
              + " an agency that answers for the task asks (403 for anyone else); a coordinator"
              + " changes the deadline directly with PUT /tasks/{id}, recorded the same way.")
  public Response request(@PathParam("id") UUID id, @Valid @NotNull DeadlineChangeInput input) {
    DeadlineChange change = changes.request(id, input.reason(), input.deadlineText());
    return Response.status(201).entity(DeadlineChangeView.of(change)).build();
  }

  @POST
  @Path("/{changeId}/approve")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Approve a request: the new deadline applies from today",
      description =
          "Earlier days stay judged against the deadline that stood then; a later due date counts"
              + " as an extension of the task.")
  public DeadlineChangeView approve(
      @PathParam("id") UUID id,
      @PathParam("changeId") UUID changeId,
      @Valid @NotNull DecisionInput input) {
    return DeadlineChangeView.of(changes.approve(id, changeId, input.note()));
  }

  @POST
  @Path("/{changeId}/refuse")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Refuse a request, saying why: the deadline stays")
  public DeadlineChangeView refuse(
      @PathParam("id") UUID id,
      @PathParam("changeId") UUID changeId,
      @Valid @NotNull DecisionInput input) {
    return DeadlineChangeView.of(changes.refuse(id, changeId, input.note()));
  }
}
