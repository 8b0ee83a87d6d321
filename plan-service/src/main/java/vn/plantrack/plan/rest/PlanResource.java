package vn.plantrack.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanDocument.LegalBasis;
import vn.plantrack.plan.PlanDocument.Objectives;
import vn.plantrack.plan.PlanDocument.Section;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.contract.ReportingRule;
import vn.plantrack.plan.service.PlanCommands;
import vn.plantrack.plan.service.PlanCommands.PlanData;
import vn.plantrack.plan.service.PlanQueries;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.OnCreate;

@Path("/api/v1/plans")
@Tag(
    name = "Plans",
    description =
        "Issued documents and the chain between them (57-NQ/TW → … → a department's plan)")
@Authenticated
public class PlanResource {
  private static final Set<String> HISTORY_SORT = Set.of("changedAt");

  private final PlanCommands commands;
  private final PlanQueries queries;

  public PlanResource(PlanCommands commands, PlanQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** A plan as a client writes it. Ids, status, versions and audit fields are the service's. */
  public record PlanInput(
      @NotBlank @Size(max = 60) String number,
      @NotNull DocumentType documentType,
      @NotBlank @Size(max = 1000) String title,
      @Size(max = 10) String province,
      UUID issuerOrgId,
      LocalDate issuedOn,
      @Size(max = 200) String signer,
      @Valid Objectives objectives,
      @Size(max = 50) List<@NotNull @Valid Section> sections,
      @Size(max = 100) List<@NotNull LegalBasis> legalBases,
      @Size(max = 50) List<@NotNull DocumentReference> implementsDocuments,
      DocumentReference supersedes,
      @Size(max = 20) List<@NotNull ReportingRule> reportingRules,
      @Null(groups = OnCreate.class, message = OnCreate.VERSION_MESSAGE) Long version) {
    PlanData data() {
      return new PlanData(
          number,
          documentType,
          title,
          issuerOrgId,
          issuedOn,
          signer,
          objectives,
          sections,
          legalBases,
          implementsDocuments,
          supersedes,
          reportingRules);
    }
  }

  public record CancelInput(@NotBlank @Size(max = 2000) String reason) {}

  @Schema(
      description = "A plan: the document, its status and version",
      example =
          """
          {"id": "2f9d7c31-4e6b-4a8f-b1c2-5d3e4f5a6b7c", "province": "KT", "number": "1570/KH-UBND",
           "documentType": "PLAN",
           "title": "Triển khai thực hiện Nghị quyết 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ và Chương trình số 95-CTr/TU ngày 24 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy",
           "issuedOn": "2025-05-08", "status": "ISSUED", "sections": [], "legalBases": [],
           "implementsDocuments": [], "reportingRules": [], "version": 2}
          """)
  public record PlanView(
      @Schema(required = true) UUID id,
      @Schema(required = true) String province,
      @Schema(required = true) String number,
      @Schema(required = true) DocumentType documentType,
      @Schema(required = true) String title,
      UUID issuerOrgId,
      LocalDate issuedOn,
      String signer,
      @Schema(required = true) PlanStatus status,
      String statusReason,
      Objectives objectives,
      @Schema(required = true) List<Section> sections,
      @Schema(required = true) List<LegalBasis> legalBases,
      @Schema(required = true) List<DocumentReference> implementsDocuments,
      DocumentReference supersedes,
      @Schema(required = true) List<ReportingRule> reportingRules,
      @Schema(required = true) long version) {
    static PlanView of(Plan p) {
      return new PlanView(
          p.id,
          p.province,
          p.number,
          p.documentType,
          p.title,
          p.issuerOrgId,
          p.issuedOn,
          p.signer,
          p.status,
          p.statusReason,
          p.objectives,
          List.copyOf(p.sections),
          List.copyOf(p.legalBases),
          List.copyOf(p.implementsDocs),
          p.supersedesDoc,
          List.copyOf(p.reportingRules),
          p.version);
    }
  }

  /** A node of the document chain: the plan's identity and its neighbours. */
  public record TreeView(
      UUID id,
      String number,
      DocumentType documentType,
      String title,
      PlanStatus status,
      List<TreeView> implementsPlans,
      List<TreeView> implementedBy) {
    static TreeView of(PlanQueries.Tree t) {
      Plan p = t.plan();
      return new TreeView(
          p.id,
          p.number,
          p.documentType,
          p.title,
          p.status,
          t.up().stream().map(TreeView::of).toList(),
          t.down().stream().map(TreeView::of).toList());
    }
  }

  @GET
  @Operation(summary = "List plans (own province; admin and ministry: all)")
  public Page<PlanView> list(
      @QueryParam("province") String province,
      @QueryParam("status") PlanStatus status,
      @QueryParam("documentType") DocumentType documentType,
      @QueryParam("q") @Size(max = 200) String q,
      @BeanParam PageParams paging) {
    return queries
        .list(
            province,
            status,
            documentType,
            q,
            paging.toRequest(PlanQueries.SORTABLE, "issuedOn,desc"))
        .map(PlanView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One plan")
  @APIResponse(
      responseCode = "200",
      description = "The plan; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)))
  public Response get(@PathParam("id") UUID id) {
    return view(Response.ok(), queries.get(id));
  }

  @GET
  @Path("/{id}/tree")
  @Operation(summary = "The document chain up (what it implements) and down (what implements it)")
  public TreeView tree(@PathParam("id") UUID id) {
    return TreeView.of(queries.tree(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Field-level history, amendments included: who, when, old → new")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(HISTORY_SORT, "changedAt,asc"));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Idempotent
  @Operation(summary = "Create a DRAFT plan")
  @APIResponse(
      responseCode = "201",
      description = "Created (DRAFT); Location names it, ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)))
  public Response create(
      @Valid @ConvertGroup(to = OnCreate.class) @NotNull PlanInput input, @Context UriInfo uri) {
    Plan plan = commands.create(input.province(), input.data());
    return view(
        Response.created(uri.getAbsolutePathBuilder().path(plan.id.toString()).build()), plan);
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Change a plan (If-Match or version required)",
      description =
          "A draft changes freely; an issued plan's identity is frozen and other changes are amendments.")
  @APIResponse(
      responseCode = "200",
      description = "The plan as changed; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PlanInput input) {
    return view(Response.ok(), commands.update(id, ifMatch, input.version(), input.data()));
  }

  @POST
  @Path("/{id}/issue")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "DRAFT → ISSUED (needs issuer and issue date); supersedes the plan it replaces")
  @APIResponse(
      responseCode = "200",
      description = "The plan, ISSUED; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)))
  public Response issue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return view(Response.ok(), commands.issue(id, ifMatch));
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Cancel a DRAFT or ISSUED plan, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The plan, CANCELLED; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanView.class)))
  public Response cancel(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CancelInput input) {
    return view(Response.ok(), commands.cancel(id, input.reason(), ifMatch));
  }

  private static Response view(Response.ResponseBuilder builder, Plan plan) {
    return builder
        .tag(new EntityTag(Long.toString(plan.version)))
        .entity(PlanView.of(plan))
        .build();
  }
}
