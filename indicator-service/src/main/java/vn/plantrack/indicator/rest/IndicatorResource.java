package vn.plantrack.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.service.Evaluated;
import vn.plantrack.indicator.service.EvaluationSummaryRow;
import vn.plantrack.indicator.service.Evaluator;
import vn.plantrack.indicator.service.IndicatorCommands;
import vn.plantrack.indicator.service.IndicatorData;
import vn.plantrack.indicator.service.IndicatorQueries;
import vn.plantrack.indicator.service.IndicatorQuery;
import vn.plantrack.indicator.service.MeasurementData;
import vn.plantrack.indicator.service.TargetData;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.OnCreate;

@Path("/api/v1/indicators")
@Tag(
    name = "Indicators",
    description = "KPI indicators of a plan, their milestone targets, values and evaluation")
@Authenticated
public class IndicatorResource {
  private static final Set<String> HISTORY_SORT = Set.of("changedAt");

  private final IndicatorCommands commands;
  private final IndicatorQueries queries;

  public IndicatorResource(IndicatorCommands commands, IndicatorQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  public record TargetInput(
      @NotNull @Min(1990) @Max(2100) Integer year,
      @NotBlank @Size(max = 1000) String text,
      TargetKind kind,
      @Size(max = 5) String operator,
      @Digits(integer = 14, fraction = 6) BigDecimal min,
      @Digits(integer = 14, fraction = 6) BigDecimal max,
      @Size(max = 300) String unit) {}

  /**
   * An indicator as a client writes it. Ids, province, value type, evaluation and versions are the
   * service's; a target's reading comes from its text unless a coordinator sets its kind.
   */
  public record IndicatorInput(
      @NotNull UUID planId,
      @NotBlank
          @Size(max = 40)
          @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.\\-]*", message = "like 7.1")
          String code,
      UUID parentId,
      @NotBlank @Size(max = 2000) String name,
      @Size(max = 300) String unit,
      Direction direction,
      Counting counting,
      @Size(max = 20) List<@NotNull UUID> leadOrgIds,
      @Size(max = 50) List<@NotNull UUID> responsibleOrgIds,
      @Size(max = 20) List<@NotNull UUID> monitoringOrgIds,
      @Digits(integer = 14, fraction = 6) BigDecimal baselineValue,
      @Size(max = 300) String baselineText,
      @Min(1990) @Max(2100) Integer baselineYear,
      @Size(max = 10) List<@Valid @NotNull TargetInput> targets,
      @Null(groups = OnCreate.class, message = OnCreate.VERSION_MESSAGE) Long version) {
    IndicatorData data() {
      return new IndicatorData(
          planId,
          code,
          parentId,
          name,
          unit,
          direction,
          counting,
          leadOrgIds,
          responsibleOrgIds,
          monitoringOrgIds,
          baselineValue,
          baselineText,
          baselineYear,
          targets == null
              ? List.of()
              : targets.stream()
                  .map(
                      t ->
                          new TargetData(
                              t.year(),
                              t.text(),
                              t.kind(),
                              t.operator(),
                              t.min(),
                              t.max(),
                              t.unit()))
                  .toList());
    }
  }

  /** A value for a period: a JSON number, true/false or a text, by the indicator's value type. */
  public record MeasurementInput(
      @NotBlank @Size(max = 10) String period,
      @NotNull
          @Schema(
              description = "a number, true/false or a text, by the indicator's value type",
              implementation = Object.class,
              oneOf = {java.math.BigDecimal.class, Boolean.class, String.class})
          JsonNode value,
      @Size(max = 500) String source,
      @Size(max = 4000) String note) {}

  public record JudgementInput(
      @NotNull @Min(1990) @Max(2100) Integer year,
      @NotNull Evaluation result,
      @NotBlank @Size(max = 4000) String reason) {}

  public record JudgementView(
      int year, Evaluation result, String reason, Instant judgedAt, String judgedBy) {}

  // Named for the merged document (openapi-merge): another service has a different SummaryView.
  @Schema(name = "IndicatorSummaryView")
  public record SummaryView(UUID planId, LocalDate asOf, List<EvaluationSummaryRow> rows) {}

  @GET
  @Operation(summary = "Indicators, filtered and paged")
  public Page<IndicatorView> list(
      @QueryParam("planId") UUID planId,
      @QueryParam("orgId") UUID orgId,
      @QueryParam("role") @Pattern(regexp = "lead|responsible|monitoring") String role,
      @QueryParam("parentId") UUID parentId,
      @QueryParam("q") @Size(max = 200) String q,
      @BeanParam PageParams paging) {
    return queries
        .list(
            new IndicatorQuery(planId, orgId, role, parentId, q),
            paging.toRequest(IndicatorQueries.SORTABLE, "code,asc"))
        .map(IndicatorView::of);
  }

