package vn.plantrack.plan.reading;

import java.util.List;
import vn.plantrack.plan.reading.header.PlanHeader;
import vn.plantrack.plan.reading.lines.ImportWarning;

/**
 * The structured draft read from a plan's text: header, sections, tasks, indicators, and the
 * warnings a person should look at before accepting it. Texts are the cells as printed (normalized:
 * NFC, single spaces, plain dashes; a cell that spanned lines keeps "\n"); null when the document
 * leaves the cell empty. Organizations, deadlines and targets are only cut out here; resolving and
 * reading them is done later from these texts.
 */
public record ImportedPlan(
    PlanHeader header,
    List<Section> sections,
    List<Task> tasks,
    List<IndicatorSection> indicatorSections,
    List<Indicator> indicators,
    List<ImportWarning> warnings,
    Counts counts) {

  /** A group of tasks ("I. Nâng cao nhận thức …"). */
  public record Section(String code, String title, int sourceLine) {}

  /**
   * One task. {@code code} is unique within its table ("38.100"); {@code printedCode} is what the
   * document prints ("38.10") and differs only where a warning explains why. {@code parentCode} is
   * set for sub-tasks ("38"), {@code sectionCode} is the section the task is listed under.
   */
  public record Task(
      String code,
      String printedCode,
      String parentCode,
      String sectionCode,
      String title,
      String leadText,
      List<String> leadNames,
      String cooperatingText,
      List<String> cooperatingNames,
      String outputText,
      String deadlineText,
      String monitoringText,
      int sourceLine) {}

  /**
   * A heading row of an indicator table; "Đến năm 2030" makes 2030 the milestone of the targets
   * below it when their column names no year.
   */
  public record IndicatorSection(
      String code, String title, Integer milestoneYear, int sourceLine) {}

  /** A target as printed ("≥ 25", "45 các tỉnh, thành") for a milestone year (null if none). */
  public record Target(Integer year, String text) {}

  /**
   * One indicator. A group row ("7 Chỉ tiêu về thực hiện thủ tục hành chính …") is an indicator
   * that its children ("7.1" …) point to with {@code parentCode}; it usually has no targets.
   */
  public record Indicator(
      String code,
      String printedCode,
      String parentCode,
      String sectionCode,
      String name,
      String unit,
      String baselineText,
      List<Target> targets,
      String leadText,
      List<String> leadNames,
      String monitoringText,
      List<String> monitoringNames,
      boolean group,
      int sourceLine) {}

  /**
   * Top-level {@code tasks} and their {@code subTasks}; top-level {@code indicators} (group rows
   * included) and {@code subIndicators}; task {@code sections}.
   */
  public record Counts(
      int sections, int tasks, int subTasks, int indicators, int subIndicators, int warnings) {}
}
