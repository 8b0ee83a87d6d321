package vn.plantrack.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Roles;

/**
 * {@code /api/v1/admin/{service}/dead-letters}: the events this service's consumers dead-lettered
 * (poison, or the rejected parts of an event applied in part), read from its dead-letter topic;
 * admins inspect and replay them (API.md, Dead letters). {@code service} is the service's short
 * name ({@code task} for task-service), so that the gateway routes each to its owner; another name
 * answers 404.
 */
@Path("/api/v1/admin/{service}/dead-letters")
@Tag(name = "Dead letters", description = "Events the service's consumers could not apply")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {
  private final DeadLetters deadLetters;
  private final String service;

  public DeadLetterResource(
      DeadLetters deadLetters, @ConfigProperty(name = "quarkus.application.name") String name) {
    this.deadLetters = deadLetters;
    this.service = name.replaceFirst("-service$", "");
  }

  @GET
  @Operation(
      summary = "The service's dead-lettered events, oldest first",
      description =
          "Each with its source topic, partition and offset, event id and type, the reason and the"
              + " last replay. sort=deadLetteredAt,asc|desc.")
  public Page<DeadLetters.View> list(
      @PathParam("service") String service, @BeanParam PageParams paging) {
    // The paging is checked first: a bad size is a 400 whichever service the path names.
    var request = paging.toRequest(Set.of("deadLetteredAt"), "deadLetteredAt,asc");
    check(service);
    return deadLetters.list(request);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One dead-lettered event, with the record as received (value)")
  public DeadLetters.View get(
      @PathParam("service") String service,
      @PathParam("id") @Pattern(regexp = "\\d{1,9}-\\d{1,19}") String id) {
    check(service);
    return deadLetters.get(id);
  }

  @POST
  @Path("/{id}/replay")
  @Operation(
      summary = "Apply the event now through its consumer",
      description =
          "APPLIED, or DUPLICATE when it was applied already; 422 when it still cannot be applied"
              + " (the reason), 503 when the database or broker is away. Audited.")
  public DeadLetters.ReplayResult replay(
      @PathParam("service") String service,
      @PathParam("id") @Pattern(regexp = "\\d{1,9}-\\d{1,19}") String id) {
    check(service);
    return deadLetters.replay(id);
  }

  @POST
  @Path("/replay")
  @Operation(
      summary = "Replay every dead-lettered event no replay applied yet",
      description = "In the order they were dead-lettered; each result, and the counts. Audited.")
  public DeadLetters.ReplayAll replayAll(@PathParam("service") String service) {
    check(service);
    return deadLetters.replayAll();
  }

  private void check(String asked) {
    if (!service.equals(asked)) {
      throw ProblemException.notFound("service", asked);
    }
  }
}
