package vn.plantrack.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Reads an uploaded workbook against a {@link SheetDefinition}: columns are found by their header
 * (case, diacritics, a trailing "*" and the order of columns do not matter; the API field name is
 * accepted too), each cell is converted by its column's type, and every problem becomes a {@link
 * RowError} at the row and column a person sees in Excel. Limits: {@value #MAX_ROWS} data rows,
 * {@value #MAX_BYTES} bytes; beyond them, or for a file that is not an XLSX workbook, a 400.
 */
public final class SheetReader {
  public static final int MAX_ROWS = 5_000;
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private SheetReader() {}

  /**
   * Reads the sheet named by the definition (or the workbook's first data sheet) and converts it.
   */
  public static ReadResult read(byte[] file, SheetDefinition sheet) {
    return convert(parse(file, sheet.name()), sheet);
  }

  /** Reads the sheet's headers and rows without converting them (see {@link ParsedSheet}). */
  public static ParsedSheet parse(byte[] file, String sheetName) {
    return XlsxParser.parse(file, sheetName, MAX_ROWS);
  }

  /**
   * Every sheet of the workbook, in order, with the same guards as {@link #parse} (size, format,
   * zip bombs), for a reader that finds its own structure in the rows ({@link
   * ParsedSheet#textRows}).
   */
  public static List<ParsedSheet> parseAll(byte[] file, int maxRowsPerSheet) {
    return XlsxParser.parseAll(file, maxRowsPerSheet);
  }

  /** Converts every row of a parsed sheet by the definition's columns. */
  public static ReadResult convert(ParsedSheet sheet, SheetDefinition definition) {
    List<RowError> headerErrors = new ArrayList<>();
    Map<String, Integer> columnIndex = new LinkedHashMap<>();
    Map<String, Column> byName = new HashMap<>();
    for (Column c : definition.columns()) {
      byName.put(headerKey(c.header()), c);
      byName.putIfAbsent(headerKey(c.key()), c);
    }
    int headerRow = sheet.headerRow() == 0 ? 1 : sheet.headerRow();
    sheet
        .headers()
        .forEach(
            (index, header) -> {
              Column c = byName.get(headerKey(header));
              if (c == null) {
                return;
              }
              if (columnIndex.containsKey(c.key())) {
                headerErrors.add(
                    new RowError(
                        headerRow,
                        c.header(),
                        cell(index, headerRow),
                        c.key(),
                        "the column appears twice"));
                return;
              }
              columnIndex.put(c.key(), index);
            });
    for (Column c : definition.columns()) {
      if (c.required() && !c.readOnly() && !columnIndex.containsKey(c.key())) {
        headerErrors.add(
            new RowError(
                headerRow,
                c.header(),
                null,
                c.key(),
                "required column missing: the header row needs \"" + c.header() + "\""));
      }
    }
    if (!headerErrors.isEmpty()) {
      return new ReadResult(List.of(), headerErrors);
    }
    Map<String, Integer> columns = Map.copyOf(columnIndex);
    Set<String> present =
        columnIndex.keySet().stream()
            .filter(k -> !definition.column(k).orElseThrow().readOnly())
            .collect(Collectors.toUnmodifiableSet());
    List<SheetRow> rows = new ArrayList<>();
    for (ParsedSheet.Row raw : sheet.rows()) {
      Map<String, Object> values = new HashMap<>();
      List<RowError> errors = new ArrayList<>();
      boolean anything = false;
      for (Column c : definition.columns()) {
        Integer index = columnIndex.get(c.key());
        if (c.readOnly() || index == null) {
          continue;
        }
        RawCell cell = raw.cells().get(index);
        String address = cell(index, raw.number());
        if (cell == null) {
          if (c.required()) {
            errors.add(new RowError(raw.number(), c.header(), address, c.key(), "required"));
          }
          continue;
        }
        anything = true;
        try {
          Object value = CellValues.of(cell, c);
          if (value == null && c.required()) {
            errors.add(new RowError(raw.number(), c.header(), address, c.key(), "required"));
          }
          values.put(c.key(), value);
        } catch (CellValues.CellProblem p) {
          errors.add(new RowError(raw.number(), c.header(), address, c.key(), p.getMessage()));
        }
      }
      if (anything) {
        rows.add(new SheetRow(raw.number(), values, present, columns, errors));
      }
    }
    return new ReadResult(rows, List.of());
  }

  /** A name as the reader matches it: case, diacritics and spacing aside. */
  static String fold(String text) {
    return VietnameseText.fold(VietnameseText.normalize(text == null ? "" : text));
  }

  /** A header as matched: folded, without the required mark. */
  static String headerKey(String header) {
    String folded = fold(header);
    while (folded.endsWith("*")) {
      folded = folded.substring(0, folded.length() - 1).strip();
    }
    return folded;
  }

  static String cell(int column, int row) {
    return CellReference.convertNumToColString(column) + row;
  }

  /**
   * A number as people type it in Vietnam or elsewhere: "0,7" and "0.7", "1.234,5" and "1,234.5",
   * "60%" (the 60); null when it is not a number.
   */
  public static BigDecimal parseNumber(String text) {
    return CellValues.parseNumber(text);
  }
}
