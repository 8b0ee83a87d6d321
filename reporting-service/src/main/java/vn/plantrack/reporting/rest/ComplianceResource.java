package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.reporting.service.ComplianceQueries;

@Path("/api/v1/reporting")
@Tag(name = "Compliance", description = "Who reported, on time or late")
@Authenticated
public class ComplianceResource {
  private final ComplianceQueries compliance;

  public ComplianceResource(ComplianceQueries compliance) {
    this.compliance = compliance;
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
}
