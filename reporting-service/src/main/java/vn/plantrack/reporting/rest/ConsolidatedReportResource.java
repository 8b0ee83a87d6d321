package vn.plantrack.reporting.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ConsolidatedReport;
import vn.plantrack.reporting.ExportJob;
import vn.plantrack.reporting.export.ExportFormat;
import vn.plantrack.reporting.service.ConsolidatedReportCommands;
import vn.plantrack.reporting.service.ConsolidatedReportQueries;
import vn.plantrack.reporting.service.ExportCommands;

@Path("/api/v1/consolidated-reports")
@Tag(name = "Consolidated reports", description = "The province's report for a plan and period")
@Authenticated
public class ConsolidatedReportResource {
  private final ConsolidatedReportCommands commands;
  private final ConsolidatedReportQueries queries;
  private final ExportCommands exports;

  public ConsolidatedReportResource(
      ConsolidatedReportCommands commands,
      ConsolidatedReportQueries queries,
      ExportCommands exports) {
    this.commands = commands;
    this.queries = queries;
    this.exports = exports;
  }

  public record BuildInput(@NotNull UUID planId, @NotBlank @Size(max = 40) String period) {}

  public record ExportInput(@NotNull ExportFormat format) {}

  public record ConsolidatedView(
      @Schema(required = true) UUID id,
      @Schema(required = true) String province,
      @Schema(required = true) UUID planId,
      @Schema(required = true) String period,
      @Schema(
              required = true,
              enumeration = {"DRAFT", "ISSUED"})
          String status,
      @Schema(required = true) int number,
      @Schema(required = true) Instant builtAt,
      Instant issuedAt,
      String issuedBy,
      ConsolidatedContent content,
      @Schema(required = true) boolean annexes,
      @Schema(required = true) long version) {
    /**
     * The report; its annexes (every task and indicator line, thousands of rows) only when asked:
     * they are in the exports too.
     */
    static ConsolidatedView of(ConsolidatedReport r, boolean annexes) {
      ConsolidatedContent c = r.content;
      if (!annexes) {
        c =
            new ConsolidatedContent(
                c.planNumber(),
                c.planTitle(),
                c.province(),
                c.period(),
                c.windowStart(),
                c.windowEnd(),
                c.asOf(),
                c.dueAt(),
                c.timelinessTotals(),
                c.evaluationTotals(),
                c.unitsExpected(),
                c.unitsReported(),
                c.unitsOnTime(),
                c.units(),
                List.of(),
                List.of());
      }
      return new ConsolidatedView(
          r.id,
          r.province,
          r.planId,
          r.period,
          r.status,
          r.number,
          r.builtAt,
          r.issuedAt,
          r.issuedBy,
          c,
          annexes,
          r.version);
    }
  }

  public record JobView(
      UUID id,
      UUID reportId,
      String format,
      String status,
      int progress,
      String fileName,
      String error,
      Instant createdAt,
      Instant finishedAt) {
    static JobView of(ExportJob j) {
      return new JobView(
          j.id,
          j.reportId,
          j.format,
          j.status,
          j.progress,
          j.fileName,
          j.error,
          j.createdAt,
          j.finishedAt);
    }
  }

  @GET
  @Operation(summary = "A plan's consolidated reports (of one period, or all)")
  public List<ConsolidatedView> list(
      @QueryParam("planId") @NotNull UUID planId,
      @QueryParam("period") @Size(max = 40) String period) {
    return queries.list(planId, period).stream().map(r -> ConsolidatedView.of(r, false)).toList();
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "201",
      description = "The draft as built (without its annexes)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConsolidatedView.class)))
  @Operation(
      summary = "Build (or rebuild) the period's draft from the read model and the units' reports")
  public Response build(@Valid @NotNull BuildInput input) {
    return Response.status(201)
        .entity(ConsolidatedView.of(commands.build(input.planId(), input.period()), false))
        .build();
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The report; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConsolidatedView.class)))
  @Operation(
      summary = "One consolidated report",
      description = "annexes=true adds every task and indicator line (Phụ lục I, II).")
  public Response get(@PathParam("id") UUID id, @QueryParam("annexes") boolean annexes) {
    ConsolidatedReport report = queries.find(id);
    return Response.ok(ConsolidatedView.of(report, annexes))
        .tag(new EntityTag(Long.toString(report.version)))
        .build();
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "The consolidated report's history: who built, issued and exported it")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(java.util.Set.of("changedAt"), "changedAt,asc"));
  }

  @POST
  @Path("/{id}/issue")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The report as issued",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConsolidatedView.class)))
  @Operation(summary = "Issue: freeze this version and announce it")
  public Response issue(@PathParam("id") UUID id) {
    return Response.ok(ConsolidatedView.of(commands.issue(id), false)).build();
  }

  @GET
  @Path("/{id}/export")
  @APIResponse(
      responseCode = "200",
      description = "The document (Content-Disposition names the file)",
      content = {
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @Operation(summary = "The report as a document: format=xlsx|docx|pdf")
  public Response export(@PathParam("id") UUID id, @QueryParam("format") String format) {
    ExportCommands.File file = exports.now(id, format(format));
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .build();
  }

  @POST
  @Path("/{id}/exports")
  @Idempotent
  @APIResponse(
      responseCode = "202",
      description = "The job, queued; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobView.class)))
  @Operation(summary = "Start an export job (large reports); follow /api/v1/export-jobs/{jobId}")
  public Response startExport(@PathParam("id") UUID id, @Valid @NotNull ExportInput input) {
    ExportJob job = exports.start(id, input.format());
    return Response.accepted(JobView.of(job))
        .header("Location", "/api/v1/export-jobs/" + job.id)
        .build();
  }

  static ExportFormat format(String format) {
    if (format == null) {
      throw ProblemException.invalid("format", "xlsx, docx or pdf");
    }
    try {
      return ExportFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("format", "xlsx, docx or pdf");
    }
  }
}
