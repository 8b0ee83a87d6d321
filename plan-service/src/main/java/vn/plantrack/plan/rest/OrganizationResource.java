package vn.plantrack.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.service.OrganizationService;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The agency directory (Sở, Ban, UBND, Phòng, …)")
@Authenticated
public class OrganizationResource {
  private final OrganizationService service;

  public OrganizationResource(OrganizationService service) {
    this.service = service;
  }

  /**
   * What a client sends to add an agency. Ids, province of non-admins, versions and audit fields
   * are ours.
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
      LocalDate validTo) {}

  /** A change to an agency: the whole changeable state, with the version it was read at. */
  public record OrganizationUpdate(
      @NotBlank @Size(max = 300) String name,
      @Size(max = 120) String shortName,
      @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
      @NotNull OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      Long version) {}

  public record OrganizationView(
      UUID id,
      String code,
      String province,
      String name,
      String shortName,
      List<String> aliases,
      OrganizationType type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      long version) {
    static OrganizationView of(Organization o) {
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
          o.version);
    }
  }

  @GET
  @Operation(summary = "List the directory (own province; admin and ministry: all)")
  public Page<OrganizationView> list(
      @QueryParam("province") String province,
      @QueryParam("q") String q,
      @QueryParam("type") OrganizationType type,
      @BeanParam PageParams paging) {
    return service
        .list(province, q, type, paging.toRequest(OrganizationService.SORTABLE, "name,asc"))
        .map(OrganizationView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One organization")
  public Response get(@PathParam("id") UUID id) {
    OrganizationView view = OrganizationView.of(service.get(id));
    return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Change an organization (send If-Match with the ETag, or the version in the body)")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrganizationUpdate input) {
    Organization org =
        service.update(
            id,
            ifMatch,
            new OrganizationService.OrganizationChange(
                input.name(),
                input.shortName(),
                input.aliases(),
                input.type(),
                input.parentId(),
                input.validFrom(),
                input.validTo(),
                input.version()));
    return Response.ok(OrganizationView.of(org))
        .tag(new EntityTag(Long.toString(org.version)))
        .build();
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Add an organization (admin; coordinators in their own province)")
  public Response create(
      @Valid @NotNull OrganizationInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
    Organization org =
        service.create(
            new OrganizationService.NewOrganization(
                input.code(),
                input.province(),
                input.name(),
                input.shortName(),
                input.aliases(),
                input.type(),
                input.parentId(),
                input.validFrom(),
                input.validTo()));
    return Response.created(uri.getAbsolutePathBuilder().path(org.id.toString()).build())
        .tag(new EntityTag(Long.toString(org.version)))
        .entity(OrganizationView.of(org))
        .build();
  }
}
