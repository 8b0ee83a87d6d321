package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.plantrack.plan.reading.ImportedPlan.Indicator;
import vn.plantrack.plan.reading.ImportedPlan.IndicatorSection;
import vn.plantrack.plan.reading.ImportedPlan.Target;
import vn.plantrack.plan.reading.TaskReader.Texts;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.plan.reading.rows.ColumnMapper;
import vn.plantrack.plan.reading.rows.ColumnMapper.Column;
import vn.plantrack.plan.reading.rows.ColumnMapper.ColumnMap;
import vn.plantrack.plan.reading.rows.ColumnMeaning;
import vn.plantrack.plan.reading.rows.Row;

/**
 * Turns the rows of an indicator table into indicators.
 *
 * <p>Targets come from every target column; a column that names a year ("2030", "Đến năm 2030")
 * gives its targets that milestone, and a column that does not ("Kết quả", "Mục tiêu") takes the
 * year of the heading row above ("I | Đến năm 2030", "II | ĐẾN NĂM 2045"). A numbered row whose
 * code has children ("7" above "7.1" … "7.9") is a group. An indicator without a name, or a leaf
 * without any target, is reported.
 */
public final class IndicatorReader {

  public record Result(
      List<IndicatorSection> sections, List<Indicator> indicators, List<ImportWarning> warnings) {}

  private IndicatorReader() {}

  public static Result read(List<Row> rows, ColumnMap columns) {
    int codeColumn = columns.first(ColumnMeaning.CODE);
    boolean scoped = TaskReader.restartsPerSection(rows, codeColumn);
    CodeSequence sequence = new CodeSequence();
    List<IndicatorSection> sections = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    String section = null;
    Integer milestone = null;
    int unnumbered = 0;
    for (Row row : rows) {
      String name = Texts.join(row, columns.all(ColumnMeaning.INDICATOR_NAME));
      Optional<Codes.Code> code =
          codeColumn < 0
              ? Optional.of(Codes.number(String.valueOf(++unnumbered), false))
              : Codes.parse(row.text(codeColumn));
      if (code.isEmpty()) {
        if (TaskReader.isColumnNumbering(row)) {
          continue;
        }
        warnings.add(
            ImportWarning.of(
                row.sourceLine(),
                WarningKind.BROKEN_NUMBERING,
                "Row has no readable code (\""
                    + row.text(codeColumn)
                    + "\"); it is kept as an indicator coded by its line.",
                row.excerpt()));
        code = Optional.of(Codes.number(String.valueOf(row.sourceLine()), false));
      }
      Codes.Code c = code.get();
      if (c.kind() == Codes.Kind.SECTION) {
        String title = name.isEmpty() ? Texts.firstOtherThan(row, codeColumn) : name;
        milestone = ColumnMapper.yearOf(title);
        sections.add(new IndicatorSection(c.value(), title, milestone, row.sourceLine()));
        section = c.value();
        continue;
      }
      CodeSequence.Assigned assigned =
          c.kind() == Codes.Kind.LETTER
              ? sequence.letter(
                  section == null ? "" : section, c.value(), row.sourceLine(), row.excerpt())
              : sequence.number(
                  scoped && section != null ? section : "", c, row.sourceLine(), row.excerpt());
      assigned.warning().ifPresent(warnings::add);
      List<Target> targets = new ArrayList<>();
      for (Column column : columns.all(ColumnMeaning.TARGET)) {
        String text = row.text(column.index()).strip();
        if (!text.isEmpty()) {
          targets.add(new Target(column.year() != null ? column.year() : milestone, text));
        }
      }
      String lead = Texts.join(row, columns.all(ColumnMeaning.LEAD));
      String monitoring = Texts.join(row, columns.all(ColumnMeaning.MONITORING));
      indicators.add(
          new Indicator(
              assigned.code(),
              assigned.printedCode(),
              assigned.parentCode(),
              section,
              Texts.orNull(name),
              Texts.orNull(Texts.join(row, columns.all(ColumnMeaning.UNIT))),
              Texts.orNull(Texts.join(row, columns.all(ColumnMeaning.BASELINE))),
              List.copyOf(targets),
              Texts.orNull(lead),
              OrganizationNames.split(lead),
              Texts.orNull(monitoring),
              OrganizationNames.split(monitoring),
              false,
              row.sourceLine()));
    }
    List<Indicator> grouped = markGroups(indicators);
    boolean hasTargets = !columns.all(ColumnMeaning.TARGET).isEmpty();
    for (Indicator indicator : grouped) {
      if (indicator.name() == null) {
        warnings.add(missing(indicator, "Indicator " + indicator.code() + " has no name."));
      }
      if (hasTargets && !indicator.group() && indicator.targets().isEmpty()) {
        warnings.add(missing(indicator, "Indicator " + indicator.code() + " has no target."));
      }
    }
    return new Result(List.copyOf(sections), grouped, List.copyOf(warnings));
  }

  private static List<Indicator> markGroups(List<Indicator> indicators) {
    Set<String> parents = new HashSet<>();
    indicators.forEach(i -> parents.add(i.parentCode()));
    List<Indicator> result = new ArrayList<>();
    for (Indicator i : indicators) {
      result.add(
          new Indicator(
              i.code(),
              i.printedCode(),
              i.parentCode(),
              i.sectionCode(),
              i.name(),
              i.unit(),
              i.baselineText(),
              i.targets(),
              i.leadText(),
              i.leadNames(),
              i.monitoringText(),
              i.monitoringNames(),
              parents.contains(i.code()),
              i.sourceLine()));
    }
    return List.copyOf(result);
  }

  private static ImportWarning missing(Indicator indicator, String message) {
    return ImportWarning.of(
        indicator.sourceLine(), WarningKind.MISSING_CELL, message, indicator.name());
  }
}
