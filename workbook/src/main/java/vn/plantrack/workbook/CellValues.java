package vn.plantrack.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell read by its column's type: text (length, pattern), a number (a decimal comma or point, a
 * percentage, whole, within bounds), a day, a system id, one choice or several (by value or label,
 * case and diacritics aside). What does not fit is a {@link CellProblem} whose message says what
 * the cell should hold.
 */
final class CellValues {
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

  private CellValues() {}

  /** Why a cell could not be read by its column; the message goes into a {@link RowError}. */
  static final class CellProblem extends Exception {
    CellProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** The cell's value as its column's type holds it (null for an empty cell). */
  static Object of(RawCell cell, Column column) throws CellProblem {
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
          cell.percent() ? RawCell.plain(cell.number() * 100) + "%" : RawCell.plain(cell.number());
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
  static BigDecimal parseNumber(String text) {
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
        if (!DateUtil.isValidExcelDate(cell.number()) || cell.number() < 1) {
          throw new CellProblem("not a date (dd/mm/yyyy)");
        }
        day = DateUtil.getLocalDateTime(cell.number()).toLocalDate();
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
    String folded = SheetReader.fold(text);
    for (Choice c : column.choices()) {
      if (c.value().equals(text)) {
        return c.value();
      }
    }
    for (Choice c : column.choices()) {
      if (SheetReader.fold(c.value()).equals(folded)) {
        return c.value();
      }
    }
    List<Choice> byLabel =
        column.choices().stream().filter(c -> SheetReader.fold(c.label()).equals(folded)).toList();
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
