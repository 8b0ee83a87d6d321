package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;

/**
 * Rows whose cells are separated by one character: "|" (the legal-documents portal) or a tab (Word
 * tables pasted as text).
 *
 * <p>A row starts on a line whose first cell is a code ("38.1.", "I.", "7.1"); the lines after it
 * are joined to it until it has as many cells as the header. That re-joins both kinds of breaks
 * seen in pasted tables: a cell whose text continues on the next line, and the portal's habit of
 * breaking a row where an empty cell was ("38.1. | … | Sở Tài chính |" + "| Hoàn thành … | 2/2026
 * |": the "|" ending one line and the "|" opening the next enclose the empty cooperating cell).
 * When the header ends with "|" (the portal's style) a row is complete only once it ends with "|"
 * too. A table ends at the first line after a complete row that neither starts a row nor has a
 * separator (a footnote, the next heading).
 */
public final class SeparatedRowSplitter implements RowSplitter {
  private final char separator;

  public SeparatedRowSplitter(char separator) {
    this.separator = separator;
  }

  @Override
  public Split split(LayoutDetector.Detection detection, List<SourceLine> body) {
    return new Run(detection).split(body);
  }

  private final class Run {
    private final int expected;
    private final boolean bordered;
    private final boolean terminated;
    private final boolean codeFirst;
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Map<Integer, Boolean> dotByDepth = new HashMap<>();
    private Codes.Code lastNumber;
    private Pending current;

    Run(LayoutDetector.Detection detection) {
      String header = detection.headerText().strip();
      this.expected = detection.headerCells().size();
      this.header = detection.headerCells();
      this.bordered = separator == '|' && header.startsWith("|");
      this.terminated = separator == '|' && header.endsWith("|");
      this.codeFirst = ColumnMapper.meaningOf(detection.headerCells().get(0)) == ColumnMeaning.CODE;
    }

    Split split(List<SourceLine> body) {
      int consumed = 0;
      for (int i = 0; i < body.size(); i++) {
        SourceLine line = body.get(i);
        if (line.isBlank() || isRule(line.text())) {
          continue;
        }
        if ((current == null || current.complete())
            && (isHeaderAgain(line.text()) || isPageNumber(line.text()))) {
          // A table continued on a new page: its header again, or the page's number.
          consumed = i + 1;
          continue;
        }
        Optional<Codes.Code> code = rowCode(line.text());
        if (current == null) {
          if (!hasSeparator(line.text())) {
            break;
          }
          start(line, code);
        } else if (bordered && current.complete() && firstCell(line.text()).isEmpty()) {
          // A bordered table continues a row on a line whose code cell is empty.
          current.mergeCellwise(line);
        } else if (code.isPresent() && (current.complete() || startsEarly(code.get()))) {
          close();
          start(line, code);
        } else if (!codeFirst && current.complete() && hasSeparator(line.text())) {
          close();
          start(line, code);
        } else if (!current.complete()
            || hasSeparator(line.text())
            || (!terminated && nextStartsRow(body, i + 1))) {
          current.append(line);
        } else {
          break;
        }
        consumed = i + 1;
      }
      if (current != null) {
        close();
      }
      return new Split(List.copyOf(rows), consumed, List.copyOf(warnings));
    }

    /** A short row is closed early only for a code that continues the numbering. */
    private boolean startsEarly(Codes.Code code) {
      return Codes.plausibleAfter(lastNumber, code) && RowFitting.sameStyle(dotByDepth, code);
    }

    private void start(SourceLine line, Optional<Codes.Code> code) {
      current = new Pending(code);
      current.append(line);
      code.filter(c -> c.kind() == Codes.Kind.NUMBER)
          .ifPresent(
              c -> {
                lastNumber = c;
                dotByDepth.putIfAbsent(c.depth(), c.trailingDot());
              });
    }

