package vn.plantrack.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column of a sheet: its Vietnamese header (what people read, and what an upload is matched
 * by), the API field it feeds ({@code key}), its type and what a valid cell is. The same definition
 * writes the template (validation lists, text length and number checks, the instructions sheet),
 * the export, and reads the upload, so an export is always a valid upload.
 *
 * <p>A {@code readOnly} column is exported for people to read (a task's timeliness) and ignored on
 * upload.
 */
public record Column(
    String key,
    String header,
    ColumnType type,
    boolean required,
    boolean readOnly,
    int maxLength,
    BigDecimal min,
    BigDecimal max,
    boolean whole,
    String pattern,
    String patternHint,
    List<Choice> choices,
    String help,
    int width) {

  public Column {
    if (key == null || key.isBlank() || header == null || header.isBlank()) {
      throw new IllegalArgumentException("a column has a key and a header");
    }
    choices = choices == null ? List.of() : List.copyOf(choices);
    help = help == null ? "" : help;
    if (pattern != null) {
      Pattern.compile(pattern);
    }
  }

  private static Column of(String key, String header, ColumnType type, int width) {
    return new Column(
        key, header, type, false, false, 0, null, null, false, null, null, List.of(), "", width);
  }

  public static Column text(String key, String header) {
    return of(key, header, ColumnType.TEXT, 30);
  }

  public static Column number(String key, String header) {
    return of(key, header, ColumnType.NUMBER, 14);
  }

  /** A whole number between {@code min} and {@code max}. */
  public static Column integer(String key, String header, long min, long max) {
    return new Column(
        key,
        header,
        ColumnType.NUMBER,
        false,
        false,
        0,
        BigDecimal.valueOf(min),
        BigDecimal.valueOf(max),
        true,
        null,
        null,
        List.of(),
        "",
        12);
  }

  /** A whole number of at least {@code min}, with no upper bound (a version). */
  public static Column atLeast(String key, String header, long min) {
    return integer(key, header, min, 0).between(BigDecimal.valueOf(min), null);
  }

  public static Column date(String key, String header) {
    return of(key, header, ColumnType.DATE, 14);
  }

  public static Column choice(String key, String header, List<Choice> choices) {
    return of(key, header, ColumnType.ENUM, 24).choices(choices);
  }

  public static Column uuid(String key, String header) {
    return of(key, header, ColumnType.UUID, 38);
  }

  public static Column list(String key, String header) {
    return of(key, header, ColumnType.LIST, 40);
  }

  /** The column must be filled on every row (its header gets " *"). */
  public Column mandatory() {
    return new Column(
        key,
        header,
        type,
        true,
        readOnly,
        maxLength,
        min,
        max,
        whole,
        pattern,
        patternHint,
        choices,
        help,
        width);
  }

  /** Exported for people to read, ignored on upload. */
  public Column viewOnly() {
    return new Column(
        key,
        header,
        type,
        false,
        true,
        maxLength,
        min,
        max,
        whole,
        pattern,
        patternHint,
        choices,
        help,
        width);
  }

  public Column maxLength(int length) {
    return new Column(
        key,
        header,
        type,
        required,
        readOnly,
        length,
        min,
        max,
        whole,
        pattern,
        patternHint,
        choices,
        help,
        width);
  }

  public Column between(BigDecimal low, BigDecimal high) {
    return new Column(
        key,
        header,
        type,
        required,
        readOnly,
        maxLength,
        low,
        high,
        whole,
        pattern,
        patternHint,
        choices,
        help,
        width);
  }

  /** Text must match {@code regex} entirely; {@code hint} says what a valid value looks like. */
  public Column pattern(String regex, String hint) {
    return new Column(
        key, header, type, required, readOnly, maxLength, min, max, whole, regex, hint, choices,
        help, width);
  }

  /**
   * The values a cell may take. For {@link ColumnType#ENUM} the template's list is strict; for
   * {@link ColumnType#LIST} it only suggests (a cell holds several), and every item is checked on
   * upload.
   */
  public Column choices(List<Choice> allowed) {
    return new Column(
        key,
        header,
        type,
        required,
        readOnly,
        maxLength,
        min,
        max,
        whole,
        pattern,
        patternHint,
        allowed,
        help,
        width);
  }

  /** What the column means, for the instructions sheet and the header's comment. */
  public Column help(String text) {
    return new Column(
        key,
        header,
        type,
        required,
        readOnly,
        maxLength,
        min,
        max,
        whole,
        pattern,
        patternHint,
        choices,
        text,
        width);
  }

  public Column width(int characters) {
    return new Column(
        key,
        header,
        type,
        required,
        readOnly,
        maxLength,
        min,
        max,
        whole,
        pattern,
        patternHint,
        choices,
        help,
        characters);
  }

  /** The header as written in the sheet: required columns end with " *". */
  public String title() {
    return required ? header + " *" : header;
  }
}
