package vn.plantrack.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.service.OrganizationCommands;
import vn.plantrack.plan.service.OrganizationCommands.OrganizationData;
import vn.plantrack.plan.service.OrganizationQueries;
import vn.plantrack.plan.service.OrganizationQueries.Details;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;

@Path("/api/v1/organizations")
@Tag(
    name = "Organizations",
    description = "The agency directory (Sở, Ban, UBND, Phòng, groups) and reorganizations")
@Authenticated
public class OrganizationResource {
  private static final java.util.Set<String> HISTORY_SORT = java.util.Set.of("changedAt");

  private final OrganizationCommands commands;
  private final OrganizationQueries queries;

  public OrganizationResource(OrganizationCommands commands, OrganizationQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /**
   * What a client sends to add an agency or a group. Ids, versions and audit fields are the
   * service's.
   */
  public record OrganizationInput(
      @NotBlank
          @Size(max = 80)
          @Pattern(regexp = "[A-Z]{2}(\\.[A-Z0-9-]+)+", message = "like KT.STC")
          String code,
      @Size(max = 10) String province,
      @NotBlank @Size(max = 300) String name,
      @Size(max = 120) String shortName,
      @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
      @NotNull OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 500) List<@NotNull UUID> memberIds,
      @Size(max = 20) List<@NotBlank String> memberTypes) {}

