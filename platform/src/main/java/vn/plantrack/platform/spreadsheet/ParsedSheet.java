package vn.plantrack.platform.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

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
}
