package vn.plantrack.indicator.reading;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as the plans write them: the comma is the decimal mark ({@code 0,7} = 0.7); a dot
 * followed by groups of exactly three digits, after a non-zero integer part of one to three digits,
 * separates thousands ({@code 1.000} = 1000, {@code 1.234,5}); any other single dot is a decimal
 * point ({@code 2.5}, {@code 0.700}); leading zeros are dropped ({@code 01} = 1). {@code 1,500} is
 * 1.5 in Vietnamese and 1500 in English, so it is not read.
 */
final class VietnameseNumbers {
  /**
   * Digits with dots or commas inside; which of them is a decimal mark is {@link #number}'s job.
   */
  static final String NUMBER = "\\d+(?:[.,]\\d+)*";

  static final Pattern NUMBER_AT = Pattern.compile(NUMBER);
  static final Pattern DIGIT = Pattern.compile("\\d");

  private static final String THOUSANDS = "[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?";

  private VietnameseNumbers() {}

  /**
   * A Vietnamese number: comma = decimal mark; a dot before groups of exactly three digits after a
   * non-zero integer part of one to three digits = thousands separator; any other single dot =
   * decimal point. Throws when malformed ("2,5,3", "1.00.0", "1,234.5") or ambiguous ("1,500").
   */
  static BigDecimal number(String written) {
    String decimal;
    if (written.matches("\\d+")) {
      decimal = written;
    } else if (written.matches(THOUSANDS)) {
      decimal = written.replace(".", "").replace(',', '.');
    } else if (written.matches("[1-9]\\d{0,2},\\d{3}")) {
      throw new Unreadable(
          "“"
              + written
              + "” is a decimal in Vietnamese but a thousand in English: which is meant?");
    } else if (written.matches("\\d+,\\d+")) {
      decimal = written.replace(',', '.');
    } else if (written.matches("\\d+\\.\\d+")) {
      decimal = written;
    } else {
      throw new Unreadable("“" + written + "” is not a well-formed number");
    }
    BigDecimal value = new BigDecimal(decimal).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** A note when a number was read with its dot as a thousands separator, else null. */
  static String thousandsNote(String... written) {
    for (String number : written) {
      if (number != null && number.matches(THOUSANDS)) {
        return "“"
            + number
            + "” read as "
            + plain(number(number))
            + ": the dot separates thousands in Vietnamese";
      }
    }
    return null;
  }

  static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