  @GET
  @Path("/summary")
  @Operation(
      summary = "A plan's indicators by evaluation, per monitoring organization and overall",
      description =
          "Each indicator counts with its current milestone (the first whose year has not passed)."
              + " Group rows are left out: their children count.")
  public SummaryView summary(
      @QueryParam("planId") @NotNull UUID planId, @QueryParam("asOf") LocalDate asOf) {
    return new SummaryView(
        planId, asOf == null ? Evaluator.today() : asOf, queries.summary(planId, asOf));
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The indicator; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorView.class)))
  @Operation(summary = "One indicator with its targets")
  public Response get(@PathParam("id") UUID id) {
    Indicator indicator = queries.get(id);
    return Response.ok(IndicatorView.of(indicator))
        .tag(new EntityTag(Long.toString(indicator.version)))
        .build();
  }

  @POST
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorView.class)))
  @Operation(summary = "Add an indicator to a plan (coordinators of the plan's province)")
  public Response create(
      @Valid @ConvertGroup(to = OnCreate.class) @NotNull IndicatorInput input,
      @Context UriInfo uri) {
    Indicator indicator = commands.create(input.data());
    return Response.created(uri.getAbsolutePathBuilder().path(indicator.id.toString()).build())
        .tag(new EntityTag(Long.toString(indicator.version)))
        .entity(IndicatorView.of(indicator))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The indicator as changed; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorView.class)))
  @Operation(summary = "Change an indicator (If-Match or version required)")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull IndicatorInput input) {
    Indicator indicator = commands.update(id, ifMatch, input.version(), input.data());
    return Response.ok(IndicatorView.of(indicator))
        .tag(new EntityTag(Long.toString(indicator.version)))
        .build();
  }

  @POST
  @Path("/{id}/measurements")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @APIResponse(
      responseCode = "201",
      description = "The period's first value, as recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasurementView.class)))
  @APIResponse(
      responseCode = "200",
      description = "A correction of a recorded period: its new revision",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasurementView.class)))
  @Operation(
      summary = "Record the value of a period (monitoring organization or coordinator)",
      description =
          "Periods: 2025, 2025-H1, 2025-Q2, 2025-06, within the plan's horizon. Recording a period"
              + " again corrects it; the old value stays in the history.")
  public Response record(@PathParam("id") UUID id, @Valid @NotNull MeasurementInput input) {
    Measurement m =
        commands.record(
            id, new MeasurementData(input.period(), input.value(), input.source(), input.note()));
    return Response.status(m.revision == 1 ? 201 : 200).entity(MeasurementView.of(m)).build();
  }

  @GET
  @Path("/{id}/measurements")
  @Operation(summary = "The recorded values, oldest period first (current revision of each)")
  public List<MeasurementView> measurements(@PathParam("id") UUID id) {
    return queries.measurements(id).stream().map(MeasurementView::of).toList();
  }

  @POST
  @Path("/{id}/judgements")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Judge a qualitative target for its milestone year (MET or NOT_MET, reason)")
  public JudgementView judge(@PathParam("id") UUID id, @Valid @NotNull JudgementInput input) {
    Judgement j = commands.judge(id, input.year(), input.result(), input.reason());
    return new JudgementView(j.year, j.result, j.reason, j.judgedAt, j.judgedBy);
  }

  @GET
  @Path("/{id}/evaluation")
  @Operation(
      summary = "Per milestone: MET, NOT_MET, ON_TRACK, AT_RISK, NO_DATA or NEEDS_JUDGEMENT",
      description =
          "As of a date (default today). Before the milestone year the latest value is compared with"
              + " the straight line from the baseline to the target; see the service README.")
  public EvaluationView evaluation(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
    Evaluated e = queries.evaluation(id, asOf);
    Map<Integer, String> texts = new java.util.HashMap<>();
    e.indicator().targets.forEach(t -> texts.put(t.year(), t.text()));
    return new EvaluationView(
        e.indicator().id,
        e.indicator().code,
        e.asOf(),
        e.milestones().stream()
            .map(
                m ->
                    new MilestoneView(
                        m.result().year(),
                        texts.get(m.result().year()),
                        m.result().evaluation(),
                        m.result().period(),
                        m.result().value(),
                        m.result().flag(),
                        m.result().expected(),
                        m.result().finalForYear(),
                        m.result().basis(),
                        m.children().isEmpty() ? null : m.children()))
            .toList());
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      summary = "Field-level history (values and corrections included): who, when, old → new")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(HISTORY_SORT, "changedAt,asc"));
  }
}
