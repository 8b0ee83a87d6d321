package vn.plantrack.plan.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.documents.PublishedDocuments;
import vn.plantrack.plan.documents.WorkbookText;
import vn.plantrack.plan.service.PlanImportConfirmation;
import vn.plantrack.plan.service.PlanImportJobs;
import vn.plantrack.plan.service.PlanImports;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.security.Roles;

@Path("/api/v1/plans/imports")
@Tag(
    name = "Plan imports",
    description =
        "A published plan's text or workbook → a DRAFT plan to review → confirmed: the plan issued,"
            + " its tasks and indicators created in task- and indicator-service")
@Authenticated
public class PlanImportResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PDF = "application/pdf";
  private static final String RESPOND_ASYNC = "respond-async";

  private final PlanImports imports;
  private final PlanImportJobs jobs;
  private final PlanImportConfirmation confirmation;
  private final SecurityIdentity identity;
  private final PublishedDocuments documents;

  public PlanImportResource(
      PlanImports imports,
      PlanImportJobs jobs,
      PlanImportConfirmation confirmation,
      SecurityIdentity identity,
      PublishedDocuments documents) {
    this.documents = documents;
    this.imports = imports;
    this.jobs = jobs;
    this.confirmation = confirmation;
    this.identity = identity;
  }

  /** The plan's text as published (portal, Word, OCR); its number when the text prints none. */
  public record ImportInput(
      @NotBlank @Size(max = 2_000_000) String text,
      @Size(max = 60) String number,
      @Size(max = 10) String province) {}

  /** The coordinator's decisions on confirming (see {@link PlanImportConfirmation.Decisions}). */
  /** A decided name: the organization it means, or null (left out). */
  @Schema(
      name = "OrganizationDecision",
      type = SchemaType.STRING,
      format = "uuid",
      nullable = true,
      description = "the directory organization id the name means; null leaves the name out")
  static final class OrganizationDecision {
    private OrganizationDecision() {}
  }

  /** The decided names: name as printed → {@link OrganizationDecision}. */
  @Schema(
      name = "OrganizationDecisions",
      type = SchemaType.OBJECT,
      additionalProperties = OrganizationDecision.class)
  static final class OrganizationDecisions {
    private OrganizationDecisions() {}
  }

  public record ConfirmInput(
      @Schema(
              description =
                  "agency names as printed → the directory organization id they mean; null leaves"
                      + " the name out. Every name that did not resolve must be given here.",
              implementation = OrganizationDecisions.class)
          @Size(max = 500)
          Map<@NotBlank @Size(max = 500) String, UUID> organizations,
      @Schema(
              description =
                  "task code here → code of the task it carries out in the plan this one"
                      + " implements (a sub-plan's links, task by task)")
          @Size(max = 2000)
          Map<@NotBlank @Size(max = 40) String, @NotBlank @Size(max = 40) String> implementsTasks,
      @Schema(description = "the plan's issue date, when the document prints none")
          java.time.LocalDate issuedOn,
      @Schema(
              description =
                  "the plan's number, when the document prints none (the import's `needs` says"
                      + " so); required then")
          @Size(max = 60)
          String number) {}

  public record ImportView(
      UUID id,
      UUID planId,
      String province,
      String status,
      String sourceFormat,
      String stage,
      int progress,
      PlanImport.Failure failure,
      PlanImport.Counts counts,
      List<PlanImport.Warning> warnings,
      @Schema(description = "what the document says about itself, as read")
          PlanImport.Header header,
      @Schema(
              description =
                  "what the document does not print and confirm must be given: \"number\","
                      + " \"issuedOn\"")
          List<String> needs,
      List<PlanImport.ImportedTask> tasks,
      List<PlanImport.ImportedIndicator> indicators,
      @Schema(
              description =
                  "suggested links of tasks to those of the plan this one implements (by the words"
                      + " they share); accept them with confirm's implementsTasks")
          List<PlanImport.Link> links,
      Instant createdAt,
      String createdBy,
      Instant confirmedAt,
      String confirmedBy,
      PlanImport.Confirmation confirmation,
      long version) {
    static ImportView of(PlanImport i) {
      PlanImport.Result r = i.result;
      return new ImportView(
          i.id,
          i.planId,
          i.province,
          i.status,
          i.sourceFormat,
          i.stage,
          i.progress,
          i.failure,
          r == null ? null : r.counts(),
          r == null ? List.of() : r.warnings(),
          r == null ? null : r.header(),
          r == null ? List.of() : r.needs(),
          r == null ? List.of() : r.tasks(),
          r == null ? List.of() : r.indicators(),
          r == null ? List.of() : r.links(),
          i.createdAt,
          i.createdBy,
          i.confirmedAt,
          i.confirmedBy,
          i.confirmation,
          i.version);
    }
  }

  private static final String IMPORT_DESCRIPTION =
      "Reads the header (number, issuer, date, signer, implemented and superseded documents,"
          + " reporting rules), sections, tasks with sub-tasks and the indicator table, resolves"
          + " every agency through the directory, and reports counts and warnings (each with its"
          + " source line) for the coordinator to compare with the document. With `Prefer:"
          + " respond-async` the document is read as a job: 202 with the import READING (stage,"
          + " progress); poll its Location until DRAFT (or FAILED with the problem).";

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INTEGRATION})
  @Operation(
      summary = "Import a plan document's text into a DRAFT plan",
      description = IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Read: the import (DRAFT) with its plan and what was read; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Prefer: respond-async: the import READING, as a job; poll its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  public Response importJson(
      @Valid @NotNull ImportInput input, @HeaderParam("Prefer") @Size(max = 200) String prefer) {
    return start(input.text(), "TEXT", input.number(), input.province(), prefer);
  }

  @POST
  @Idempotent
  @Consumes(MediaType.TEXT_PLAIN)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INTEGRATION})
  @Operation(
      summary = "Import a plan document sent as plain text (UTF-8)",
      description = IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Read: the import (DRAFT) with its plan and what was read; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Prefer: respond-async: the import READING, as a job; poll its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  public Response importText(
      @NotBlank @Size(max = 2_000_000) String text,
      @QueryParam("number") @Size(max = 60) String number,
      @QueryParam("province") @Size(max = 10) String province,
      @HeaderParam("Prefer") @Size(max = 200) String prefer) {
    return start(text, "TEXT", number, province, prefer);
  }

  @POST
  @Idempotent
  @Consumes(XLSX)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INTEGRATION})
  @Operation(
      summary = "Import a plan published as a workbook (.xlsx)",
      description =
          "Each sheet's rows are read in order: a row of several cells is a table row, a row of one"
              + " cell a line of text (headings, header, prose); then as a text import. "
              + IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Read: the import (DRAFT) with its plan and what was read; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Prefer: respond-async: the import READING, as a job; poll its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  public Response importWorkbook(
      @NotNull byte[] workbook,
      @QueryParam("number") @Size(max = 60) String number,
      @QueryParam("province") @Size(max = 10) String province,
      @HeaderParam("Prefer") @Size(max = 200) String prefer) {
    return start(WorkbookText.read(workbook), "XLSX", number, province, prefer);
  }

  @POST
  @Idempotent
  @Consumes({
    DOCX,
    PDF,
    "image/png",
    "image/jpeg",
    "image/tiff",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INTEGRATION})
  @Operation(
      summary = "Import a plan published as a file: Word, PDF (text or scanned), image",
      description =
          "The format is told by the bytes (a .docx, a .xlsx, a PDF, a PNG/JPEG/TIFF image, UTF-8"
              + " text), not the declared type. Word: paragraphs in order with their list labels,"
              + " tables as rows (merged cells, repeated headers once). PDF: the text layer in"
              + " reading order, tables rebuilt from where the words stand; scanned pages and"
              + " images through OCR (Vietnamese), every doubtful line an OCR_DOUBT warning. 415"
              + " for any other format, 413 over 200 pages or 60 Mpixel a page, 422 for a file that"
              + " cannot be read. Each task and indicator says where it was read (`source`: lines,"
              + " page/table/row, confidence). Scans are slow: send them with `Prefer:"
              + " respond-async`. "
              + IMPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "201",
      description = "Read: the import (DRAFT) with its plan and what was read; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Prefer: respond-async: the import READING, as a job; poll its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  public Response importFile(
      @NotNull byte[] document,
      @QueryParam("number") @Size(max = 60) String number,
      @QueryParam("province") @Size(max = 10) String province,
      @HeaderParam("Prefer") @Size(max = 200) String prefer) {
    PublishedDocuments.Format format = documents.format(document);
    if (format == PublishedDocuments.Format.XLSX) {
      return start(WorkbookText.read(document), "XLSX", number, province, prefer);
    }
    Supplier<DocumentText> read = () -> documents.read(document);
    if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains(RESPOND_ASYNC)) {
      return accepted(jobs.submit(read, format.name(), number, province, identity));
    }
    PlanImports.Imported result = imports.importDocument(read.get(), number, province);
    return Response.created(URI.create("/api/v1/plans/imports/" + result.planImport().id))
        .entity(ImportView.of(result.planImport()))
        .build();
  }

  private static Response accepted(PlanImport job) {
    return Response.accepted(ImportView.of(job))
        .location(URI.create("/api/v1/plans/imports/" + job.id))
        .header("Preference-Applied", RESPOND_ASYNC)
        .header("Retry-After", "1")
        .build();
  }

  private Response start(
      String text, String format, String number, String province, String prefer) {
    if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains(RESPOND_ASYNC)) {
      return accepted(jobs.submit(text, format, number, province, identity));
    }
    PlanImports.Imported result = imports.importDocument(text, format, number, province);
    return Response.created(URI.create("/api/v1/plans/imports/" + result.planImport().id))
        .entity(ImportView.of(result.planImport()))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "An import: status (READING, FAILED, DRAFT, CONFIRMED), counts, warnings, and the"
              + " tasks and indicators read")
  @APIResponse(
      responseCode = "200",
      description = "The import; ETag is its version, Retry-After while READING",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportView.class)))
  public Response get(@PathParam("id") UUID id) {
    PlanImport found = imports.get(id);
    Response.ResponseBuilder response =
        Response.ok(ImportView.of(found)).tag(new EntityTag(Long.toString(found.version)));
    if (PlanImport.READING.equals(found.status)) {
      response.header("Retry-After", "1");
    }
    return response.build();
  }

  @POST
  @Path("/{id}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.INTEGRATION})
  @Operation(
      summary = "Confirm a reviewed import: issue the plan, create its tasks and indicators",
      description =
          "Issues the DRAFT plan and sends its tasks (with sub-tasks) and indicators to task- and"
              + " indicator-service in one event written with the plan's change: all or nothing."
              + " Every agency name that did not resolve must be mapped to a directory"
              + " organization or left out (null) in `organizations`; every task must keep a lead."
              + " Confirming a CONFIRMED import again answers it unchanged and sends nothing.")
  public ImportView confirm(@PathParam("id") UUID id, @Valid ConfirmInput input) {
    ConfirmInput decisions = input == null ? new ConfirmInput(null, null, null, null) : input;
    return ImportView.of(
        confirmation.confirm(
            id,
            new PlanImportConfirmation.Decisions(
                decisions.organizations(),
                decisions.implementsTasks(),
                decisions.issuedOn(),
                decisions.number())));
  }
}
