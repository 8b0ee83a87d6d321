package vn.plantrack.plan.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.plantrack.platform.problem.ProblemException;

/**
 * A plan published as a workbook, turned into the text the import pipeline reads: each sheet in
 * order, each row a line; a row of several cells is a pipe-separated table row ("38.1 | Xây dựng …
 * | Sở Tài chính | … |", the legal-documents portal's rendering), a row of one cell is a line of
 * prose (headings, the header, "Tổ chức thực hiện"). Line breaks inside a cell become spaces. So a
 * workbook is read by the same layout detection, row splitting and column mapping as a text, and
 * its warnings point at "line" numbers that count the rows of the sheets in order.
 */
public final class WorkbookText {
  /** Rows read at most (all sheets): a plan has hundreds, not tens of thousands. */
  static final int MAX_ROWS = 20_000;

  static final int MAX_BYTES = 10 * 1024 * 1024;

  private WorkbookText() {}

  public static String read(byte[] xlsx) {
    if (xlsx == null || xlsx.length == 0) {
      throw ProblemException.invalid("file", "an empty file");
    }
    if (xlsx.length > MAX_BYTES) {
      throw ProblemException.invalid("file", "larger than 10 MB");
    }
    // A zip bomb (a tiny file that inflates hugely) is refused while reading, not after.
    ZipSecureFile.setMinInflateRatio(0.005);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
    List<String> lines = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
          continue;
        }
        for (Row row : sheet) {
          if (lines.size() >= MAX_ROWS) {
            throw ProblemException.invalid("file", "more than " + MAX_ROWS + " rows");
          }
          lines.add(line(row, formatter));
        }
        lines.add("");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw ProblemException.invalid(
          "file", "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
    }
    return String.join("\n", lines);
  }

  private static String line(Row row, DataFormatter formatter) {
    List<String> cells = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
      Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
      String text =
          cell == null
              ? ""
              : formatter.formatCellValue(cell).replaceAll("\\s*\\R\\s*", " ").strip();
      cells.add(text);
      if (!text.isEmpty()) {
        last = i;
      }
    }
    long filled = cells.stream().filter(c -> !c.isEmpty()).count();
    if (filled == 0) {
      return "";
    }
    if (filled == 1 && !cells.get(0).isEmpty()) {
      return cells.get(0);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      line.append(i == 0 ? "" : " ").append(cells.get(i)).append(" |");
    }
    return line.toString().strip();
  }
}
