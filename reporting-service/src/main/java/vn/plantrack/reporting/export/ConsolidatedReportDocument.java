package vn.plantrack.reporting.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the exporters print: the province's consolidated report on a plan for one period, as the
 * Department of Science &amp; Technology sends it up — the heading, the totals, the units (their
 * tasks by timeliness class, whether they reported on time, their narratives), and the two annexes
 * modelled on the plan's appendices (tasks: TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành …; indicators: TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan theo dõi).
 *
 * <p>Plain data, no framework: codes are enums carrying their Vietnamese labels; texts are as the
 * units wrote them (may be long, may be null where the record says so).
 */
public record ConsolidatedReportDocument(
    Header header,
    Totals totals,
    List<Unit> units,
    List<TaskRow> tasks,
    List<IndicatorRow> indicators,
    Compliance compliance) {

  public ConsolidatedReportDocument {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(compliance, "compliance");
    units = List.copyOf(units);
    tasks = List.copyOf(tasks);
    indicators = List.copyOf(indicators);
  }

  /** The timeliness classes the consolidated report counts tasks by. */
  public enum TimelinessClass {
    COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
    COMPLETED_LATE("Hoàn thành quá hạn"),
    IN_PROGRESS_WITHIN_DEADLINE("Đang thực hiện trong hạn"),
    OVERDUE("Quá hạn chưa hoàn thành"),
    ONGOING("Thường xuyên"),
    AWAITING_CONDITION("Chờ điều kiện");

    public final String label;

    TimelinessClass(String label) {
      this.label = label;
    }
  }

  /** How an indicator stands against the target of the period's milestone. */
  public enum Evaluation {
    MET("Đạt"),
    NOT_MET("Không đạt"),
    ON_TRACK("Đúng tiến độ"),
    AT_RISK("Có nguy cơ không đạt"),
    NO_DATA("Chưa có số liệu"),
    NEEDS_JUDGEMENT("Cần đánh giá");

    public final String label;

    Evaluation(String label) {
      this.label = label;
    }
  }

  /** Where a unit's report for the period stands. */
  public enum ReportStatus {
    NOT_STARTED("Chưa báo cáo"),
    DRAFT("Đang soạn thảo"),
    SUBMITTED("Đã gửi"),
    RETURNED("Bị trả lại"),
    ACCEPTED("Đã tiếp nhận");

    public final String label;

    ReportStatus(String label) {
      this.label = label;
    }
  }

  /**
   * The heading of the document.
   *
   * @param provinceName e.g. "Tỉnh Kon Tum"
   * @param issuingOrganization e.g. "Sở Khoa học và Công nghệ"
   * @param planNumber e.g. "1570/KH-UBND"
   * @param planIssuedOn the plan's date, null if unknown
   * @param planTitle what the plan implements, e.g. "Triển khai thực hiện Nghị quyết 71/NQ-CP …"
   * @param periodId e.g. "2025-H1"
   * @param periodLabel e.g. "6 tháng đầu năm 2025"
   * @param dataFrom first day of the data window
   * @param dataTo last day of the data window
   * @param version the report's version; 0 or less when unknown
   * @param issuedAt when it was issued; null while a draft
   * @param status e.g. "DRAFT", "ISSUED" (printed translated when known), may be null
   */
  public record Header(
      String provinceName,
      String issuingOrganization,
      String planNumber,
      LocalDate planIssuedOn,
      String planTitle,
      String periodId,
      String periodLabel,
      LocalDate dataFrom,
      LocalDate dataTo,
      int version,
      OffsetDateTime issuedAt,
      String status) {

    public Header {
      Objects.requireNonNull(provinceName, "provinceName");
      Objects.requireNonNull(issuingOrganization, "issuingOrganization");
      Objects.requireNonNull(planNumber, "planNumber");
      Objects.requireNonNull(periodId, "periodId");
      Objects.requireNonNull(periodLabel, "periodLabel");
    }

    public boolean draft() {
      return issuedAt == null;
    }
  }

  /** Tasks per timeliness class and indicators per evaluation; a missing class counts 0. */
  public record Totals(
      Map<TimelinessClass, Integer> byTimeliness, Map<Evaluation, Integer> byEvaluation) {

    public Totals {
      byTimeliness = enumMap(TimelinessClass.class, byTimeliness);
      byEvaluation = enumMap(Evaluation.class, byEvaluation);
    }

    public int count(TimelinessClass c) {
      return byTimeliness.getOrDefault(c, 0);
    }

    public int count(Evaluation e) {
      return byEvaluation.getOrDefault(e, 0);
    }

    public int tasks() {
      return sum(byTimeliness);
    }

    public int indicators() {
      return sum(byEvaluation);
    }
  }

  /** What a unit wrote: results, difficulties (khó khăn, vướng mắc), proposals (đề xuất). */
  public record Narrative(String results, String difficulties, String proposals) {
    public static final Narrative NONE = new Narrative(null, null, null);

    public boolean isEmpty() {
      return blank(results) && blank(difficulties) && blank(proposals);
    }
  }

  /**
   * One unit: its tasks per timeliness class and its report for the period.
   *
   * @param submittedAt null if not submitted
   * @param onTime null while not submitted
   */
  public record Unit(
      String orgName,
      Map<TimelinessClass, Integer> tasks,
      ReportStatus reportStatus,
      OffsetDateTime submittedAt,
      Boolean onTime,
      Narrative narrative) {

    public Unit {
      Objects.requireNonNull(orgName, "orgName");
      tasks = enumMap(TimelinessClass.class, tasks);
      narrative = narrative == null ? Narrative.NONE : narrative;
    }

    public int count(TimelinessClass c) {
      return tasks.getOrDefault(c, 0);
    }

    public int taskCount() {
      return sum(tasks);
    }
  }

  /** A row of annex I (the plan's task appendix), e.g. "38.12 CSDL định danh điện tử". */
  public record TaskRow(
      String code,
      String title,
      List<String> leadOrgNames,
      List<String> cooperatingOrgNames,
      String deadlineText,
      String status,
      int progressPercent,
      TimelinessClass timeliness,
      String latestProgressNote) {

    public TaskRow {
      leadOrgNames = leadOrgNames == null ? List.of() : List.copyOf(leadOrgNames);
      cooperatingOrgNames =
          cooperatingOrgNames == null ? List.of() : List.copyOf(cooperatingOrgNames);
    }
  }

  /**
   * A row of annex II (the plan's indicator appendix), e.g. "7.1 Tỷ lệ sử dụng dịch vụ công trực
   * tuyến … | % | ≥ 80".
   *
   * @param target the target for {@code milestoneYear}, as the plan writes it ("≥ 80", "45 các
   *     tỉnh, thành")
   * @param latestValue the latest value recorded in the window, null if none
   */
  public record IndicatorRow(
      String code,
      String name,
      String unit,
      List<String> monitoringOrgNames,
      String baseline,
      String target,
      Integer milestoneYear,
      String latestValue,
      Evaluation evaluation) {

    public IndicatorRow {
      monitoringOrgNames = monitoringOrgNames == null ? List.of() : List.copyOf(monitoringOrgNames);
    }
  }

  /** How many units had to report, how many did, and how many of those on time. */
  public record Compliance(int expected, int received, int receivedOnTime) {}

  private static <K extends Enum<K>> Map<K, Integer> enumMap(Class<K> type, Map<K, Integer> in) {
    EnumMap<K, Integer> out = new EnumMap<>(type);
    if (in != null) {
      in.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              out.put(k, v);
            }
          });
    }
    return Collections.unmodifiableMap(out);
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
