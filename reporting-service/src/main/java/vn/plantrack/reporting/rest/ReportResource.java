package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.service.ReportCommands;
import vn.plantrack.reporting.service.ReportQueries;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Units' periodic reports and their workflow")
@Authenticated
public class ReportResource {
  private static final java.util.Set<String> HISTORY_SORT = java.util.Set.of("changedAt");

  private final ReportCommands commands;
  private final ReportQueries queries;

  public ReportResource(ReportCommands commands, ReportQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  public record DraftInput(
      @Size(max = 20000) String results,
      @Size(max = 20000) String difficulties,
      @Size(max = 20000) String proposals,
      Long version) {}

  public record ReturnInput(@Size(max = 4000) String reason) {}

  @Schema(
      description = "A unit's report for a plan and period, with its figures once frozen",
      example =
          """
          {"id": "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918", "province": "KT",
           "planId": "2f9d7c31-4e6b-4a8f-b1c2-5d3e4f5a6b7c", "period": "2025-H1", "orgId": "0c5e8f2a-1b3d-4e6f-8a9b-7c6d5e4f3a2b",
           "orgName": "Sở Tài chính", "status": "SUBMITTED",
           "results": "Đã tổ chức tuyên truyền Nghị quyết số 57-NQ/TW đến cán bộ, công chức",
           "submittedAt": "2025-06-10T02:00:00Z", "onTime": true, "frozen": false, "version": 2}
          """)
  public record ReportView(
      @Schema(required = true) UUID id,
      @Schema(required = true) String province,
      @Schema(required = true) UUID planId,
      @Schema(required = true) String period,
      @Schema(required = true) UUID orgId,
      String orgName,
      @Schema(required = true) UnitReport.Status status,
      String results,
      String difficulties,
      String proposals,
      String returnReason,
      Instant submittedAt,
      String submittedBy,
      Boolean onTime,
      Instant dueAt,
      LocalDate windowStart,
      LocalDate windowEnd,
      @Schema(required = true) boolean frozen,
      ReportContent content,
      @Schema(required = true) long version) {
    static ReportView of(ReportQueries.Shown s) {
      UnitReport r = s.report();
      return new ReportView(
          r.id,
          r.province,
          r.planId,
          r.period,
          r.orgId,
          s.orgName(),
          r.status,
          r.results,
          r.difficulties,
          r.proposals,
          r.returnReason,
          r.submittedAt,
          r.submittedBy,
          r.onTime,
          s.period().dueAt(),
          s.period().windowStart(),
          s.period().windowEnd(),
          r.content != null,
          s.content(),
          r.version);
    }
  }

  @GET
  @Operation(
      summary = "The units' reports of a plan and period (every reporting unit has one)",
      description =
          "Reporting units lead a task or monitor an indicator of the plan. Figures (content) are"
              + " live until submission, as of today; submission freezes them as of its day; never"
              + " past the period's window end (content.asOf says the day).")
  public List<ReportView> list(
      @QueryParam("planId") @NotNull UUID planId,
      @QueryParam("period") @NotNull @Size(max = 40) String period,
      @QueryParam("orgId") UUID orgId,
      @QueryParam("status") UnitReport.Status status) {
    return queries.list(planId, period, orgId, status).stream().map(ReportView::of).toList();
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The report; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @Operation(summary = "One report with its figures")
  public Response get(@PathParam("id") UUID id) {
    ReportQueries.Shown s = queries.get(id);
    return Response.ok(ReportView.of(s))
        .tag(new EntityTag(Long.toString(s.report().version)))
        .build();
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "The report's history: who drafted, submitted, returned or accepted it")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(HISTORY_SORT, "changedAt,asc"));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
  @APIResponse(
      responseCode = "200",
      description = "The report as drafted; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @Operation(summary = "Draft the unit's narrative (the unit's officers; If-Match or version)")
  public Response draft(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DraftInput input) {
    UnitReport r =
        commands.draft(
            id, ifMatch, input.version(), input.results(), input.difficulties(), input.proposals());
    return Response.ok(ReportView.of(queries.get(r.id)))
        .tag(new EntityTag(Long.toString(r.version)))
        .build();
  }

  @POST
  @Path("/{id}/submit")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
  @APIResponse(
      responseCode = "200",
      description = "The report as submitted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @Operation(
      summary =
          "Submit: the figures freeze as of today (at most the window's end); on time or late"
              + " against the due instant")
  public Response submit(@PathParam("id") UUID id) {
    return Response.ok(ReportView.of(queries.get(commands.submit(id).id))).build();
  }

  @POST
  @Path("/{id}/return")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The report as returned",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @Operation(summary = "Return a submitted report to the unit, with the reason (coordinators)")
  public Response returnReport(@PathParam("id") UUID id, @Valid @NotNull ReturnInput input) {
    return Response.ok(ReportView.of(queries.get(commands.returnReport(id, input.reason()).id)))
        .build();
  }

  @POST
  @Path("/{id}/accept")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The report as accepted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @Operation(summary = "Accept a submitted report (coordinators)")
  public Response accept(@PathParam("id") UUID id) {
    return Response.ok(ReportView.of(queries.get(commands.accept(id).id))).build();
  }
}
