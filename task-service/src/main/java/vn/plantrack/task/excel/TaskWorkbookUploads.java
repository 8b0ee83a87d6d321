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
import vn.plantrack.platform.problem.ProblemException;
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
import vn.plantrack.workbook.RowError;
import vn.plantrack.workbook.RowImports;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetReader;
import vn.plantrack.workbook.SheetRow;
import vn.plantrack.workbook.WorkbookRejected;

/**
 * Uploads of the tasks and progress workbooks. Every write goes through {@link TaskCommands}
 * (create, update with the exported version, report), so the rules, the authorization, the audit
 * trail and the events are the API's; {@link RowImports} runs them all or nothing, or row by row.
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

  public TaskWorkbookUploads(
      TaskCommands commands,
      TaskQueries queries,
      TaskAccess access,
      DirectoryQueries directory,
      RowImports imports) {
    this.commands = commands;
    this.queries = queries;
    this.access = access;
    this.directory = directory;
    this.imports = imports;
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
    ReadResult read = SheetReader.read(file, sheet);
    rejectHeader(read);
    Map<String, UUID> idsByCode = new HashMap<>();
    Map<UUID, Task> byId = new HashMap<>();
    for (Task t : queries.inPlan(plan.id)) {
      idsByCode.put(t.code, t.id);
      byId.put(t.id, t);
    }
    Map<String, UUID> orgIds = new HashMap<>();
    known.forEach(o -> orgIds.put(o.code, o.id));

    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> parents = new ArrayList<>();
    List<RowImports.Step> children = new ArrayList<>();
    Map<String, Integer> codeRows = new HashMap<>();
    Map<UUID, Integer> idRows = new HashMap<>();
    for (SheetRow row : read.validRows()) {
      List<RowError> problems = new ArrayList<>();
      String code = row.text("code");
      Integer twice = codeRows.putIfAbsent(code, row.number());
      if (twice != null) {
        problems.add(error(row, sheet, "code", "the code is also on row " + twice));
      }
      Task target = null;
      UUID id = row.uuid("id");
      if (id != null) {
        target = byId.get(id);
        Integer again = idRows.putIfAbsent(id, row.number());
        if (target == null) {
          problems.add(error(row, sheet, "id", "no task with this ID in plan " + plan.number));
        } else if (again != null) {
          problems.add(error(row, sheet, "id", "the ID is also on row " + again));
        }
      } else if (idsByCode.containsKey(code)) {
        target = byId.get(idsByCode.get(code));
      }
      Long version = row.blank("version") ? null : row.number("version").longValueExact();
      if (target != null && version == null) {
        problems.add(
            error(
                row,
                sheet,
                "version",
                "task "
                    + target.code
                    + " exists: give the version its export shows, so nobody's change is"
                    + " overwritten"));
      }
      if (!problems.isEmpty()) {
        errors.addAll(problems);
        continue;
      }
      Task existing = target;
      RowImports.Step step =
          new RowImports.Step(
              row, () -> applyTask(plan, row, existing, version, idsByCode, orgIds));
      (row.blank("parentCode") ? parents : children).add(step);
    }
    List<RowImports.Step> steps = new ArrayList<>(parents);
    steps.addAll(children);
    return imports.run(mode, sheet, read.rows().size(), errors, steps, TaskSheets.TASK_FIELDS);
  }

  private RowImports.Outcome applyTask(
      KnownPlan plan,
      SheetRow row,
      Task existing,
      Long version,
      Map<String, UUID> idsByCode,
      Map<String, UUID> orgIds) {
    UUID parentId;
    if (existing != null && !row.has("parentCode")) {
      parentId = existing.parentId;
    } else if (row.blank("parentCode")) {
      parentId = null;
    } else {
      parentId = idsByCode.get(row.text("parentCode"));
      if (parentId == null) {
        throw ProblemException.invalid(
            "parentId", "no task " + row.text("parentCode") + " in plan " + plan.number);
      }
    }
    TaskData data =
        new TaskData(
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
    if (existing == null) {
      Task created = commands.create(data);
      idsByCode.put(created.code, created.id);
      return RowImports.Outcome.CREATED;
    }
    if (same(existing, data)) {
      return RowImports.Outcome.UNCHANGED;
    }
    commands.update(existing.id, null, version, data);
    return RowImports.Outcome.UPDATED;
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
    ReadResult read = SheetReader.read(file, sheet);
    rejectHeader(read);
    Map<String, UUID> idsByCode = new HashMap<>();
    if (plan != null) {
      queries.inPlan(plan.id).forEach(t -> idsByCode.put(t.code, t.id));
    }
    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> steps = new ArrayList<>();
    for (SheetRow row : read.validRows()) {
      UUID id = row.uuid("id");
      String code = row.text("code");
      if (id == null && code == null) {
        errors.add(RowError.ofRow(row.number(), "give the task's ID or its code"));
        continue;
      }
      if (id == null && plan == null) {
        errors.add(
            error(
                row, sheet, "code", "upload with ?planId= to find tasks by code, or give the ID"));
        continue;
      }
      if (id == null) {
        id = idsByCode.get(code);
        if (id == null) {
          errors.add(error(row, sheet, "code", "no task " + code + " in plan " + plan.number));
          continue;
        }
      }
      JudgedTask judged;
      try {
        judged = queries.get(id, null);
      } catch (ProblemException e) {
        errors.add(error(row, sheet, "id", e.getMessage()));
        continue;
      }
      Task task = judged.task();
      if (code != null && !code.equals(task.code)) {
        errors.add(error(row, sheet, "code", "the ID is task " + task.code + "'s, not " + code));
        continue;
      }
      if (plan != null && !plan.id.equals(task.planId)) {
        errors.add(error(row, sheet, "id", "task " + task.code + " is not in plan " + plan.number));
        continue;
      }
      ProgressData data = progress(row, judged);
      UUID taskId = id;
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

  // --- Helpers
  // --------------------------------------------------------------------------------------------

  private static void rejectHeader(ReadResult read) {
    if (!read.headerErrors().isEmpty()) {
      throw new WorkbookRejected(read.rows().size(), read.headerErrors());
    }
  }

  private static RowError error(SheetRow row, SheetDefinition sheet, String key, String message) {
    return new RowError(
        row.number(), sheet.column(key).orElseThrow().header(), row.cell(key), key, message);
  }
}
