package vn.plantrack.task.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.DirectoryQueries;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.task.Task;
import vn.plantrack.task.service.JudgedTask;
import vn.plantrack.task.service.TaskAccess;
import vn.plantrack.task.service.TaskQueries;
import vn.plantrack.task.service.TaskQuery;
import vn.plantrack.workbook.Choice;
import vn.plantrack.workbook.Download;
import vn.plantrack.workbook.Exports;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetWriter;

/**
 * Tasks and progress as Excel workbooks to download: templates, and exports of any filtered list
 * (the list endpoint's own query, so the same tasks in the same order). An export is a valid upload
 * ({@link TaskWorkbookUploads}).
 *
 * <p>Organizations are named by their directory code (the lists show code and name), from
 * task-service's copy of the directory, in the plan's province.
 */
@ApplicationScoped
public class TaskWorkbooks {
  private final TaskQueries queries;
  private final TaskAccess access;
  private final DirectoryQueries directory;
  private final Caller caller;

  public TaskWorkbooks(
      TaskQueries queries, TaskAccess access, DirectoryQueries directory, Caller caller) {
    this.queries = queries;
    this.access = access;
    this.directory = directory;
    this.caller = caller;
  }

  // --- Templates
  // ------------------------------------------------------------------------------------------

  /** The tasks template, with the lists of a plan (its province's organizations, its sections). */
  public Download tasksTemplate(UUID planId) {
    KnownPlan plan = planId == null ? null : access.visiblePlan(planId);
    SheetDefinition sheet =
        TaskSheets.tasks(
            TaskSheets.choices(directory.organizationsOf(province(plan))),
            plan == null ? List.of() : plan.sections);
    return out -> SheetWriter.template(sheet, out);
  }

  public Download progressTemplate(UUID planId) {
    KnownPlan plan = planId == null ? null : access.visiblePlan(planId);
    SheetDefinition sheet =
        TaskSheets.progress(TaskSheets.choices(directory.organizationsOf(province(plan))));
    return out -> SheetWriter.template(sheet, out);
  }

  private String province(KnownPlan plan) {
    return plan != null ? plan.province : caller.province().orElse(null);
  }

  // --- Exports
  // --------------------------------------------------------------------------------------------

  /** The tasks of a filtered list, as the tasks sheet (a valid upload as it is). */
  public Download exportTasks(TaskQuery query) {
    List<JudgedTask> found = all(query);
    Exports.Names names = names(found);
    Map<UUID, String> parentCodes = parentCodes(found);
    List<String> sections =
        query.planId() == null ? List.of() : directory.sectionsOf(query.planId());
    SheetDefinition sheet = TaskSheets.tasks(names.choices(), sections);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JudgedTask j : found) {
      Task t = j.task();
      Map<String, Object> row = new HashMap<>();
      row.put("id", t.id);
      row.put("plan", names.planNumber(t.planId));
      row.put("section", t.sectionCode);
      row.put("code", t.code);
      row.put("parentCode", t.parentId == null ? null : parentCodes.get(t.parentId));
      row.put("title", t.title);
      row.put("leadOrgs", names.codes(t.leadOrgIds));
      row.put("cooperatingOrgs", names.codes(t.cooperatingOrgIds));
      row.put("output", t.expectedOutput);
      row.put("outputType", t.expectedOutputType);
      row.put("deadline", t.deadlineText);
      row.put("description", t.description);
      row.put("status", j.status().name());
      row.put("percent", j.progressPercent());
      row.put("dueDate", j.deadline().dueDate());
      row.put("timeliness", j.timeliness().map(Enum::name).orElse(null));
      row.put("version", t.version);
      rows.add(row);
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  /** The tasks of a filtered list as the progress sheet: their state now, notes to fill. */
  public Download exportProgress(TaskQuery query) {
    List<JudgedTask> found = all(query);
    Exports.Names names = names(found);
    SheetDefinition sheet = TaskSheets.progress(names.choices());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JudgedTask j : found) {
      Task t = j.task();
      Map<String, Object> row = new HashMap<>();
      row.put("id", t.id);
      row.put("plan", names.planNumber(t.planId));
      row.put("code", t.code);
      row.put("title", t.title);
      row.put("leadOrgs", names.codes(t.leadOrgIds));
      row.put("deadline", t.deadlineText);
      row.put("timeliness", j.timeliness().map(Enum::name).orElse(null));
      row.put("status", j.status().name());
      row.put("percent", j.progressPercent());
      row.put("completedOn", t.completedOn);
      row.put("evidenceNumber", t.evidenceNumber);
      row.put("evidenceDate", t.evidenceDate);
      row.put("evidenceLink", t.evidenceLink);
      rows.add(row);
    }
    return out -> SheetWriter.export(sheet, rows, out);
  }

  /** Every task the list query finds, in its order; more than a workbook holds is a 400. */
  private List<JudgedTask> all(TaskQuery query) {
    return Exports.all(
        page -> queries.list(query, page), "tasks", "planId, orgId, status, dueFrom, dueTo, q");
  }

  /** The code of each task's parent: from the export itself, the others looked up. */
  private Map<UUID, String> parentCodes(List<JudgedTask> found) {
    return Exports.parentCodes(found, TaskSheets.TASKS.through(JudgedTask::task), queries::codesOf);
  }

  private Exports.Names names(List<JudgedTask> found) {
    Set<String> provinces =
        found.stream().map(j -> j.task().province).collect(Collectors.toCollection(HashSet::new));
    Map<UUID, Choice> organizations = new LinkedHashMap<>();
    directory
        .organizationsOf(provinces)
        .forEach(o -> organizations.put(o.id, Choice.of(o.code, o.name)));
    Set<UUID> planIds = found.stream().map(j -> j.task().planId).collect(Collectors.toSet());
    return new Exports.Names(organizations, directory.planNumbers(planIds));
  }
}
