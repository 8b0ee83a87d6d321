package vn.plantrack.reporting.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.ReportStatus;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;

/**
 * Turns the stored content of a consolidated report into the document the exporters print. The
 * stored content does not hold the indicators' baselines and monitoring bodies: those columns stay
 * empty (and so do a task's agencies in content frozen before they were recorded).
 */
public final class DocumentMapping {
  /** Times in the documents are Vietnam's (UTC+7). */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private DocumentMapping() {}

  /**
   * @param issuer the consolidating body, e.g. "Sở Khoa học và Công nghệ"
   * @param province the province as the heading names it, e.g. "Tỉnh Kon Tum"
   * @param version the report's version number, 0 if unknown
   * @param issuedAt when it was issued, null while a draft
   * @param status e.g. "DRAFT" or "ISSUED", may be null
   */
  public static ConsolidatedReportDocument from(
      ConsolidatedContent c,
      String issuer,
      String province,
      int version,
      Instant issuedAt,
      String status) {
    var header =
        new ConsolidatedReportDocument.Header(
            province,
            issuer,
            c.planNumber(),
            null,
            c.planTitle(),
            c.period(),
            Labels.period(c.period()),
            c.windowStart(),
            // the figures' day (a report built before its window closes); stored before: the end
            c.asOf() != null ? c.asOf() : c.windowEnd(),
            version,
            time(issuedAt),
            status);
    var totals =
        new ConsolidatedReportDocument.Totals(
            classes(c.timelinessTotals()), evaluations(c.evaluationTotals()));
    List<ConsolidatedReportDocument.Unit> units = new ArrayList<>();
    for (ConsolidatedContent.Unit u : list(c.units())) {
      units.add(
          new ConsolidatedReportDocument.Unit(
              u.orgName(),
              classes(u.timeliness()),
              parse(ReportStatus.class, u.reportStatus()),
              time(u.submittedAt()),
              u.onTime(),
              new ConsolidatedReportDocument.Narrative(
                  u.results(), u.difficulties(), u.proposals())));
    }
    List<ConsolidatedReportDocument.TaskRow> tasks = new ArrayList<>();
    for (ReportContent.TaskLine t : list(c.tasks())) {
      tasks.add(
          new ConsolidatedReportDocument.TaskRow(
              t.code(),
              t.title(),
              names(t.leads()),
              names(t.cooperating()),
              t.deadlineText(),
              t.status(),
              t.progressPercent(),
              parse(TimelinessClass.class, t.timeliness()),
              t.latestNote()));
    }
    List<ConsolidatedReportDocument.IndicatorRow> indicators = new ArrayList<>();
    for (ReportContent.IndicatorLine i : list(c.indicators())) {
      indicators.add(
          new ConsolidatedReportDocument.IndicatorRow(
              i.code(),
              i.name(),
              i.unit(),
              List.of(),
              null,
              i.target(),
              i.milestone(),
              i.value() == null
                  ? null
                  : i.period() == null ? i.value() : i.value() + " (" + i.period() + ")",
              parse(Evaluation.class, i.evaluation())));
    }
    return new ConsolidatedReportDocument(
        header,
        totals,
        units,
        tasks,
        indicators,
        new ConsolidatedReportDocument.Compliance(
            c.unitsExpected(), c.unitsReported(), c.unitsOnTime()));
  }

  private static List<String> names(List<ReportContent.Agency> agencies) {
    return agencies.stream().map(ReportContent.Agency::name).toList();
  }

  private static OffsetDateTime time(Instant t) {
    return t == null ? null : t.atZone(VIETNAM).toOffsetDateTime();
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static Map<TimelinessClass, Integer> classes(Map<String, Integer> counts) {
    Map<TimelinessClass, Integer> out = new EnumMap<>(TimelinessClass.class);
    if (counts != null) {
      counts.forEach(
          (k, v) -> {
            TimelinessClass c = parse(TimelinessClass.class, k);
            if (c != null && v != null) {
              out.merge(c, v, Integer::sum);
            }
          });
    }
    return out;
  }

  private static Map<Evaluation, Integer> evaluations(Map<String, Integer> counts) {
    Map<Evaluation, Integer> out = new EnumMap<>(Evaluation.class);
    if (counts != null) {
      counts.forEach(
          (k, v) -> {
            Evaluation e = parse(Evaluation.class, k);
            if (e != null && v != null) {
              out.merge(e, v, Integer::sum);
            }
          });
    }
    return out;
  }

  /** The constant named {@code value}, or null for null or an unknown name. */
  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
