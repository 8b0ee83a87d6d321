package vn.plantrack.platform.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

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

  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\n\\r]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

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

  static ParsedSheet parse(byte[] file, String sheetName, int maxRows) {
    return XlsxParser.parse(file, sheetName, maxRows);
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
          Object value = convert(cell, c);
          if (value == null && c.required()) {
            errors.add(new RowError(raw.number(), c.header(), address, c.key(), "required"));
          }
          values.put(c.key(), value);
        } catch (CellProblem p) {
          errors.add(new RowError(raw.number(), c.header(), address, c.key(), p.getMessage()));
        }
      }
      if (anything) {
        rows.add(new SheetRow(raw.number(), values, present, columns, errors));
      }
    }
    return new ReadResult(rows, List.of());
  }

  /** A header as matched: folded, without the required mark. */
  static String headerKey(String header) {
    String folded = XlsxParser.fold(header);
    while (folded.endsWith("*")) {
      folded = folded.substring(0, folded.length() - 1).strip();
    }
    return folded;
  }

  static String cell(int column, int row) {
    return CellReference.convertNumToColString(column) + row;
  }

  /** Why a cell could not be read by its column; the message goes into a {@link RowError}. */
  static final class CellProblem extends Exception {
    CellProblem(String message) {
      super(message, null, false, false);
    }
  }

  static Object convert(RawCell cell, Column column) throws CellProblem {
    if (cell.kind() == RawCell.Kind.ERROR) {
      throw new CellProblem("the cell shows a formula error (" + cell.text() + ")");
    }
    return switch (column.type()) {
      case TEXT -> text(cell, column);
      case NUMBER -> number(cell, column);
      case DATE -> date(cell);
      case ENUM -> choice(cell, column);
      case UUID -> uuid(cell);
      case LIST -> list(cell, column);
    };
  }

  private static String asText(RawCell cell) {
    return switch (cell.kind()) {
      case NUMBER ->
          cell.percent()
              ? XlsxParser.plain(cell.number() * 100) + "%"
              : XlsxParser.plain(cell.number());
      case DATE -> {
        LocalDate day = LocalDate.parse(cell.text());
        yield String.format(
            "%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
      }
      default -> cell.text();
    };
  }

  private static String clean(String text) {
    String result = Normalizer.normalize(text, Normalizer.Form.NFC);
    return result.replace("\u200b", "").replace("\ufeff", "").strip();
  }

  private static String text(RawCell cell, Column column) throws CellProblem {
    String text = clean(asText(cell));
    if (text.isEmpty()) {
      return null;
    }
    if (column.maxLength() > 0 && text.codePointCount(0, text.length()) > column.maxLength()) {
      throw new CellProblem("at most " + column.maxLength() + " characters");
    }
    if (column.pattern() != null && !text.matches(column.pattern())) {
      throw new CellProblem(
          column.patternHint() == null ? "not in the expected form" : column.patternHint());
    }
    return text;
  }

  private static BigDecimal number(RawCell cell, Column column) throws CellProblem {
    BigDecimal value;
    switch (cell.kind()) {
      case NUMBER -> {
        value = BigDecimal.valueOf(cell.number());
        if (cell.percent()) {
          // Typed as "60%", Excel keeps 0.6: the column means the 60.
          value = value.movePointRight(2);
        }
      }
      case TEXT -> {
        if (cell.text().isBlank()) {
          return null;
        }
        value = parseNumber(cell.text());
        if (value == null) {
          throw new CellProblem("not a number");
        }
      }
      default -> throw new CellProblem("not a number");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (column.whole() && value.scale() > 0) {
      throw new CellProblem("a whole number");
    }
    if (column.whole() && value.abs().compareTo(LONGEST) > 0) {
      throw new CellProblem("too large");
    }
    if (column.min() != null && value.compareTo(column.min()) < 0
        || column.max() != null && value.compareTo(column.max()) > 0) {
      throw new CellProblem(range(column));
    }
    return value;
  }

  private static String range(Column column) {
    if (column.min() != null && column.max() != null) {
      return "between " + column.min().toPlainString() + " and " + column.max().toPlainString();
    }
    return column.min() != null
        ? "at least " + column.min().toPlainString()
        : "at most " + column.max().toPlainString();
  }

  /**
   * A number as people type it in Vietnam or elsewhere: "0,7" and "0.7", "1.234,5" and "1,234.5",
   * "60%" (the 60); null when it is not a number.
   */
  public static BigDecimal parseNumber(String text) {
    if (text == null) {
      return null;
    }
    String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replace('\u2212', '-');
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (comma >= 0) {
      s = s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", "");
    } else if (dot >= 0 && s.indexOf('.') != dot) {
      s = s.replace(".", "");
    }
    if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(RawCell cell) throws CellProblem {
    LocalDate day;
    switch (cell.kind()) {
      case DATE -> day = LocalDate.parse(cell.text());
      case NUMBER -> {
        // A date typed in a cell formatted as a number: Excel's day count.
        if (!org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(cell.number())
            || cell.number() < 1) {
          throw new CellProblem("not a date (dd/mm/yyyy)");
        }
        day = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(cell.number()).toLocalDate();
      }
      case TEXT -> {
        String text = clean(cell.text());
        if (text.isEmpty()) {
          return null;
        }
        day = parseDate(text);
        if (day == null) {
          throw new CellProblem("not a date (dd/mm/yyyy)");
        }
      }
      default -> throw new CellProblem("not a date (dd/mm/yyyy)");
    }
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new CellProblem("a date between 1900 and 2100");
    }
    return day;
  }

  static LocalDate parseDate(String text) {
    try {
      Matcher m = DMY.matcher(text);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
      }
      m = YMD.matcher(text);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static UUID uuid(RawCell cell) throws CellProblem {
    String text = clean(asText(cell));
    if (text.isEmpty()) {
      return null;
    }
    if (!UUID_TEXT.matcher(text).matches()) {
      throw new CellProblem("not a system id (UUID); leave the exported value as it is");
    }
    return UUID.fromString(text);
  }

  private static String choice(RawCell cell, Column column) throws CellProblem {
    String text = clean(asText(cell));
    if (text.isEmpty()) {
      return null;
    }
    return resolve(text, column);
  }

  private static List<String> list(RawCell cell, Column column) throws CellProblem {
    String text = clean(asText(cell));
    if (text.isEmpty()) {
      return null;
    }
    Set<String> values = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String item : LIST_SEPARATOR.split(text)) {
      String name = item.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (column.choices().isEmpty()) {
        values.add(name);
        continue;
      }
      try {
        values.add(resolve(name, column));
      } catch (CellProblem p) {
        unknown.add(p.getMessage());
      }
    }
    if (!unknown.isEmpty()) {
      throw new CellProblem(String.join("; ", unknown));
    }
    if (column.maxLength() > 0 && values.size() > column.maxLength()) {
      throw new CellProblem("at most " + column.maxLength() + " values");
    }
    return values.isEmpty() ? null : List.copyOf(values);
  }

  /** The value a text names: a choice's value or label, case and diacritics aside. */
  private static String resolve(String text, Column column) throws CellProblem {
    String folded = XlsxParser.fold(text);
    for (Choice c : column.choices()) {
      if (c.value().equals(text)) {
        return c.value();
      }
    }
    for (Choice c : column.choices()) {
      if (XlsxParser.fold(c.value()).equals(folded)) {
        return c.value();
      }
    }
    List<Choice> byLabel =
        column.choices().stream().filter(c -> XlsxParser.fold(c.label()).equals(folded)).toList();
    List<Choice> exact = byLabel.stream().filter(c -> clean(c.label()).equals(text)).toList();
    if (exact.size() == 1) {
      return exact.get(0).value();
    }
    if (byLabel.size() == 1) {
      return byLabel.get(0).value();
    }
    if (byLabel.size() > 1) {
      throw new CellProblem(
          "\""
              + text
              + "\" names several: write one of "
              + byLabel.stream().map(Choice::value).collect(Collectors.joining(", ")));
    }
    if (column.type() == ColumnType.ENUM && column.choices().size() <= 12) {
      throw new CellProblem(
          "\""
              + text
              + "\" is not one of: "
              + column.choices().stream().map(Choice::label).collect(Collectors.joining(", ")));
    }
    throw new CellProblem("\"" + text + "\" is not in the list");
  }
}
