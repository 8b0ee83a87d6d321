package vn.plantrack.indicator.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.indicator.reading.TargetReader;

@Path("/api/v1/targets")
@Tag(name = "Targets", description = "How a target expression of a plan's appendix is read")
@Authenticated
public class TargetResource {

  @GET
  @Path("/parse")
  @Operation(
      summary = "The structured reading of a target expression",
      description =
          "Kind, bounds and unit of a target such as '≥ 25', '80-90%', '> 0,7' or '3% và tăng dần';"
              + " the indicator's unit decides ranks ('Thứ bậc'). An unknown form is UNRECOGNIZED"
              + " with needsReview, never guessed.")
  public TargetReading parse(
      @QueryParam("text") @NotNull @Size(max = 1000) String text,
      @QueryParam("unit") @Size(max = 300) String unit) {
    return TargetReader.read(text, unit);
  }
}
