package vn.plantrack.task.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.idempotency.Idempotent;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;
import vn.plantrack.platform.security.Roles;
import vn.plantrack.platform.web.OnCreate;
import vn.plantrack.task.Task;
import vn.plantrack.task.TaskProgress;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.Timeliness;
import vn.plantrack.task.service.JudgedTask;
import vn.plantrack.task.service.ProgressData;
import vn.plantrack.task.service.TaskCommands;
import vn.plantrack.task.service.TaskData;
import vn.plantrack.task.service.TaskJudging;
import vn.plantrack.task.service.TaskQueries;
import vn.plantrack.task.service.TaskQuery;
import vn.plantrack.task.service.TaskSummary;
import vn.plantrack.task.service.TimelinessSummaryRow;

@Path("/api/v1/tasks")
@Tag(
    name = "Tasks",
    description = "Assignments of a plan, their deadlines, progress and timeliness")
@Authenticated
public class TaskResource {
  private static final Set<String> HISTORY_SORT = Set.of("changedAt");
  private static final Set<String> PROGRESS_SORT = Set.of("reportedAt");

  private final TaskCommands commands;
  private final TaskQueries queries;

  public TaskResource(TaskCommands commands, TaskQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /**
   * A task as a client writes it. Status, progress, timeliness, ids and versions are the service's.
   */
  public record TaskInput(
      @NotNull UUID planId,
      @Size(max = 20) String sectionCode,
      @NotBlank
          @Size(max = 40)
          @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.\\-]*", message = "like 38.12")
          String code,
      UUID parentId,
      @NotBlank @Size(max = 4000) String title,
      @Size(max = 10000) String description,
      @NotEmpty @Size(max = 20) List<@NotNull UUID> leadOrgIds,
      @Size(max = 100) List<@NotNull UUID> cooperatingOrgIds,
      @Size(max = 2000) String expectedOutput,
      @Pattern(regexp = "PLAN|DECISION|DOCUMENT|REPORT|SYSTEM_IN_USE|MEASURABLE_RESULT|OTHER")
          String expectedOutputType,
      @Size(max = 300) String deadlineText,
      UUID implementsTaskId,
      @Null(groups = OnCreate.class, message = OnCreate.VERSION_MESSAGE) Long version) {
    TaskData data() {
      return new TaskData(
          planId,
          sectionCode,
          code,
          parentId,
          title,
          description,
          leadOrgIds,
          cooperatingOrgIds,
          expectedOutput,
          expectedOutputType,
          deadlineText,
          implementsTaskId);
    }
  }

