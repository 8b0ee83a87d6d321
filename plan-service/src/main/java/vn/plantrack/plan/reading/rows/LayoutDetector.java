package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.List;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.SourceLine;

/**
 * Stage 3: which rendering a block of text uses for its table, judged by evidence, never by file
 * name: a header row whose cells are separated by "|" or by tabs, or a run of short lines that are
 * each a header cell ("TT", "Chỉ tiêu", "Đơn vị", …), or labelled prose lines ("- Phòng chủ trì:
 * …"). The first table header in the block wins; labelled prose before it is its own block.
 */
public final class LayoutDetector {
  /** Header cells longer than this are text, not a column title. */
  static final int MAX_HEADER_CELL = 60;

  /** The counts the decision was made on. */
  public record Evidence(int pipeRows, int tabRows, int headerCellLines, int fieldLines) {}

  /**
   * The layout, and for a table its header: the first and last header line (indexes into the list
   * given to {@link #detect}) and the header cells. For {@link Layout#PROSE_ITEMS}, {@code
   * blockEnd} is where the prose block ends (exclusive): the next table header, or the end.
   */
  public record Detection(
      Layout layout,
      int headerStart,
      int headerEnd,
      List<String> headerCells,
      boolean blankSeparated,
      String headerText,
      int blockEnd,
      Evidence evidence) {}

  private LayoutDetector() {}

  public static Detection detect(List<SourceLine> lines) {
    int pipeRows = 0;
    int tabRows = 0;
    int fieldLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String text = line.text();
      if (count(text, '|') >= 2) {
        pipeRows++;
        List<String> cells = splitCells(text, '|');
        if (isHeader(cells)) {
          return table(Layout.PIPE_ROWS, i, i, cells, false, lines, fieldLines, pipeRows, tabRows);
        }
      }
      if (text.indexOf('\t') >= 0) {
        tabRows++;
        List<String> cells = splitCells(text, '\t');
        if (isHeader(cells)) {
          return table(Layout.TAB_ROWS, i, i, cells, false, lines, fieldLines, pipeRows, tabRows);
        }
      }
      if (headerCellLike(text) && !Headings.isAppendix(line)) {
        Detection run = cellRun(lines, i, fieldLines, pipeRows, tabRows);
        if (run != null) {
          return run;
        }
      }
      if (ProseItemSplitter.field(text).isPresent()) {
        fieldLines++;
      }
    }
    Evidence evidence = new Evidence(pipeRows, tabRows, 0, fieldLines);
    Layout layout = fieldLines >= 2 ? Layout.PROSE_ITEMS : Layout.NONE;
    return new Detection(layout, -1, -1, List.of(), false, "", lines.size(), evidence);
  }

  private static Detection table(
      Layout layout,
      int start,
      int end,
      List<String> cells,
      boolean blankSeparated,
      List<SourceLine> lines,
      int fieldLines,
      int pipeRows,
      int tabRows) {
    int headerCellLines = layout == Layout.CELL_PER_LINE ? cells.size() : 0;
    Evidence evidence = new Evidence(pipeRows, tabRows, headerCellLines, fieldLines);
    if (fieldLines >= 2) {
      // Labelled prose items come first; the table is read once they are.
      return new Detection(Layout.PROSE_ITEMS, -1, -1, List.of(), false, "", start, evidence);
    }
    String headerText = lines.get(start).text();
    return new Detection(
        layout, start, end, List.copyOf(cells), blankSeparated, headerText, -1, evidence);
  }

  /**
   * A run of at least three header cells, one per line, optionally with one empty line between
   * them; it ends at the first line that is not a header cell (usually the first row's code).
   */
  private static Detection cellRun(
      List<SourceLine> lines, int first, int fieldLines, int pipeRows, int tabRows) {
    int start = first;
    List<String> cells = new ArrayList<>(List.of(lines.get(start).text()));
    int last = start;
    boolean blankSeparated = false;
    int j = start + 1;
    while (j < lines.size()) {
      int gap = 0;
      while (j < lines.size() && lines.get(j).isEmpty()) {
        gap++;
        j++;
      }
      if (j >= lines.size() || gap > 1) {
        break;
      }
      String text = lines.get(j).text();
      if (!headerCellLike(text) || Codes.parse(text).isPresent()) {
        break;
      }
      blankSeparated |= gap == 1;
      if (ColumnMapper.meaningOf(text) == ColumnMeaning.CODE) {
        // "TT" opens a header: lines before it were a title, not header cells.
        cells.clear();
        start = j;
      }
      cells.add(text);
      last = j;
      j++;
    }
    boolean codeFirst = ColumnMapper.meaningOf(cells.get(0)) == ColumnMeaning.CODE;
    if (!isHeader(cells) || !(codeFirst || cells.size() >= 4)) {
      return null;
    }
    return table(
        Layout.CELL_PER_LINE,
        start,
        last,
        cells,
        blankSeparated,
        lines,
        fieldLines,
        pipeRows,
        tabRows);
  }

  /**
   * A line that can be one header cell of a cell-per-line table: short, a known column title, not a
   * labelled line ("- Phòng chủ trì: …"), a list item or the end of a sentence.
   */
  private static boolean headerCellLike(String text) {
    return !text.isBlank()
        && text.length() <= MAX_HEADER_CELL
        && text.indexOf('|') < 0
        && text.indexOf('\t') < 0
        && text.indexOf(':') < 0
        && !text.matches("^([-+•*]|[a-zđ]\\)|\\(?\\d+[.)]).*")
        && !text.matches(".*[.;,]$")
        && ColumnMapper.meaningOf(text) != ColumnMeaning.UNKNOWN;
  }

  /**
   * At least three short cells with a known meaning, one of them naming the task or indicator, and
   * none of them a row code.
   */
  static boolean isHeader(List<String> cells) {
    int known = 0;
    boolean named = false;
    for (String cell : cells) {
      if (cell.length() > MAX_HEADER_CELL || Codes.parse(cell).isPresent()) {
        return false;
      }
      ColumnMeaning meaning = ColumnMapper.meaningOf(cell);
      if (meaning != ColumnMeaning.UNKNOWN) {
        known++;
      }
      named |= meaning == ColumnMeaning.TASK || meaning == ColumnMeaning.INDICATOR_NAME;
    }
    return known >= 3 && named;
  }

  /**
   * The cells of one separated line: a leading separator (a bordered table) and a trailing one (the
   * portal ends every row with "|") do not open cells.
   */
  static List<String> splitCells(String text, char separator) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        cells.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (separator == '|') {
      // Tabs always separate cells; "|" at either end of a line is a border.
      String trimmed = text.strip();
      if (trimmed.startsWith("|") && !cells.isEmpty()) {
        cells.remove(0);
      }
      if (trimmed.endsWith("|") && !cells.isEmpty()) {
        cells.remove(cells.size() - 1);
      }
    }
    return cells;
  }

  static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
