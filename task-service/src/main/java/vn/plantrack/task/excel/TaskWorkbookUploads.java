package vn.plantrack.task.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.service.JudgedTask;
import vn.plantrack.task.service.ProgressData;
import vn.plantrack.task.service.TaskAccess;
import vn.plantrack.task.service.TaskCommands;
import vn.plantrack.task.service.TaskData;
import vn.plantrack.task.service.TaskQueries;
import vn.plantrack.workbook.ImportMode;
import vn.plantrack.workbook.ImportReport;
import vn.plantrack.workbook.ReadResult;
import vn.plantrack.workbook.RecordUpserts;
import vn.plantrack.workbook.RowError;
import vn.plantrack.workbook.RowImports;
import vn.plantrack.workbook.RowTargets;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetReader;
import vn.plantrack.workbook.SheetRow;

/**
 * Uploads of the tasks and progress workbooks. Every write goes through {@link TaskCommands}
 * (create, update with the exported version, report), so the rules, the authorization, the audit
 * trail and the events are the API's. The workbook module's scaffold finds each row's task ({@link
 * RecordUpserts}, {@link RowTargets}) and runs the rows all or nothing, or row by row.
 *
 * <p>Organizations are named by their directory code or name (case and diacritics aside) and
 * resolved through task-service's copy of the directory, in the plan's province.
 */
@ApplicationScoped
public class TaskWorkbookUploads {
  private final TaskCommands commands;
  private final TaskQueries queries;
  private final TaskAccess access;
  private final DirectoryQueries directory;
  private final RowImports imports;
  private final RecordUpserts upserts;

  public TaskWorkbookUploads(
      TaskCommands commands,
      TaskQueries queries,
      TaskAccess access,
      DirectoryQueries directory,
      RowImports imports,
      RecordUpserts upserts) {
    this.commands = commands;
    this.queries = queries;
    this.access = access;
    this.directory = directory;
    this.imports = imports;
    this.upserts = upserts;
  }

  /**
   * A tasks workbook for a plan: a row whose ID or code is a task of the plan updates it (with the
   * version it was exported at), any other row creates a task. Parents before their sub-tasks.
   */
  public ImportReport importTasks(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = access.visiblePlan(planId);
    access.requireCoordinator(plan.province);
    List<KnownOrganization> known = directory.organizationsOf(plan.province);
    SheetDefinition sheet = TaskSheets.tasks(TaskSheets.choices(known), plan.sections);
    ReadResult read = SheetReader.read(file, sheet).requireHeaders();
    Map<String, UUID> orgIds = new HashMap<>();
    known.forEach(o -> orgIds.put(o.code, o.id));
    return upserts.run(
        mode,
        sheet,
        read,
        TaskSheets.TASKS,
        plan.number,
        queries.inPlan(plan.id),
        new RecordUpserts.Writes<Task, TaskData>(
            (row, existing, parentId) -> data(plan, row, existing, parentId, orgIds),
            commands::create,
            (task, version, data) -> commands.update(task.id, null, version, data),
            TaskWorkbookUploads::same),
        TaskSheets.TASK_FIELDS);
  }

  /** The row as a task's content; a column the workbook leaves out keeps what is there. */
  private static TaskData data(
      KnownPlan plan, SheetRow row, Task existing, UUID parentId, Map<String, UUID> orgIds) {
    return new TaskData(
        plan.id,
        keep(row, "section", existing, t -> t.sectionCode),
        row.text("code"),
        parentId,
        row.text("title"),
        keep(row, "description", existing, t -> t.description),
        ids(row.list("leadOrgs"), orgIds),
        row.has("cooperatingOrgs")
            ? ids(row.list("cooperatingOrgs"), orgIds)
            : existing == null ? List.of() : List.copyOf(existing.cooperatingOrgIds),
        keep(row, "output", existing, t -> t.expectedOutput),
        row.has("outputType")
            ? row.choice("outputType")
            : existing == null ? null : existing.expectedOutputType,
        keep(row, "deadline", existing, t -> t.deadlineText),
        existing == null ? null : existing.implementsTaskId);
  }

  /** The cell's text, or the task's current value when the workbook has no such column. */
  private static String keep(SheetRow row, String key, Task existing, Function<Task, String> now) {
    if (row.has(key) || existing == null) {
      return row.text(key);
    }
    return now.apply(existing);
  }

