package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.plantrack.reporting.IndicatorView;
import vn.plantrack.reporting.MeasurementView;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.MeasurementViewRepository;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;
import vn.plantrack.reporting.rules.TaskTimeliness;
import vn.plantrack.reporting.rules.Timeliness;

/**
 * A plan's figures as of a date, from the read model only: every task with its timeliness class (a
 * parent by its sub-tasks) and every indicator with the value recorded by then.
 */
@ApplicationScoped
public class Figures {
  private final TaskViewRepository tasks;
  private final IndicatorViewRepository indicators;
  private final MeasurementViewRepository measurements;
  private final OrganizationViewRepository organizations;

  public Figures(
      TaskViewRepository tasks,
      IndicatorViewRepository indicators,
      MeasurementViewRepository measurements,
      OrganizationViewRepository organizations) {
    this.tasks = tasks;
    this.indicators = indicators;
    this.measurements = measurements;
    this.organizations = organizations;
  }

  /** A plan as of a date: task and indicator lines, with who leads or monitors each. */
  public record PlanFigures(
      LocalDate asOf,
      List<ReportContent.TaskLine> tasks,
      Map<UUID, List<UUID>> taskLeads,
      List<ReportContent.IndicatorLine> indicators,
      Map<UUID, List<UUID>> indicatorMonitors) {

    /** What one unit's report shows: the tasks it leads and the indicators it monitors. */
    public ReportContent forUnit(UUID orgId) {
      List<ReportContent.TaskLine> own =
          tasks.stream().filter(t -> taskLeads.get(t.id()).contains(orgId)).toList();
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

  public PlanFigures of(UUID planId, LocalDate asOf) {
    List<TaskViewRepository.Row> all = new ArrayList<>(tasks.rowsOf(planId));
    Map<UUID, List<TaskViewRepository.Row>> children = new HashMap<>();
    all.stream()
        .filter(t -> t.parentId() != null)
        .forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
    List<ReportContent.TaskLine> taskLines = new ArrayList<>();
    Map<UUID, List<UUID>> leads = new HashMap<>();
    all.sort(Comparator.comparing((TaskViewRepository.Row t) -> codeKey(t.code())));
    java.time.Instant end = endOf(asOf);
    Map<UUID, String> names = agencyNames(all);
    for (TaskViewRepository.Row t : all) {
      Optional<Timeliness> cls =
          children.containsKey(t.id())
              ? TaskTimeliness.rollUp(
                  children.get(t.id()).stream().map(c -> classify(c, asOf)).toList())
              : classify(t, asOf);
      taskLines.add(
          new ReportContent.TaskLine(
              t.id(),
              t.code(),
              t.title(),
              t.deadlineText(),
              t.status(),
              t.progressPercent(),
              cls.map(Enum::name).orElse(null),
              t.latestNoteAt() != null && !t.latestNoteAt().isAfter(end) ? t.latestNote() : null,
              agencies(t.leadOrgIds(), names),
              agencies(t.cooperatingOrgIds(), names)));
      leads.put(t.id(), t.leadOrgIds());
    }
    List<IndicatorView> inds =
        new ArrayList<>(
            indicators.find("planId", planId).withHint(HibernateHints.HINT_READ_ONLY, true).list());
    inds.sort(Comparator.comparing((IndicatorView i) -> codeKey(i.code)));
    Map<UUID, List<MeasurementView>> values = new HashMap<>();
    if (!inds.isEmpty()) {
      measurements
          .find("indicatorId in ?1", inds.stream().map(i -> i.id).toList())
          .withHint(HibernateHints.HINT_READ_ONLY, true)
          .list()
          .forEach(m -> values.computeIfAbsent(m.indicatorId, k -> new ArrayList<>()).add(m));
    }
    List<ReportContent.IndicatorLine> indicatorLines = new ArrayList<>();
    Map<UUID, List<UUID>> monitors = new HashMap<>();
    for (IndicatorView i : inds) {
      IndicatorView.Target target = milestone(i, asOf);
      MeasurementView latest =
          values.getOrDefault(i.id, List.of()).stream()
              .filter(m -> !m.periodEnd.isAfter(asOf))
              .max(Comparator.comparing((MeasurementView m) -> m.periodEnd))
              .orElse(null);
      indicatorLines.add(
          new ReportContent.IndicatorLine(
              i.id,
              i.code,
              i.name,
              i.unit,
              target == null ? null : target.year(),
              target == null ? null : target.text(),
              latest == null ? null : latest.period,
              latest == null ? null : latest.value,
              target == null ? null : i.evaluation.get(Integer.toString(target.year())),
              target == null ? null : target.min()));
      monitors.put(i.id, List.copyOf(i.monitoringOrgIds));
    }
    return new PlanFigures(asOf, taskLines, leads, indicatorLines, monitors);
  }

  private static Optional<Timeliness> classify(TaskViewRepository.Row t, LocalDate asOf) {
    return TaskTimeliness.classify(
        new TaskTimeliness.Facts(
            t.status(), t.deadlineKind(), t.dueDate(), t.completedOn(), years(t)),
        asOf);
  }

  /** Parsed only for the few tasks that have any (recurring ones). */
  private static Map<Integer, LocalDate> years(TaskViewRepository.Row t) {
    String json = t.completedYears();
    if (json == null || json.equals("{}")) {
      return Map.of();
    }
    Map<Integer, LocalDate> years = new HashMap<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"(\\d{4})\":\\s*\"(\\d{4}-\\d{2}-\\d{2})\"")
            .matcher(json);
    while (m.find()) {
      years.put(Integer.parseInt(m.group(1)), LocalDate.parse(m.group(2)));
    }
    return years;
  }

  /** The milestone a report looks at: the first whose year has not passed, else the last. */
  private static IndicatorView.Target milestone(IndicatorView i, LocalDate asOf) {
    return i.targets.stream()
        .sorted(Comparator.comparingInt(IndicatorView.Target::year))
        .filter(t -> t.year() >= asOf.getYear())
        .findFirst()
        .orElse(i.targets.isEmpty() ? null : i.targets.get(i.targets.size() - 1));
  }

  private static java.time.Instant endOf(LocalDate day) {
    return day.plusDays(1)
        .atStartOfDay(vn.plantrack.reporting.rules.ReportingCalendar.ZONE)
        .toInstant();
  }

  /** "38.110" after "38.9": codes compare as number paths. */
  static String codeKey(String code) {
    StringBuilder key = new StringBuilder();
    for (String part : code.split("\\.")) {
      key.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part)
          .append('.');
    }
    return key.toString();
  }

  /** The names of every agency the plan's tasks name, read in one query. */
  private Map<UUID, String> agencyNames(List<TaskViewRepository.Row> rows) {
    java.util.Set<UUID> ids = new java.util.HashSet<>();
    rows.forEach(
        t -> {
          ids.addAll(t.leadOrgIds());
          ids.addAll(t.cooperatingOrgIds());
        });
    return organizations.namesOf(ids);
  }

  /** An organization the read model does not know is named by its id. */
  private static List<ReportContent.Agency> agencies(List<UUID> ids, Map<UUID, String> names) {
    return ids.stream()
        .map(id -> new ReportContent.Agency(id, names.getOrDefault(id, id.toString())))
        .toList();
  }
}
