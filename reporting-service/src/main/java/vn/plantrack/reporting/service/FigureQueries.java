package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.task.contract.ParentRollup;
import vn.plantrack.task.contract.TaskHistory;
import vn.plantrack.task.contract.TaskJudgement;
import vn.plantrack.task.contract.TaskVersion;
import vn.plantrack.task.contract.Timeliness;

/**
 * A plan's figures as of a date, from the read model only: every task with its timeliness class (a
 * parent by its sub-tasks) and every indicator with the value and evaluation as of then ({@link
 * IndicatorLineQueries}).
 */
@ApplicationScoped
public class FigureQueries {
  private final TaskViewRepository tasks;
  private final IndicatorLineQueries indicators;
  private final OrganizationViewRepository organizations;

  public FigureQueries(
      TaskViewRepository tasks,
      IndicatorLineQueries indicators,
      OrganizationViewRepository organizations) {
    this.tasks = tasks;
    this.indicators = indicators;
    this.organizations = organizations;
  }

  /**
   * A plan as of a date: the task lines (each task as a whole), each unit's own task lines (a
   * collective's members each get their own part), and the indicator lines with who monitors each.
   */
  public record PlanFigures(
      LocalDate asOf,
      List<ReportContent.TaskLine> tasks,
      Map<UUID, List<ReportContent.TaskLine>> unitTasks,
      List<ReportContent.IndicatorLine> indicators,
      Map<UUID, List<UUID>> indicatorMonitors) {

    /**
     * What one unit's report shows: the tasks (or parts) it answers for, the indicators it
     * monitors.
     */
    public ReportContent forUnit(UUID orgId) {
      List<ReportContent.TaskLine> own = unitTasks.getOrDefault(orgId, List.of());
      return new ReportContent(
          asOf,
          count(own),
          own,
          indicators.stream().filter(i -> indicatorMonitors.get(i.id()).contains(orgId)).toList());
    }

    public Map<String, Integer> totals() {
      return count(tasks);
    }
  }

