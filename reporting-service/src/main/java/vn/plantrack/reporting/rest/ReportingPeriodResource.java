package vn.plantrack.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.reporting.service.ReportingPeriodQueries;

@Path("/api/v1/reporting-periods")
@Tag(name = "Reporting periods", description = "The periods a plan's reporting rules produce")
@Authenticated
public class ReportingPeriodResource {
  private final ReportingPeriodQueries service;

  public ReportingPeriodResource(ReportingPeriodQueries service) {
    this.service = service;
  }

  public record PeriodView(
      String id,
      String frequency,
      String rule,
      LocalDate windowStart,
      LocalDate windowEnd,
      LocalDate cumulativeFrom,
      Instant dueAt,
      LocalDate lastDayOnTime) {}

  @GET
  @Operation(
      summary = "A plan's reporting periods between two dates",
      description =
          "Ids 2025-W23, 2025-06, 2025-Q2, 2025-H1, 2025-9M, 2025, ADHOC-…; data windows by the"
              + " Decree 09/2019/NĐ-CP cut-offs (cumulative for 6-, 9- and 12-month reports); the due"
              + " instant is the first late one ('before day N' = end of day N−1, Asia/Ho_Chi_Minh).")
  public List<PeriodView> list(
      @QueryParam("planId") @NotNull UUID planId,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    LocalDate start = from == null ? LocalDate.now().withDayOfYear(1) : from;
    LocalDate end = to == null ? start.plusYears(1).minusDays(1) : to;
    if (end.isBefore(start)) {
      throw ProblemException.invalid("to", "is before from");
    }
    if (start.plusYears(10).isBefore(end)) {
      throw ProblemException.invalid("to", "at most ten years after from");
    }
    return service.periods(planId, start, end).stream()
        .map(
            rp ->
                new PeriodView(
                    rp.period().id(),
                    rp.period().frequency().name(),
                    rp.ruleName(),
                    rp.period().windowStart(),
                    rp.period().windowEnd(),
                    rp.period().cumulativeFrom(),
                    rp.period().dueAt(),
                    rp.period().lastDayOnTime()))
        .toList();
  }
}
