package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.List;
import vn.plantrack.workbook.ParsedSheet;
import vn.plantrack.workbook.SheetReader;

/**
 * A plan published as a workbook, turned into the text the import pipeline reads: each sheet in
 * order, each row a line; a row of several cells is a pipe-separated table row ("38.1 | Xây dựng …
 * | Sở Tài chính | … |", the legal-documents portal's rendering), a row of one cell is a line of
 * prose (headings, the header, "Tổ chức thực hiện"). Line breaks inside a cell become spaces. So a
 * workbook is read by the same layout detection, row splitting and column mapping as a text, and
 * its warnings point at "line" numbers that count the rows of the sheets in order. The file is
 * opened by the workbook module's reader, with its guards (size, format, zip bombs).
 */
public final class WorkbookText {
  /** Rows read at most per sheet: a plan has hundreds, not tens of thousands. */
  static final int MAX_ROWS = 20_000;

  private WorkbookText() {}

  public static String read(byte[] xlsx) {
    List<String> lines = new ArrayList<>();
    for (ParsedSheet sheet : SheetReader.parseAll(xlsx, MAX_ROWS)) {
      for (List<String> row : sheet.textRows()) {
        lines.add(line(row));
      }
      lines.add("");
    }
    return String.join("\n", lines);
  }

  private static String line(List<String> row) {
    List<String> cells = row.stream().map(c -> c.replaceAll("\\s*\\R\\s*", " ").strip()).toList();
    long filled = cells.stream().filter(c -> !c.isEmpty()).count();
    if (filled == 0) {
      return "";
    }
    if (filled == 1 && !cells.get(0).isEmpty()) {
      return cells.get(0);
    }
    int last = cells.size() - 1;
    while (cells.get(last).isEmpty()) {
      last--;
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      line.append(i == 0 ? "" : " ").append(cells.get(i)).append(" |");
    }
    return line.toString().strip();
  }
}
