package vn.plantrack.task.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.excel.TaskWorkbookUploads;
import vn.plantrack.task.excel.TaskWorkbooks;
import vn.plantrack.task.service.TaskQuery;
import vn.plantrack.workbook.ImportReport;
import vn.plantrack.workbook.UploadMode;
import vn.plantrack.workbook.WorkbookUpload;
import vn.plantrack.workbook.Xlsx;

/**
 * Tasks and progress as Excel workbooks (XLSX): templates with Vietnamese headers, validation lists
 * and an instructions sheet; exports of any filtered list (the filters of {@code GET
 * /api/v1/tasks}); uploads checked row by row, all or nothing by default.
 */
@Path("/api/v1/tasks")
@Tag(
    name = "Task workbooks",
    description =
        "Excel (XLSX) templates, exports and uploads of tasks and progress reports. An export is a"
            + " valid upload; an upload with a wrong row answers 422 with every error (row, column,"
            + " message) and changes nothing, unless mode=apply-valid-rows.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON) // the uploads' reports; the downloads produce XLSX
public class TaskWorkbookResource {
  private final TaskWorkbooks workbooks;
  private final TaskWorkbookUploads uploads;

  public TaskWorkbookResource(TaskWorkbooks workbooks, TaskWorkbookUploads uploads) {
    this.workbooks = workbooks;
    this.uploads = uploads;
  }

  @GET
  @Path("/workbook/template")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The tasks template (XLSX)",
      description =
          "Sheet \"Nhiệm vụ\" with Vietnamese headers, validation lists (organizations and sections"
              + " of the plan's province when planId is given, output types) and the instructions"
              + " sheet \"Hướng dẫn\".")
  public Response tasksTemplate(@QueryParam("planId") UUID planId) {
    return Xlsx.download(
        "nhiem-vu-mau.xlsx", "Nhiệm vụ - mẫu.xlsx", workbooks.tasksTemplate(planId));
  }

  @GET
  @Path("/workbook")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The tasks of a filtered list as a workbook (XLSX)",
      description =
          "The filters of GET /api/v1/tasks, at most 5,000 tasks (more → 400). Each row carries the"
              + " task's ID and version, so the file edited and uploaded updates the same tasks.")
  public Response exportTasks(@Valid @BeanParam Filters filters) {
    return Xlsx.download("nhiem-vu.xlsx", "Nhiệm vụ.xlsx", workbooks.exportTasks(filters.query()));
  }

  @POST
  @Path("/workbook")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @WorkbookUpload
  @APIResponse(
      responseCode = "200",
      description = "What was created, updated and left as it was",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @Operation(
      summary = "Upload a tasks workbook into a plan (coordinators)",
      description =
          "The file is the body (.xlsx, at most 5,000 rows and 10 MB). A row with a task's ID or"
              + " code updates it (the version column must be the one exported), a new code creates"
              + " a task; organizations by directory code or name. Every row goes through the same"
              + " rules as PUT and POST /api/v1/tasks.")
  public Response importTasks(
      @QueryParam("planId") @NotNull UUID planId, @Valid @BeanParam UploadMode mode, byte[] file) {
    // A Response, so an Idempotency-Key's replay has the report to answer.
    return Response.ok(uploads.importTasks(planId, file, mode.value())).build();
  }

  @GET
  @Path("/progress-workbook/template")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The progress template (XLSX)",
      description =
          "Sheet \"Tiến độ\": one progress report per row (task by ID, or by code with planId on"
              + " upload), with the instructions sheet \"Hướng dẫn\".")
  public Response progressTemplate(@QueryParam("planId") UUID planId) {
    return Xlsx.download(
        "tien-do-mau.xlsx", "Tiến độ - mẫu.xlsx", workbooks.progressTemplate(planId));
  }

  @GET
  @Path("/progress-workbook")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The tasks of a filtered list as a progress workbook (XLSX)",
      description =
          "One row per task with its status, progress and evidence now, and empty report columns"
              + " to fill; the filters of GET /api/v1/tasks (e.g. orgId and role=lead for an"
              + " agency's own tasks), at most 5,000 tasks.")
  public Response exportProgress(@Valid @BeanParam Filters filters) {
    return Xlsx.download("tien-do.xlsx", "Tiến độ.xlsx", workbooks.exportProgress(filters.query()));
  }

  @POST
  @Path("/progress-workbook")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @WorkbookUpload
  @APIResponse(
      responseCode = "200",
      description = "Reports recorded and rows left alone",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @Operation(
      summary = "Upload a progress workbook (lead agencies, coordinators)",
      description =
          "Each row is one progress report through POST /api/v1/tasks/{id}/progress and its rules:"
              + " the lead agency (or a coordinator) reports status and progress, a cooperating"
              + " agency a contribution note, anyone else's row is refused. Only what differs from"
              + " the task's state is sent; a row with nothing new is left alone.")
  public Response importProgress(
      @Parameter(description = "The plan whose tasks rows name by code (rows with an ID need none)")
          @QueryParam("planId")
          UUID planId,
      @Valid @BeanParam UploadMode mode,
      byte[] file) {
    // A Response, so an Idempotency-Key's replay has the report to answer.
    return Response.ok(uploads.importProgress(planId, file, mode.value())).build();
  }

  /** The filters of GET /api/v1/tasks, for the exports. */
  public static class Filters {
    @QueryParam("planId")
    public UUID planId;

    @QueryParam("orgId")
    public UUID orgId;

    @QueryParam("role")
    @Pattern(regexp = "lead|cooperating")
    public String role;

    @QueryParam("status")
    public TaskStatus status;

    @QueryParam("timeliness")
    public Timeliness timeliness;

    @QueryParam("dueFrom")
    public LocalDate dueFrom;

    @QueryParam("dueTo")
    public LocalDate dueTo;

    @QueryParam("asOf")
    public LocalDate asOf;

    @QueryParam("parentId")
    public UUID parentId;

    @QueryParam("q")
    @Size(max = 200)
    public String q;

    TaskQuery query() {
      return new TaskQuery(
          planId, orgId, role, status, timeliness, dueFrom, dueTo, asOf, parentId, q);
    }
  }
}
