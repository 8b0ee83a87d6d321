package vn.plantrack.indicator.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.indicator.excel.IndicatorUpload;
import vn.plantrack.indicator.excel.MeasurementUpload;
import vn.plantrack.indicator.excel.WorkbookExports;
import vn.plantrack.indicator.service.IndicatorQuery;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.workbook.ImportReport;
import vn.plantrack.workbook.UploadMode;
import vn.plantrack.workbook.WorkbookUpload;
import vn.plantrack.workbook.Xlsx;

/**
 * Indicators and their values as Excel workbooks (XLSX): templates with Vietnamese headers,
 * validation lists and an instructions sheet; exports of any filtered list (the filters of {@code
 * GET /api/v1/indicators}); uploads checked row by row, all or nothing by default.
 */
@Path("/api/v1/indicators")
@Tag(
    name = "Indicator workbooks",
    description =
        "Excel (XLSX) templates, exports and uploads of indicators and measured values. An export is"
            + " a valid upload; an upload with a wrong row answers 422 with every error (row,"
            + " column, message) and changes nothing, unless mode=apply-valid-rows.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON) // the uploads' reports; the downloads produce XLSX
public class IndicatorWorkbookResource {
  private final WorkbookExports exports;
  private final IndicatorUpload indicatorUpload;
  private final MeasurementUpload measurementUpload;

  public IndicatorWorkbookResource(
      WorkbookExports exports,
      IndicatorUpload indicatorUpload,
      MeasurementUpload measurementUpload) {
    this.exports = exports;
    this.indicatorUpload = indicatorUpload;
    this.measurementUpload = measurementUpload;
  }

  @GET
  @Path("/workbook/template")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The indicators template (XLSX)",
      description =
          "Sheet \"Chỉ tiêu\" with a column per milestone year (\"Mục tiêu 2025\" … \"Mục tiêu"
              + " 2045\"), validation lists (the province's organizations when planId is given,"
              + " directions, counting) and the instructions sheet \"Hướng dẫn\".")
  public Response indicatorsTemplate(@QueryParam("planId") UUID planId) {
    return Xlsx.download(
        "chi-tieu-mau.xlsx", "Chỉ tiêu - mẫu.xlsx", exports.indicatorsTemplate(planId));
  }

  @GET
  @Path("/workbook")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The indicators of a filtered list as a workbook (XLSX)",
      description =
          "The filters of GET /api/v1/indicators, at most 5,000 indicators (more → 400); a target"
              + " column per milestone year they have. Each row carries the indicator's ID and"
              + " version, so the file edited and uploaded updates the same indicators.")
  public Response exportIndicators(@Valid @BeanParam Filters filters) {
    return Xlsx.download(
        "chi-tieu.xlsx", "Chỉ tiêu.xlsx", exports.exportIndicators(filters.query()));
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
      summary = "Upload an indicators workbook into a plan (coordinators)",
      description =
          "The file is the body (.xlsx, at most 5,000 rows and 10 MB). A row with an indicator's"
              + " ID or code updates it (the version column must be the one exported), a new code"
              + " creates one; organizations by directory code or name; targets from the \"Mục"
              + " tiêu <year>\" columns. Every row goes through the rules of PUT and POST"
              + " /api/v1/indicators.")
  public Response importIndicators(
      @QueryParam("planId") @NotNull UUID planId, @Valid @BeanParam UploadMode mode, byte[] file) {
    // A Response, so an Idempotency-Key's replay has the report to answer.
    return Response.ok(indicatorUpload.importIndicators(planId, file, mode.value())).build();
  }

  @GET
  @Path("/measurements-workbook/template")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The values template (XLSX)",
      description =
          "Sheet \"Số liệu\": one value of one indicator for one period per row (indicator by ID,"
              + " or by code with planId on upload), with the instructions sheet \"Hướng dẫn\".")
  public Response measurementsTemplate(@QueryParam("planId") UUID planId) {
    return Xlsx.download(
        "so-lieu-mau.xlsx", "Số liệu - mẫu.xlsx", exports.measurementsTemplate(planId));
  }

  @GET
  @Path("/measurements-workbook")
  @Produces(Xlsx.MEDIA_TYPE)
  @Operation(
      summary = "The values of a filtered list's indicators as a workbook (XLSX)",
      description =
          "A row per recorded period (current revision), and an empty row to fill for an"
              + " indicator without values; group rows take no values and are left out. The"
              + " filters of GET /api/v1/indicators (e.g. orgId and role=monitoring for what an"
              + " agency records).")
  public Response exportMeasurements(@Valid @BeanParam Filters filters) {
    return Xlsx.download(
        "so-lieu.xlsx", "Số liệu.xlsx", exports.exportMeasurements(filters.query()));
  }

  @POST
  @Path("/measurements-workbook")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  @WorkbookUpload
  @APIResponse(
      responseCode = "200",
      description = "Values recorded, corrected and left alone",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @Operation(
      summary = "Upload a values workbook (monitoring organizations, coordinators)",
      description =
          "Each row is recorded through POST /api/v1/indicators/{id}/measurements and its rules:"
              + " only the indicator's monitoring organization (or a coordinator) records, the"
              + " period lies in the plan's horizon and has begun, another value for a recorded"
              + " period is a correction. A row equal to the recorded value is left alone.")
  public Response importMeasurements(
      @Parameter(
              description =
                  "The plan whose indicators rows name by code (rows with an ID need none)")
          @QueryParam("planId")
          UUID planId,
      @Valid @BeanParam UploadMode mode,
      byte[] file) {
    // A Response, so an Idempotency-Key's replay has the report to answer.
    return Response.ok(measurementUpload.importMeasurements(planId, file, mode.value())).build();
  }

  /** The filters of GET /api/v1/indicators, for the exports. */
  public static class Filters {
    @QueryParam("planId")
    public UUID planId;

    @QueryParam("orgId")
    public UUID orgId;

    @QueryParam("role")
    @Pattern(regexp = "lead|responsible|monitoring")
    public String role;

    @QueryParam("parentId")
    public UUID parentId;

    @QueryParam("q")
    @Size(max = 200)
    public String q;

    IndicatorQuery query() {
      return new IndicatorQuery(planId, orgId, role, parentId, q);
    }
  }
}