    private void close() {
      rows.add(
          RowFitting.fit(current.cells(), expected, current.firstLine, current.code, warnings));
      current = null;
    }

    private Optional<Codes.Code> rowCode(String text) {
      if (!codeFirst || !hasSeparator(text)) {
        return Optional.empty();
      }
      return Codes.parse(firstCell(text));
    }

    private String firstCell(String text) {
      String trimmed = separator == '\t' ? text : text.strip();
      if (bordered && trimmed.startsWith("|")) {
        trimmed = trimmed.substring(1);
      }
      int end = trimmed.indexOf(separator);
      return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }

    private boolean hasSeparator(String text) {
      return text.indexOf(separator) >= 0;
    }

    private boolean nextStartsRow(List<SourceLine> body, int from) {
      for (int i = from; i < body.size(); i++) {
        if (!body.get(i).isBlank()) {
          return rowCode(body.get(i).text()).isPresent();
        }
      }
      return false;
    }

    private boolean isHeaderAgain(String text) {
      List<String> cells = LayoutDetector.splitCells(text, separator);
      return cells.equals(header);
    }

    private boolean isPageNumber(String text) {
      return text.strip().matches("\\d{1,3}") && current != null;
    }

    /** A markdown rule line "|---|:---:|". */
    private boolean isRule(String text) {
      return separator == '|' && text.matches("[|:\\-\\s]+") && text.contains("-");
    }

    /** The lines of one row as read so far. */
    private final class Pending {
      private final StringBuilder text = new StringBuilder();
      private final List<int[]> starts = new ArrayList<>();
      private final Optional<Codes.Code> code;
      private List<Cell> merged;
      private int firstLine;

      Pending(Optional<Codes.Code> code) {
        this.code = code;
      }

      void append(SourceLine line) {
        if (starts.isEmpty()) {
          firstLine = line.number();
        } else {
          text.append('\n');
        }
        starts.add(new int[] {text.length(), line.number()});
        text.append(line.text());
        merged = null;
      }

      void mergeCellwise(SourceLine line) {
        List<Cell> cells = new ArrayList<>(cells());
        List<String> more = LayoutDetector.splitCells(line.text(), separator);
        for (int i = 0; i < more.size(); i++) {
          if (more.get(i).isEmpty()) {
            continue;
          }
          if (i < cells.size()) {
            Cell cell = cells.get(i);
            String joined = cell.isBlank() ? more.get(i) : cell.text() + "\n" + more.get(i);
            cells.set(i, new Cell(joined, cell.isBlank() ? line.number() : cell.sourceLine()));
          } else {
            cells.add(new Cell(more.get(i), line.number()));
          }
        }
        merged = cells;
      }

      boolean complete() {
        if (cells().size() < expected) {
          return false;
        }
        return !terminated || text.toString().strip().endsWith("|") || merged != null;
      }

      List<Cell> cells() {
        if (merged != null) {
          return merged;
        }
        String s = text.toString();
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
          if (i == s.length() || s.charAt(i) == separator) {
            cells.add(cell(s, start, i));
            start = i + 1;
          }
        }
        if (separator == '|') {
          String trimmed = s.strip();
          if (bordered && trimmed.startsWith("|") && !cells.isEmpty()) {
            cells.remove(0);
          }
          if (trimmed.endsWith("|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
          }
        }
        return cells;
      }

      private Cell cell(String s, int from, int to) {
        int first = from;
        while (first < to && Character.isWhitespace(s.charAt(first))) {
          first++;
        }
        List<String> parts = new ArrayList<>();
        for (String part : s.substring(from, to).split("\n")) {
          if (!part.isBlank()) {
            parts.add(part.strip());
          }
        }
        return new Cell(String.join("\n", parts), lineAt(first));
      }

      private int lineAt(int offset) {
        int line = firstLine;
        for (int[] start : starts) {
          if (start[0] <= offset) {
            line = start[1];
          }
        }
        return line;
      }
    }
  }
}
