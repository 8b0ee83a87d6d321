package vn.plantrack.workbook;

import java.math.BigDecimal;

/**
 * A cell as the file holds it, before a column gives it a meaning: text, a number (with whether its
 * format shows it as a percentage), a date, a yes/no, or a formula error.
 */
record RawCell(Kind kind, String text, double number, boolean percent) {
  enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  static RawCell text(String text) {
    return new RawCell(Kind.TEXT, text, 0, false);
  }

  boolean blank() {
    return kind == Kind.TEXT && text.isBlank();
  }

  /** The text a person sees for the cell (a header typed as a number reads "2030"). */
  String shown() {
    return kind == Kind.NUMBER ? plain(number) : text;
  }

  /** A number as written, without exponent or trailing zeros. */
  static String plain(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
