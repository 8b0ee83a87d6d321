package vn.plantrack.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.service.PlanImports;
import vn.plantrack.platform.security.Roles;

@Path("/api/v1/plans/imports")
@Tag(name = "Plan imports", description = "A published plan's text → a DRAFT plan to review")
@Authenticated
public class PlanImportResource {
  private final PlanImports imports;

  public PlanImportResource(PlanImports imports) {
    this.imports = imports;
  }

  /** The plan's text as published (portal, Word, OCR); its number when the text prints none. */
  public record ImportInput(
      @NotBlank @Size(max = 2_000_000) String text,
      @Size(max = 60) String number,
      @Size(max = 10) String province) {}

  public record ImportView(
      UUID id,
      UUID planId,
      String province,
      String status,
      PlanImport.Counts counts,
      java.util.List<PlanImport.Warning> warnings,
      java.util.List<PlanImport.ImportedTask> tasks,
      java.util.List<PlanImport.ImportedIndicator> indicators,
      Instant createdAt,
      String createdBy) {
    static ImportView of(PlanImport i) {
      return new ImportView(
          i.id,
          i.planId,
          i.province,
          i.status,
          i.result.counts(),
          i.result.warnings(),
          i.result.tasks(),
          i.result.indicators(),
          i.createdAt,
          i.createdBy);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Import a plan document's text into a DRAFT plan",
      description =
          "Reads the header (number, issuer, date, signer, implemented and superseded documents,"
              + " reporting rules), sections, tasks with sub-tasks and the indicator table, resolves"
              + " every agency through the directory, and reports counts and warnings (each with its"
              + " source line) for the coordinator to compare with the document.")
  public Response importJson(@Valid @NotNull ImportInput input) {
    PlanImports.Imported result =
        imports.importText(input.text(), input.number(), input.province());
    return Response.created(URI.create("/api/v1/plans/imports/" + result.planImport().id))
        .entity(ImportView.of(result.planImport()))
        .build();
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Import a plan document sent as plain text (UTF-8)")
  public Response importText(
      @NotBlank @Size(max = 2_000_000) String text,
      @QueryParam("number") @Size(max = 60) String number,
      @QueryParam("province") @Size(max = 10) String province) {
    return importJson(new ImportInput(text, number, province));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An import: counts, warnings, and the tasks and indicators read")
  public ImportView get(@PathParam("id") UUID id) {
    return ImportView.of(imports.get(id));
  }
}
