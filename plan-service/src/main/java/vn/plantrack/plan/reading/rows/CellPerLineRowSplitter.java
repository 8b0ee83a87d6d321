package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;

/**
 * Rows of a table rendered one cell per line, as browsers copy HTML tables. When the header cells
 * are separated by empty lines, so are all cells: consecutive lines then belong to one cell (a cell
 * spanning lines) and a line holding only a non-breaking space is an empty cell; otherwise every
 * line is a cell.
 *
 * <p>A row starts at a code cell once the row before it has all its cells, or earlier when the code
 * continues the numbering, which is how short section rows ("II", title, two empty cells instead of
 * four) end. A value that looks like a code ("3" in a target column) does not end a short row
 * unless it continues the numbering in the table's own style. Cells starting with a list marker
 * ("(1) …", "- …") after a cell ending with ":" continue that cell: a list printed as separate
 * paragraphs inside one cell. Empty cells after a complete row are padding.
 */
public final class CellPerLineRowSplitter implements RowSplitter {
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(\\(\\d{1,2}\\)|\\d{1,2}\\)|[-+•]\\s|[a-zđ]\\)\\s)");

  /** A candidate cell: its text, first line, and the index in the body just after it. */
  private record Candidate(String text, int line, int end) {
    boolean blank() {
      return text.isBlank();
    }
  }

  @Override
  public Split split(LayoutDetector.Detection detection, List<SourceLine> body) {
    int expected = detection.headerCells().size();
    boolean codeFirst =
        ColumnMapper.meaningOf(detection.headerCells().get(0)) == ColumnMeaning.CODE;
    List<Candidate> cells = candidates(body, detection.blankSeparated());
    List<Row> rows = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    Map<Integer, Boolean> dotByDepth = new HashMap<>();
    Codes.Code lastNumber = null;
    List<Cell> current = null;
    Optional<Codes.Code> currentCode = Optional.empty();
    int consumed = 0;
    for (int j = 0; j < cells.size(); j++) {
      Candidate c = cells.get(j);
      Optional<Codes.Code> code =
          codeFirst && !c.blank() ? Codes.parse(c.text()) : Optional.empty();
      boolean startRow;
      if (current == null) {
        if (c.blank()) {
          consumed = c.end();
          continue;
        }
        if (code.isEmpty() && codeFirst) {
          break;
        }
        startRow = true;
      } else if (isHeaderStart(c)) {
        break;
      } else if (current.size() >= expected) {
        if (c.blank()) {
          consumed = c.end();
          continue;
        }
        if (code.isPresent() || !codeFirst) {
          startRow = true;
        } else if (continuesList(current.get(current.size() - 1), c)) {
          mergeIntoLast(current, c);
          consumed = c.end();
          continue;
        } else if (rowStartWithin(cells, j + 1, expected)) {
          current.add(new Cell(c.text(), c.line()));
          consumed = c.end();
          continue;
        } else {
          break;
        }
      } else {
        boolean early =
            code.isPresent()
                && Codes.plausibleAfter(lastNumber, code.get())
                && RowFitting.sameStyle(dotByDepth, code.get());
        if (early) {
          startRow = true;
        } else if (!current.isEmpty() && continuesList(current.get(current.size() - 1), c)) {
          mergeIntoLast(current, c);
          consumed = c.end();
          continue;
        } else {
          current.add(new Cell(c.blank() ? "" : c.text(), c.line()));
          consumed = c.end();
          continue;
        }
      }
      if (startRow) {
        if (current != null) {
          rows.add(
              RowFitting.fit(
                  current, expected, current.get(0).sourceLine(), currentCode, warnings));
        }
        current = new ArrayList<>(List.of(new Cell(c.text(), c.line())));
        currentCode = code;
        if (code.isPresent() && code.get().kind() == Codes.Kind.NUMBER) {
          lastNumber = code.get();
          dotByDepth.putIfAbsent(lastNumber.depth(), lastNumber.trailingDot());
        }
        consumed = c.end();
      }
    }
    if (current != null) {
      rows.add(
          RowFitting.fit(current, expected, current.get(0).sourceLine(), currentCode, warnings));
    }
    return new Split(List.copyOf(rows), consumed, List.copyOf(warnings));
  }

  private static List<Candidate> candidates(List<SourceLine> body, boolean blankSeparated) {
    List<Candidate> cells = new ArrayList<>();
    if (!blankSeparated) {
      for (int i = 0; i < body.size(); i++) {
        cells.add(new Candidate(body.get(i).text(), body.get(i).number(), i + 1));
      }
      return cells;
    }
    int i = 0;
    while (i < body.size()) {
      if (body.get(i).isEmpty()) {
        i++;
        continue;
      }
      int first = body.get(i).number();
      List<String> parts = new ArrayList<>();
      while (i < body.size() && !body.get(i).isEmpty()) {
        if (!body.get(i).isBlank()) {
          parts.add(body.get(i).text());
        }
        i++;
      }
      cells.add(new Candidate(String.join("\n", parts), first, i));
    }
    return cells;
  }

  /** A cell beginning with a list marker after a cell that opens or continues that list. */
  private static boolean continuesList(Cell previous, Candidate cell) {
    if (cell.blank() || !LIST_ITEM.matcher(cell.text()).find()) {
      return false;
    }
    String text = previous.text();
    String lastLine = text.substring(text.lastIndexOf('\n') + 1);
    return text.endsWith(":") || LIST_ITEM.matcher(lastLine).find();
  }

  private static void mergeIntoLast(List<Cell> row, Candidate cell) {
    Cell last = row.get(row.size() - 1);
    String joined = last.isBlank() ? cell.text() : last.text() + "\n" + cell.text();
    row.set(row.size() - 1, new Cell(joined, last.isBlank() ? cell.line() : last.sourceLine()));
  }

  /** Whether a row code follows within the next few non-empty cells (else the table ended). */
  private static boolean rowStartWithin(List<Candidate> cells, int from, int window) {
    int seen = 0;
    for (int j = from; j < cells.size() && seen < window; j++) {
      Candidate c = cells.get(j);
      if (c.blank()) {
        continue;
      }
      if (isHeaderStart(c)) {
        return false;
      }
      if (Codes.parse(c.text()).isPresent()) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** "TT"/"STT": the first cell of another table's header. */
  private static boolean isHeaderStart(Candidate c) {
    return !c.blank() && ColumnMapper.meaningOf(c.text()) == ColumnMeaning.CODE;
  }
}