  /** Counts by timeliness class, every class present (0 when none). */
  public static Map<String, Integer> count(List<ReportContent.TaskLine> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Timeliness t : Timeliness.values()) {
      counts.put(t.name(), 0);
    }
    lines.stream()
        .filter(l -> l.timeliness() != null)
        .forEach(l -> counts.merge(l.timeliness(), 1, Integer::sum));
    return counts;
  }

  /**
   * Every task judged as of the end of {@code asOf} by task-service's own rule (task-contract's
   * {@link TaskHistory} and {@link TaskJudgement}) over the versions it published, so this agrees
   * with task-service's answer for the same date, task by task.
   */
  public PlanFigures of(UUID planId, LocalDate asOf) {
    List<TaskViewRepository.Row> all = new ArrayList<>(tasks.rowsOf(planId));
    Map<UUID, List<TaskVersion>> versions = tasks.versionsOf(planId);
    Map<UUID, TaskVersion> then = new HashMap<>();
    versions.forEach((id, v) -> then.put(id, TaskHistory.asOf(v, asOf)));
    all.removeIf(t -> !then.containsKey(t.id()));
    Map<UUID, List<TaskVersion>> children = new HashMap<>();
    all.stream()
        .filter(t -> t.parentId() != null)
        .forEach(
            t ->
                children
                    .computeIfAbsent(t.parentId(), k -> new ArrayList<>())
                    .add(then.get(t.id())));
    all = byCode(all, TaskViewRepository.Row::code);
    Narratives narratives = new Narratives(tasks.notesOf(planId, endOf(asOf)));
    Map<UUID, String> names = agencyNames(all, then.values());
    List<ReportContent.TaskLine> taskLines = new ArrayList<>();
    Map<UUID, List<ReportContent.TaskLine>> unitTasks = new HashMap<>();
    for (TaskViewRepository.Row t : all) {
      TaskVersion version = then.get(t.id());
      List<TaskVersion> subTasks = children.getOrDefault(t.id(), List.of());
      ParentRollup.Result whole = TaskJudgement.judge(version, subTasks, asOf);
      ReportContent.TaskLine line = line(t, whole, narratives.of(t.id(), null, names), names);
      taskLines.add(line);
      if (!subTasks.isEmpty() || version.parts().isEmpty()) {
        t.leadOrgIds()
            .forEach(org -> unitTasks.computeIfAbsent(org, k -> new ArrayList<>()).add(line));
        continue;
      }
      for (TaskVersion.Part part : version.parts()) {
        ParentRollup.Result own = TaskJudgement.part(version, part, asOf);
        unitTasks
            .computeIfAbsent(part.orgId(), k -> new ArrayList<>())
            .add(line(t, own, narratives.of(t.id(), part.orgId(), names), names));
      }
    }
    IndicatorLineQueries.Lines indicatorLines = indicators.of(planId, asOf);
    List<ReportContent.IndicatorLine> lines =
        byCode(indicatorLines.lines(), ReportContent.IndicatorLine::code);
    return new PlanFigures(asOf, taskLines, unitTasks, lines, indicatorLines.monitors());
  }

  private static ReportContent.TaskLine line(
      TaskViewRepository.Row t,
      ParentRollup.Result judged,
      String narrative,
      Map<UUID, String> names) {
    return new ReportContent.TaskLine(
        t.id(),
        t.code(),
        t.title(),
        t.deadlineText(),
        judged.status().name(),
        judged.progressPercent(),
        judged.timeliness().map(Enum::name).orElse(null),
        narrative,
        agencies(t.leadOrgIds(), names),
        agencies(t.cooperatingOrgIds(), names));
  }

  /** The names of every agency the plan's tasks name or give a part to, read in one query. */
  private Map<UUID, String> agencyNames(
      List<TaskViewRepository.Row> rows, java.util.Collection<TaskVersion> versions) {
    java.util.Set<UUID> ids = new java.util.HashSet<>();
    rows.forEach(
        t -> {
          ids.addAll(t.leadOrgIds());
          ids.addAll(t.cooperatingOrgIds());
        });
    versions.forEach(v -> v.parts().forEach(p -> ids.add(p.orgId())));
    return organizations.namesOf(ids);
  }

  /** An organization the read model does not know is named by its id. */
  private static List<ReportContent.Agency> agencies(List<UUID> ids, Map<UUID, String> names) {
    return ids.stream()
        .map(id -> new ReportContent.Agency(id, names.getOrDefault(id, id.toString())))
        .toList();
  }

  /**
   * What the agencies wrote on each task by the date: each agency's latest note, in the order they
   * last wrote.
   */
  private static final class Narratives {
    private final Map<UUID, Map<UUID, String>> latest = new HashMap<>();

    Narratives(List<TaskViewRepository.Note> notes) {
      for (TaskViewRepository.Note n : notes) {
        latest.computeIfAbsent(n.taskId(), k -> new LinkedHashMap<>()).remove(n.orgId());
        latest.get(n.taskId()).put(n.orgId(), n.note());
      }
    }

    /** One agency's latest note ({@code orgId} given), else every agency's, named. */
    String of(UUID taskId, UUID orgId, Map<UUID, String> names) {
      Map<UUID, String> byOrg = latest.getOrDefault(taskId, Map.of());
      if (orgId != null) {
        return byOrg.get(orgId);
      }
      if (byOrg.isEmpty()) {
        return null;
      }
      if (byOrg.size() == 1) {
        return byOrg.values().iterator().next();
      }
      List<String> parts = new ArrayList<>();
      byOrg.forEach(
          (org, note) ->
              parts.add(
                  org == null ? note : names.getOrDefault(org, org.toString()) + ": " + note));
      return String.join("\n", parts);
    }
  }

  private static java.time.Instant endOf(LocalDate day) {
    return day.plusDays(1)
        .atStartOfDay(vn.plantrack.reporting.rules.ReportingCalendar.ZONE)
        .toInstant();
  }

  /**
   * {@code items} in the order of their codes ({@link #codeKey}), each code's key made once (a
   * comparator making them would make two for each of the n log n comparisons).
   */
  static <T> List<T> byCode(List<T> items, Function<T, String> code) {
    List<Map.Entry<String, T>> keyed = new ArrayList<>(items.size());
    for (T item : items) {
      keyed.add(Map.entry(codeKey(code.apply(item)), item));
    }
    keyed.sort(Map.Entry.comparingByKey());
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(e -> sorted.add(e.getValue()));
    return sorted;
  }

  /** "38.110" after "38.9": codes compare as number paths (a part of digits padded to 6). */
  static String codeKey(String code) {
    StringBuilder key = new StringBuilder(code.length() + 16);
    for (String part : code.split("\\.")) {
      if (digits(part)) {
        String n = Integer.toString(Integer.parseInt(part));
        key.append("000000", 0, Math.max(0, 6 - n.length())).append(n);
      } else {
        key.append(part);
      }
      key.append('.');
    }
    return key.toString();
  }

  private static boolean digits(String part) {
    if (part.isEmpty()) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
