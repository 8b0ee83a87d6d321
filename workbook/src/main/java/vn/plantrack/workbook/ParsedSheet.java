package vn.plantrack.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sheet of an uploaded workbook as read from the file: its name, the header row (the first row
 * with anything in it) and the rows under it that are not empty. A service that shapes its columns
 * after the headers (an indicator's "Mục tiêu 2030", "Mục tiêu 2045") reads {@link #headers} before
 * it {@link SheetReader#convert converts} the rows.
 */
public final class ParsedSheet {
  private final String name;
  private final int headerRow;
  private final SortedMap<Integer, String> headers;
  private final List<Row> rows;

  /** A row that is not empty: its number as Excel shows it, and its cells by column index. */
  record Row(int number, SortedMap<Integer, RawCell> cells) {}

  ParsedSheet(String name, int headerRow, SortedMap<Integer, String> headers, List<Row> rows) {
    this.name = name;
    this.headerRow = headerRow;
    this.headers = headers;
    this.rows = List.copyOf(rows);
  }

  public String name() {
    return name;
  }

  /** The header row's number (1 in every workbook PlanTrack writes). */
  public int headerRow() {
    return headerRow;
  }

  /** The headers by column index (0 = A), as written. */
  public Map<Integer, String> headers() {
    return headers;
  }

  /** How many rows hold data. */
  public int size() {
    return rows.size();
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * The sheet as a person reads it, for a reader that finds its own structure in it (a plan
   * published as a workbook): every row from the first to the last that holds anything, the header
   * row included and empty rows as empty lists, each cell's text as shown ("" for an empty cell).
   */
  public List<List<String>> textRows() {
    List<List<String>> lines = new ArrayList<>();
    if (headerRow == 0) {
      return lines;
    }
    // lines.get(i) is row i + 1: empty rows are filled in before each row that holds something.
    while (lines.size() < headerRow - 1) {
      lines.add(List.of());
    }
    lines.add(shown(headers));
    for (Row row : rows) {
      while (lines.size() < row.number() - 1) {
        lines.add(List.of());
      }
      SortedMap<Integer, String> cells = new TreeMap<>();
      row.cells().forEach((column, cell) -> cells.put(column, cell.shown()));
      lines.add(shown(cells));
    }
    return lines;
  }

  private static List<String> shown(SortedMap<Integer, String> cells) {
    List<String> line = new ArrayList<>();
    if (cells.isEmpty()) {
      return line;
    }
    for (int i = 0; i <= cells.lastKey(); i++) {
      line.add(cells.getOrDefault(i, ""));
    }
    return line;
  }
}
