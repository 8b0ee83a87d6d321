package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.plan.reading.rows.Cell;
import vn.plantrack.plan.reading.rows.ColumnMapper.Column;
import vn.plantrack.plan.reading.rows.ColumnMapper.ColumnMap;
import vn.plantrack.plan.reading.rows.ColumnMeaning;
import vn.plantrack.plan.reading.rows.Row;

/**
 * Turns the rows of a task table (or of prose items) into sections and tasks.
 *
 * <p>A row coded with a Roman numeral or a capital letter is a section; a numbered row is a task, a
 * dotted number a sub-task of the task before the last dot; a lettered item ("a)") is a task of the
 * section it is listed under, coded "1.a". When the numbering restarts at 1 in every section, codes
 * are prefixed with the section ("II.1") so they stay unique. A task without a title or a lead, or
 * a task without sub-tasks and without a deadline, is reported, as is an organization cell that
 * reads like a deadline or a condition.
 */
public final class TaskReader {

  public record Result(List<Section> sections, List<Task> tasks, List<ImportWarning> warnings) {}

  private static final Pattern STRAY_LETTER = Pattern.compile("^\\p{Ll} \\p{Lu}");

  private TaskReader() {}

  public static Result read(List<Row> rows, ColumnMap columns) {
    int codeColumn = columns.first(ColumnMeaning.CODE);
    boolean scoped = restartsPerSection(rows, codeColumn);
    CodeSequence sequence = new CodeSequence();
    List<Section> sections = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    Set<String> sectionCodes = new HashSet<>();
    String section = null;
    int unnumbered = 0;
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      String title = Texts.join(row, columns.all(ColumnMeaning.TASK));
      String codeText = row.text(codeColumn);
      Optional<Codes.Code> code =
          codeColumn < 0
              ? Optional.of(Codes.number(String.valueOf(++unnumbered), false))
              : Codes.parse(codeText);
      if (code.isEmpty()) {
        if (isColumnNumbering(row)) {
          continue;
        }
        Optional<String> lost = lostSectionCode(rows, r, columns, codeColumn, section, title);
        if (lost.isPresent()) {
          warnings.add(
              ImportWarning.of(
                  row.sourceLine(),
                  WarningKind.DOUBTFUL_READING,
                  "Row has no readable code (\""
                      + codeText
                      + "\") and holds a title alone, like a section row: read as section "
                      + lost.get()
                      + " from the sections around it.",
                  row.excerpt()));
          code = Codes.parse(lost.get());
        }
      }
      if (code.isEmpty()) {
        warnings.add(
            ImportWarning.of(
                row.sourceLine(),
                WarningKind.BROKEN_NUMBERING,
                "Row has no readable code (\""
                    + codeText
                    + "\"); it is kept as a task coded by its line.",
                row.excerpt()));
        code = Optional.of(Codes.number(String.valueOf(row.sourceLine()), false));
      }
      Codes.Code c = code.get();
      if (c.kind() == Codes.Kind.SECTION || row.heading()) {
        String sectionTitle = title.isEmpty() ? Texts.firstOtherThan(row, codeColumn) : title;
        if (!sectionCodes.add(c.value())) {
          warnings.add(
              ImportWarning.of(
                  row.sourceLine(),
                  WarningKind.DUPLICATE_CODE,
                  "Section " + c.value() + " is printed a second time.",
                  row.excerpt()));
        }
        sections.add(new Section(c.value(), sectionTitle, row.sourceLine()));
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
      strayLetter(row, codeColumn, assigned.code()).ifPresent(warnings::add);
      tasks.add(task(row, columns, assigned, section, title));
    }
    check(tasks, columns, rows, warnings);
    return new Result(List.copyOf(sections), List.copyOf(tasks), List.copyOf(warnings));
  }

  private static Task task(
      Row row, ColumnMap columns, CodeSequence.Assigned assigned, String section, String title) {
    String lead = Texts.join(row, columns.all(ColumnMeaning.LEAD));
    String cooperating = Texts.join(row, columns.all(ColumnMeaning.COOPERATING));
    return new Task(
        assigned.code(),
        assigned.printedCode(),
        assigned.parentCode(),
        section,
        Texts.orNull(title),
        Texts.orNull(lead),
        OrganizationNames.split(lead),
        Texts.orNull(cooperating),
        OrganizationNames.split(cooperating),
        Texts.orNull(Texts.join(row, columns.all(ColumnMeaning.OUTPUT))),
        Texts.orNull(Texts.join(row, columns.all(ColumnMeaning.DEADLINE))),
        Texts.orNull(Texts.join(row, columns.all(ColumnMeaning.MONITORING))),
        row.sourceLine());
  }

  private static void check(
      List<Task> tasks, ColumnMap columns, List<Row> rows, List<ImportWarning> warnings) {
    Set<String> parents = new HashSet<>();
    tasks.forEach(t -> parents.add(t.parentCode()));
    boolean hasLead = !columns.all(ColumnMeaning.LEAD).isEmpty();
    boolean hasDeadline = !columns.all(ColumnMeaning.DEADLINE).isEmpty();
    for (Task task : tasks) {
      String code = task.code();
      String excerpt = excerptAt(rows, task.sourceLine());
      if (task.title() == null) {
        warnings.add(missing(task, "Task " + code + " has no title.", excerpt));
      }
      if (hasLead && task.leadText() == null) {
        warnings.add(missing(task, "Task " + code + " names no lead organization.", excerpt));
      }
      if (hasDeadline && task.deadlineText() == null && !parents.contains(code)) {
        warnings.add(missing(task, "Task " + code + " has no deadline.", excerpt));
      }
      misplaced(task, "lead", task.leadText(), warnings);
      misplaced(task, "cooperating", task.cooperatingText(), warnings);
    }
  }

