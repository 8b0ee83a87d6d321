package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.reporting.service.ComplianceQueries;
import vn.plantrack.reporting.service.ReadModelLag;
import vn.plantrack.reporting.service.ReadModelRebuild;

@Path("/api/v1/reporting")
@Tag(name = "Compliance", description = "Who reported, on time or late; the read model's state")
@Authenticated
public class ComplianceResource {
  private final ComplianceQueries compliance;
  private final ReadModelRebuild rebuild;
  private final ReadModelLag lag;

  public ComplianceResource(
      ComplianceQueries compliance, ReadModelRebuild rebuild, ReadModelLag lag) {
    this.compliance = compliance;
    this.rebuild = rebuild;
    this.lag = lag;
  }

  @GET
  @Path("/compliance")
  @Operation(
      summary = "Completeness and timeliness of a period's reports, per unit and overall",
      description = "Expected vs received (completeness) and received on time (timeliness).")
  public ComplianceQueries.Compliance compliance(
      @QueryParam("planId") @NotNull UUID planId,
      @QueryParam("period") @NotNull @Size(max = 40) String period) {
    return compliance.compliance(planId, period);
  }

  @GET
  @Path("/compliance/history")
  @Operation(summary = "Completeness and timeliness of every period that has reports")
  public List<ComplianceQueries.Compliance> history(@QueryParam("planId") @NotNull UUID planId) {
    return compliance.history(planId);
  }

  @GET
  @Path("/read-model")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "The read model's lag per topic, in seconds (also as metrics)")
  public Map<String, Map<String, Double>> readModel() {
    Map<String, Map<String, Double>> out = new java.util.TreeMap<>();
    lag.current().forEach((t, v) -> out.put(t, Map.of("lagSeconds", v[0], "ageSeconds", v[1])));
    return out;
  }

  @POST
  @Path("/read-model/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Empty the read model and replay the owners' topics from the start (admin)")
  public Map<String, Map<String, Integer>> rebuild() {
    return rebuild.rebuild();
  }
}
