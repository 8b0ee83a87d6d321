package vn.plantrack.task.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.reading.DeadlineReader;

@Path("/api/v1/deadlines")
@Tag(name = "Deadlines", description = "How a deadline phrase of a document is read")
@Authenticated
public class DeadlineResource {

  @GET
  @Path("/parse")
  @Operation(
      summary = "The structured reading of a deadline phrase",
      description =
          "\"6/2025\", \"Quý IV/2025\", \"Thường xuyên\", \"Sau khi có hướng dẫn của Trung ương\" …; a phrase"
              + " that cannot be read is UNRECOGNIZED and flagged for review, never guessed.")
  public Deadline parse(@QueryParam("text") @NotNull @Size(max = 300) String text) {
    return DeadlineReader.read(text);
  }
}