  /**
   * A cell opening with a lone lowercase letter before a capitalized word ("a Tháng 12/2025" after
   * "Quyết định củ"): a word was split across two cells when the table was rendered.
   */
  private static Optional<ImportWarning> strayLetter(Row row, int codeColumn, String code) {
    for (int i = 0; i < row.cells().size(); i++) {
      String text = row.text(i);
      if (i != codeColumn && i > 0 && STRAY_LETTER.matcher(text).find()) {
        return Optional.of(
            ImportWarning.of(
                row.line(i),
                WarningKind.MISPLACED_CELL,
                "A cell of task "
                    + code
                    + " starts with a stray letter: a word seems split across two cells (\""
                    + row.text(i - 1)
                    + "\" | \""
                    + text
                    + "\").",
                row.text(i - 1) + " | " + text));
      }
    }
    return Optional.empty();
  }

  private static void misplaced(
      Task task, String column, String text, List<ImportWarning> warnings) {
    if (OrganizationNames.looksLikeDeadline(text)) {
      warnings.add(
          ImportWarning.of(
              task.sourceLine(),
              WarningKind.MISPLACED_CELL,
              "The "
                  + column
                  + " cell of task "
                  + task.code()
                  + " reads like a deadline or a condition, not an organization.",
              text));
    }
  }

  private static ImportWarning missing(Task task, String message, String excerpt) {
    return ImportWarning.of(task.sourceLine(), WarningKind.MISSING_CELL, message, excerpt);
  }

  private static String excerptAt(List<Row> rows, int line) {
    return rows.stream()
        .filter(r -> r.sourceLine() == line)
        .findFirst()
        .map(Row::excerpt)
        .orElse("");
  }

  /**
   * The code of a section row whose code was lost (OCR drops a lone "I"): a row with a title and no
   * other cell, followed by numbered rows, between sections that say which code it had.
   */
  private static Optional<String> lostSectionCode(
      List<Row> rows, int index, ColumnMap columns, int codeColumn, String previous, String title) {
    Row row = rows.get(index);
    if (title.isBlank() || codeColumn < 0) {
      return Optional.empty();
    }
    for (Column column : columns.columns()) {
      if (column.index() != codeColumn
          && column.meaning() != ColumnMeaning.TASK
          && !row.text(column.index()).isBlank()) {
        return Optional.empty();
      }
    }
    String next = null;
    boolean numbered = false;
    for (int i = index + 1; i < rows.size() && next == null; i++) {
      Optional<Codes.Code> code = Codes.parse(rows.get(i).text(codeColumn));
      if (code.isPresent() && code.get().kind() == Codes.Kind.SECTION) {
        next = code.get().value();
      } else {
        numbered |= code.isPresent();
      }
    }
    if (!numbered) {
      return Optional.empty();
    }
    return Codes.sectionBetween(previous, next);
  }

  /** Whether top-level numbers restart at 1 after a section row. */
  static boolean restartsPerSection(List<Row> rows, int codeColumn) {
    if (codeColumn < 0) {
      return false;
    }
    boolean numbered = false;
    boolean sectionAfterNumbers = false;
    for (Row row : rows) {
      Optional<Codes.Code> code = Codes.parse(row.text(codeColumn));
      if (code.isEmpty()) {
        continue;
      }
      if (code.get().kind() == Codes.Kind.SECTION) {
        sectionAfterNumbers |= numbered;
      } else if (code.get().kind() == Codes.Kind.NUMBER && code.get().depth() == 1) {
        if (sectionAfterNumbers && code.get().numbers().get(0) == 1) {
          return true;
        }
        numbered = true;
      }
    }
    return false;
  }

  /** A row that numbers the columns ("(1) | (2) | (3)") instead of holding data. */
  static boolean isColumnNumbering(Row row) {
    int i = 1;
    for (Cell cell : row.cells()) {
      String text = cell.text().replaceAll("[()\\s]", "");
      if (!text.isEmpty() && !text.equals(String.valueOf(i))) {
        return false;
      }
      i++;
    }
    return true;
  }

  /** Small helpers shared with the indicator reader. */
  static final class Texts {
    private Texts() {}

    static String join(Row row, List<Column> columns) {
      List<String> parts = new ArrayList<>();
      for (Column column : columns) {
        String text = row.text(column.index()).strip();
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
      return String.join("\n", parts);
    }

    static String firstOtherThan(Row row, int column) {
      for (int i = 0; i < row.cells().size(); i++) {
        if (i != column && !row.cells().get(i).isBlank()) {
          return row.cells().get(i).text();
        }
      }
      return "";
    }

    static String orNull(String text) {
      return text == null || text.isBlank() ? null : text;
    }
  }
}