  private static List<UUID> ids(List<String> codes, Map<String, UUID> orgIds) {
    // The reader already refused names not in the list: every code is known.
    return codes.stream().map(orgIds::get).filter(Objects::nonNull).toList();
  }

  /** Whether writing the data would change nothing the task holds. */
  static boolean same(Task t, TaskData d) {
    return Objects.equals(t.sectionCode, blank(d.sectionCode()))
        && t.code.equals(d.code())
        && Objects.equals(t.parentId, d.parentId())
        && t.title.equals(d.title())
        && Objects.equals(t.description, blank(d.description()))
        && List.copyOf(t.leadOrgIds).equals(d.leadOrgIds())
        && List.copyOf(t.cooperatingOrgIds).equals(d.cooperatingOrgIds())
        && Objects.equals(t.expectedOutput, blank(d.expectedOutput()))
        && Objects.equals(t.expectedOutputType, d.expectedOutputType())
        && Objects.equals(t.deadlineText, blank(d.deadlineText()));
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A progress workbook: each row reports on one task (by ID, or by code in the plan given) what
   * differs from its state now and the narrative; a row with nothing new is left alone. The lead
   * agency's officers and coordinators report progress; a cooperating agency adds notes; anyone
   * else's row is refused by the service's rule.
   */
  public ImportReport importProgress(UUID planId, byte[] file, ImportMode mode) {
    KnownPlan plan = planId == null ? null : access.visiblePlan(planId);
    SheetDefinition sheet = TaskSheets.progress(List.of());
    ReadResult read = SheetReader.read(file, sheet).requireHeaders();
    Map<String, UUID> idsByCode = new HashMap<>();
    if (plan != null) {
      queries.inPlan(plan.id).forEach(t -> idsByCode.put(t.code, t.id));
    }
    RowTargets<JudgedTask> tasks =
        new RowTargets<>(
            TaskSheets.TASKS.through(JudgedTask::task),
            planId,
            plan == null ? null : plan.number,
            idsByCode,
            id -> queries.get(id, null));
    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> steps = new ArrayList<>();
    for (SheetRow row : read.validRows()) {
      JudgedTask judged = tasks.find(row, sheet, errors);
      if (judged == null) {
        continue;
      }
      ProgressData data = progress(row, judged);
      UUID taskId = judged.task().id;
      steps.add(
          new RowImports.Step(
              row,
              () -> {
                if (data == null) {
                  return RowImports.Outcome.UNCHANGED;
                }
                commands.report(taskId, data);
                return RowImports.Outcome.CREATED;
              }));
    }
    return imports.run(mode, sheet, read.rows().size(), errors, steps, Map.of());
  }

  /** What a row reports beyond the task's state now; null when it reports nothing. */
  static ProgressData progress(SheetRow row, JudgedTask judged) {
    Task t = judged.task();
    TaskStatus status = row.blank("status") ? null : TaskStatus.valueOf(row.choice("status"));
    if (status == judged.status()) {
      status = null;
    }
    Integer percent = row.blank("percent") ? null : row.integer("percent");
    if (percent != null && percent == judged.progressPercent()) {
      percent = null;
    }
    boolean completing = status == TaskStatus.COMPLETED;
    String evidenceNumber = changed(row.text("evidenceNumber"), t.evidenceNumber, completing);
    LocalDate evidenceDate = changed(row.date("evidenceDate"), t.evidenceDate, completing);
    String evidenceLink = changed(row.text("evidenceLink"), t.evidenceLink, completing);
    ProgressData data =
        new ProgressData(
            status,
            percent,
            row.text("note"),
            row.text("difficulties"),
            row.text("proposals"),
            completing ? row.date("completedOn") : null,
            evidenceNumber,
            evidenceDate,
            evidenceLink,
            row.text("reason"));
    boolean nothing =
        data.status() == null
            && data.percent() == null
            && data.note() == null
            && data.difficulties() == null
            && data.proposals() == null
            && evidenceNumber == null
            && evidenceDate == null
            && evidenceLink == null
            && data.reason() == null;
    return nothing ? null : data;
  }

  /** A value to send: when completing, what the row says; otherwise only what is new. */
  private static <T> T changed(T value, T now, boolean completing) {
    return completing || !Objects.equals(value, now) ? value : null;
  }
}