  public record ProgressInput(
      TaskStatus status,
      @Min(0) @Max(100) Integer percent,
      @Size(max = 10000) String note,
      @Size(max = 10000) String difficulties,
      @Size(max = 10000) String proposals,
      LocalDate completedOn,
      @Size(max = 100) String evidenceNumber,
      LocalDate evidenceDate,
      @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "an http(s) link")
          String evidenceLink,
      @Size(max = 2000) String reason) {}

  public record ConditionMetInput(
      @NotNull LocalDate metOn,
      @NotBlank @Size(max = 500) String document,
      @NotNull LocalDate dueDate) {}

  // Named for the merged document (openapi-merge): another service has a different SummaryView.
  @Schema(name = "TaskSummaryView")
  public record SummaryView(
      String groupBy,
      LocalDate asOf,
      List<TimelinessSummaryRow> rows,
      @Schema(
              description =
                  "The tasks in scope (the plan given, within what the caller may read) by"
                      + " timeliness class, each task counted once whatever groupBy is; every class"
                      + " is present (0 when none); tasks without a class are in no total")
          Map<Timeliness, Integer> totals) {}

  @GET
  @Operation(summary = "Tasks, filtered and paged; timeliness as of a date (default today)")
  public Page<TaskView> list(
      @QueryParam("planId") UUID planId,
      @QueryParam("orgId") UUID orgId,
      @QueryParam("role") @Pattern(regexp = "lead|cooperating") String role,
      @QueryParam("status") TaskStatus status,
      @QueryParam("timeliness") Timeliness timeliness,
      @QueryParam("dueFrom") LocalDate dueFrom,
      @QueryParam("dueTo") LocalDate dueTo,
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("parentId") UUID parentId,
      @QueryParam("q") @Size(max = 200) String q,
      @BeanParam PageParams paging) {
    return queries
        .list(
            new TaskQuery(
                planId, orgId, role, status, timeliness, dueFrom, dueTo, asOf, parentId, q),
            paging.toRequest(TaskQueries.SORTABLE, "code,asc"))
        .map(j -> TaskView.of(j, asOf));
  }

  @GET
  @Path("/summary")
  @Operation(
      summary = "Counts by timeliness class, per lead organization or per section",
      description =
          "rows: per lead organization (a task with several lead organizations counts in each of"
              + " their rows) or per section, with cancelled (tasks without a class: cancelled, or a"
              + " deadline nobody has read yet) and total. totals: the tasks in scope by class, each"
              + " task once whatever groupBy is (with groupBy=org, possibly less than the rows' sum).")
  public SummaryView summary(
      @QueryParam("planId") UUID planId,
      @QueryParam("groupBy") @DefaultValue("org") @Pattern(regexp = "org|section") String groupBy,
      @QueryParam("asOf") LocalDate asOf) {
    TaskSummary summary = queries.summary(planId, groupBy, asOf);
    return new SummaryView(
        groupBy,
        asOf == null ? LocalDate.now(TaskJudging.ZONE) : asOf,
        summary.rows(),
        summary.totals());
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The task; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskView.class)))
  @Operation(summary = "One task with its timeliness as of a date")
  public Response get(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
    JudgedTask judged = queries.get(id, asOf);
    return Response.ok(TaskView.of(judged, asOf))
        .tag(new EntityTag(Long.toString(judged.task().version)))
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
              schema = @Schema(implementation = TaskView.class)))
  @Operation(summary = "Add a task to a plan (coordinators of the plan's province)")
  public Response create(
      @Valid @ConvertGroup(to = OnCreate.class) @NotNull TaskInput input, @Context UriInfo uri) {
    Task task = commands.create(input.data());
    return Response.created(uri.getAbsolutePathBuilder().path(task.id.toString()).build())
        .tag(new EntityTag(Long.toString(task.version)))
        .entity(TaskView.of(queries.get(task.id, null), null))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The task as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskView.class)))
  @Operation(summary = "Change a task (If-Match or version required)")
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull TaskInput input) {
    Task task = commands.update(id, ifMatch, input.version(), input.data());
    return Response.ok(TaskView.of(queries.get(task.id, null), null))
        .tag(new EntityTag(Long.toString(task.version)))
        .build();
  }

  @POST
  @Path("/{id}/progress")
  @Idempotent
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFICER})
  @APIResponse(
      responseCode = "201",
      description = "The report as recorded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressView.class)))
  @Operation(
      summary = "Report progress (lead agency) or add a contribution note (cooperating agency)",
      description =
          "Status changes follow NOT_STARTED → IN_PROGRESS → COMPLETED, with PAUSED and CANCELLED (reason);"
              + " completing needs completedOn and evidence (document number and date, or a link).")
  public Response report(@PathParam("id") UUID id, @Valid @NotNull ProgressInput input) {
    TaskProgress progress =
        commands.report(
            id,
            new ProgressData(
                input.status(),
                input.percent(),
                input.note(),
                input.difficulties(),
                input.proposals(),
                input.completedOn(),
                input.evidenceNumber(),
                input.evidenceDate(),
                input.evidenceLink(),
                input.reason()));
    return Response.status(201).entity(ProgressView.of(progress)).build();
  }

  @GET
  @Path("/{id}/progress")
  @Operation(summary = "Progress reports and contribution notes, oldest first (paged)")
  public Page<ProgressView> progress(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries
        .progress(id, paging.toRequest(PROGRESS_SORT, "reportedAt,asc"))
        .map(ProgressView::of);
  }

  @POST
  @Path("/{id}/condition-met")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @APIResponse(
      responseCode = "200",
      description = "The task with its due date",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskView.class)))
  @Operation(summary = "Record that a CONDITIONAL task's condition was met, and its due date")
  public Response conditionMet(@PathParam("id") UUID id, @Valid @NotNull ConditionMetInput input) {
    Task task = commands.conditionMet(id, input.metOn(), input.document(), input.dueDate());
    return Response.ok(TaskView.of(queries.get(task.id, null), null))
        .tag(new EntityTag(Long.toString(task.version)))
        .build();
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Field-level history: who, when, old → new")
  public Page<AuditTrail.Change> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
    return queries.history(id, paging.toRequest(HISTORY_SORT, "changedAt,asc"));
  }
}
