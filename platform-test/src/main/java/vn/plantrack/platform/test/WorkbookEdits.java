package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded workbook edited as a person would in Excel, for the tests of the workbook endpoints:
 * open it, find a column by its header (without the required mark " *") and a row by a code, set or
 * clear a cell, save it to upload again.
 */
public final class WorkbookEdits {
  private WorkbookEdits() {}

  public static XSSFWorkbook open(byte[] file) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] save(XSSFWorkbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Column index by header (without the required mark). */
  public static Map<String, Integer> headers(Sheet sheet) {
    Map<String, Integer> headers = new LinkedHashMap<>();
    sheet
        .getRow(0)
        .forEach(c -> headers.put(c.getStringCellValue().replace(" *", ""), c.getColumnIndex()));
    return headers;
  }

  public static int column(Sheet sheet, String header) {
    Integer column = headers(sheet).get(header);
    assertThat(column).as("column " + header).isNotNull();
    return column;
  }

  /**
   * Sets a cell (a number, a date or text), or clears it ({@code null}); the row is made if new.
   */
  public static void put(Sheet sheet, int rowIndex, String header, Object value) {
    Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
    int column = column(sheet, header);
    Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    if (value == null) {
      row.removeCell(cell);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** A cell's text as Excel shows it, null when empty. */
  public static String text(Sheet sheet, int rowIndex, String header) {
    Cell cell = sheet.getRow(rowIndex).getCell(column(sheet, header));
    return cell == null ? null : new DataFormatter().formatCellValue(cell);
  }

  /** The index of the data row whose column {@code header} holds {@code code}. */
  public static int rowOf(Sheet sheet, String header, String code) {
    int column = column(sheet, header);
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (row.getRowNum() > 0 && cell != null && code.equals(cell.getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row with " + header + " " + code);
  }
}
