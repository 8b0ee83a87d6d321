package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.reporting.ExportJob;
import vn.plantrack.reporting.export.ExportFormat;
import vn.plantrack.reporting.service.ExportCommands;

@Path("/api/v1/export-jobs")
@Tag(name = "Consolidated reports")
@Authenticated
public class ExportJobResource {
  private final ExportCommands exports;

  public ExportJobResource(ExportCommands exports) {
    this.exports = exports;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An export job: QUEUED, RUNNING (progress 0–100), DONE or FAILED")
  public ConsolidatedReportResource.JobView get(@PathParam("id") UUID id) {
    return ConsolidatedReportResource.JobView.of(exports.job(id));
  }

  @GET
  @Path("/{id}/file")
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
  @Operation(summary = "The exported document, once the job is DONE")
  public Response file(@PathParam("id") UUID id) {
    ExportJob job = exports.job(id);
    if (!"DONE".equals(job.status)) {
      throw ProblemException.conflict("export job is " + job.status);
    }
    return Response.ok(job.file, ExportFormat.valueOf(job.format).mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + job.fileName + "\"")
        .build();
  }
}
