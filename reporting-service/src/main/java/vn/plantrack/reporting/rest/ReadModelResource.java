package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.reporting.ReadModelRebuildJob;
import vn.plantrack.reporting.service.ReadModelLag;
import vn.plantrack.reporting.service.ReadModelRebuild;

/** The read model's state: its lag behind the owners' topics, and its rebuild as a job. */
@Path("/api/v1/reporting/read-model")
@Tag(
    name = "Read model",
    description = "The read model's lag, and its rebuild from the owners' topics")
@Authenticated
public class ReadModelResource {
  private final ReadModelRebuild rebuild;
  private final ReadModelLag lag;

  public ReadModelResource(ReadModelRebuild rebuild, ReadModelLag lag) {
    this.rebuild = rebuild;
    this.lag = lag;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "The read model's lag per topic, in seconds (also as metrics)",
      description = "A topic nothing was applied from yet is left out.")
  public Map<String, Map<String, Double>> readModel() {
    Map<String, Map<String, Double>> out = new java.util.TreeMap<>();
    // A topic nothing was applied from yet has no lag: left out (NaN is no JSON number).
    lag.current().entrySet().stream()
        .filter(e -> !Double.isNaN(e.getValue()[0]) && !Double.isNaN(e.getValue()[1]))
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    Map.of("lagSeconds", e.getValue()[0], "ageSeconds", e.getValue()[1])));
    return out;
  }

  /** A rebuild of the read model as its job row has it. */
  public record RebuildView(
      @Schema(required = true) UUID id,
      @Schema(
              required = true,
              enumeration = {"RUNNING", "DONE", "FAILED"})
          String status,
      @Schema(
              required = true,
              enumeration = {"STARTING", "REPLAYING", "CATCHING_UP", "SWITCHING", "TAIL"})
          String phase,
      @Schema(required = true) List<ReadModelRebuildJob.TopicProgress> topics,
      @Schema(required = true) Instant startedAt,
      @Schema(required = true) String startedBy,
      Instant finishedAt,
      String error) {
    static RebuildView of(ReadModelRebuildJob j) {
      return new RebuildView(
          j.id, j.status, j.phase, j.topics, j.startedAt, j.startedBy, j.finishedAt, j.error);
    }
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @APIResponse(
      responseCode = "202",
      description = "The rebuild, started; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RebuildView.class)))
  @Operation(
      summary = "Rebuild the read model from the owners' topics, aside, as a job (admin)",
      description =
          "Builds a fresh read model from the four owners' topics while the live one keeps serving,"
              + " switches to it once it has caught up; a failure leaves the live one as it was."
              + " One at a time: 409 while one runs. Follow /api/v1/reporting/read-model/rebuilds/{id}.")
  public Response rebuild() {
    ReadModelRebuildJob job = rebuild.start();
    return Response.accepted(RebuildView.of(job))
        .header("Location", "/api/v1/reporting/read-model/rebuilds/" + job.id)
        .build();
  }

  @GET
  @Path("/rebuilds/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "A rebuild of the read model: its phase, per topic the offsets reached (admin)")
  public RebuildView rebuildJob(@PathParam("id") UUID id) {
    return RebuildView.of(rebuild.job(id));
  }
}