  /** A change to an agency: its whole changeable state, with the version it was read at. */
  public record OrganizationUpdate(
      @NotBlank @Size(max = 300) String name,
      @Size(max = 120) String shortName,
      @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
      @NotNull OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 500) List<@NotNull UUID> memberIds,
      @Size(max = 20) List<@NotBlank String> memberTypes,
      Long version) {}

  /** A focal point (đầu mối) of an agency: an email or a phone, or both. */
  public record OrganizationContact(
      @Schema(required = true, examples = "Nguyễn Thị Lan") @NotBlank @Size(max = 200) String name,
      @Schema(examples = "lan.nt@kontum.gov.vn") @Email @Size(max = 254) String email,
      @Schema(examples = "0260 3862 123")
          @Pattern(
              regexp = "\\+?[0-9][0-9 .()-]{5,19}",
              message = "a phone number like 0260 3862 123")
          String phone,
      @Schema(examples = "Chuyên viên đầu mối") @Size(max = 200) String role) {
    Organization.Contact kept() {
      return new Organization.Contact(name, email, phone, role);
    }

    static OrganizationContact of(Organization.Contact c) {
      return new OrganizationContact(c.name(), c.email(), c.phone(), c.role());
    }
  }

  /** The agency's whole list of focal points, with the version it was read at. */
  public record ContactsInput(
      @Schema(required = true) @NotNull @Size(max = 20)
          List<@Valid @NotNull OrganizationContact> contacts,
      Long version) {}

  public record MergeInput(
      @NotNull UUID successorId, @NotNull LocalDate effectiveOn, @Size(max = 2000) String note) {}

  public record SplitInput(
      @NotEmpty @Size(max = 20) List<@NotNull UUID> successorIds,
      @NotNull LocalDate effectiveOn,
      @Size(max = 2000) String note) {}

  public record OrganizationView(
      @Schema(required = true) UUID id,
      @Schema(required = true) String code,
      @Schema(required = true) String province,
      @Schema(required = true) String name,
      String shortName,
      @Schema(required = true) List<String> aliases,
      @Schema(required = true) OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      @Schema(required = true) List<UUID> memberIds,
      @Schema(required = true) List<String> memberTypes,
      @Schema(required = true) List<UUID> predecessorIds,
      @Schema(required = true) List<UUID> successorIds,
      @Schema(required = true) List<OrganizationContact> contacts,
      @Schema(required = true) long version) {
    static OrganizationView of(Details d) {
      Organization o = d.organization();
      return new OrganizationView(
          o.id,
          o.code,
          o.province,
          o.name,
          o.shortName,
          List.copyOf(o.aliases),
          o.type,
          o.parentId,
          o.validFrom,
          o.validTo,
          d.memberIds(),
          List.copyOf(o.memberTypes),
          d.predecessorIds(),
          d.successorIds(),
          o.contacts.stream().map(OrganizationContact::of).toList(),
          o.version);
    }
  }

  public record MatchView(OrganizationView organization, double score, boolean exact) {}

  public record Resolution(String name, List<MatchView> matches) {}

  @GET
  @Operation(
      summary =
          "List the directory (own province; admin and ministry: all); asOf= shows who existed then")
  public Page<OrganizationView> list(
      @QueryParam("province") String province,
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("type") OrganizationType type,
      @QueryParam("asOf") LocalDate asOf,
      @BeanParam PageParams paging) {
    return queries
        .list(province, q, type, asOf, paging.toRequest(OrganizationQueries.SORTABLE, "name,asc"))
        .map(OrganizationView::of);
  }

  @GET
  @Path("/resolve")
  @Operation(
      summary = "Which organization a name as written in a document means",
      description =
          "Ranked matches with a score (1 = a name or alias matched exactly, ignoring case and diacritics);"
              + " no match rather than a wrong one.")
  public Resolution resolve(
      @QueryParam("name") @NotBlank @Size(max = 300) String name,
      @QueryParam("province") String province,
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
    return new Resolution(
        name,
        queries.resolve(name, province, asOf, limit).stream()
            .map(m -> new MatchView(OrganizationView.of(m.organization()), m.score(), m.exact()))
            .toList());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One organization, with its group members and lineage")
  @APIResponse(
      responseCode = "200",
      description = "The organization; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response get(@PathParam("id") UUID id) {
    return withEtag(Response.ok(), queries.get(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Field-level history: who, when, old → new")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(HISTORY_SORT, "changedAt,asc"));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Idempotent
  @Operation(summary = "Add an organization or a group (admin; coordinators in their own province)")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response create(@Valid @NotNull OrganizationInput input, @Context UriInfo uri) {
    Details created =
        commands.create(
            input.code(),
            input.province(),
            new OrganizationData(
                input.name(),
                input.shortName(),
                input.aliases(),
                input.type(),
                input.parentId(),
                input.validFrom(),
                input.validTo(),
                input.memberIds(),
                input.memberTypes()));
    return withEtag(
        Response.created(
            uri.getAbsolutePathBuilder().path(created.organization().id.toString()).build()),
        created);
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Change an organization (send If-Match with the ETag, or the version in the body)")
  @APIResponse(
      responseCode = "200",
      description = "The organization as changed; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrganizationUpdate input) {
    Details updated =
        commands.update(
            id,
            ifMatch,
            input.version(),
            new OrganizationData(
                input.name(),
                input.shortName(),
                input.aliases(),
                input.type(),
                input.parentId(),
                input.validFrom(),
                input.validTo(),
                input.memberIds(),
                input.memberTypes()));
    return withEtag(Response.ok(), updated);
  }

  @PUT
  @Path("/{id}/contacts")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @Operation(
      summary =
          "Replace an agency's focal points (its officers, its province's coordinators, admins)",
      description =
          "The whole list, in the agency's order; they are told about its tasks and reports. Send If-Match"
              + " with the organization's ETag, or its version in the body. A group has none: its members'"
              + " focal points are told.")
  @APIResponse(
      responseCode = "200",
      description = "The organization with its focal points; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response replaceContacts(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ContactsInput input) {
    return withEtag(
        Response.ok(),
        commands.replaceContacts(
            id,
            ifMatch,
            input.version(),
            input.contacts().stream().map(OrganizationContact::kept).toList()));
  }

  @POST
  @Path("/{id}/merge")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Merge into a successor from a date",
      description =
          "The organization ends the day before effectiveOn; its open tasks, indicators and pending reports pass"
              + " to the successor (event plantrack.organization.merged.v1).")
  @APIResponse(
      responseCode = "200",
      description =
          "The merged organization, ended the day before effectiveOn; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response merge(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull MergeInput input) {
    return withEtag(
        Response.ok(),
        commands.merge(id, input.successorId(), input.effectiveOn(), input.note(), ifMatch));
  }

  @POST
  @Path("/{id}/split")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Split into successors from a date (the first successor takes the open work)",
      description = "Event plantrack.organization.split.v1.")
  @APIResponse(
      responseCode = "200",
      description = "The split organization, ended the day before effectiveOn; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganizationView.class)))
  public Response split(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SplitInput input) {
    return withEtag(
        Response.ok(),
        commands.split(id, input.successorIds(), input.effectiveOn(), input.note(), ifMatch));
  }

  private static Response withEtag(Response.ResponseBuilder builder, Details details) {
    OrganizationView view = OrganizationView.of(details);
    return builder.tag(new EntityTag(Long.toString(view.version()))).entity(view).build();
  }
}
