package vn.plantrack.indicator.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Reads a target expression of a plan's indicator table as the documents write it: {@code ≥ 25},
 * {@code >60}, {@code <=55}, {@code 10-15}, {@code 80-90%}, {@code > 0,7}, {@code 3% và tăng dần},
 * {@code ≥ 3 Doanh nghiệp}, {@code 45 các tỉnh, thành} in a rank unit, {@code Có}, and sentences a
 * person judges. OCR'd text without diacritics reads the same ("Co", "toi thieu", "Thu bac").
 *
 * <p>Numbers are Vietnamese: the comma is the decimal mark ({@code 0,7}); a dot followed by groups
 * of exactly three digits separates thousands ({@code 1.000}, {@code 100.000}); any other dot is a
 * decimal point ({@code 2.5}). Leading zeros are dropped ({@code 05} = 5).
 *
 * <p>What it does not understand — two numbers without a range between them, a number inside a
 * sentence, an operator without a number, a malformed number — is UNRECOGNIZED with a note, never
 * guessed.
 */
public final class TargetReader {
  private static final String NUMBER = "\\d+(?:[.,]\\d+)*";

  /** Symbol operators, longest first; "=>" and "=<" are common typing slips for ≥ and ≤. */
  private static final List<Map.Entry<String, TargetKind>> SYMBOLS =
      List.of(
          Map.entry(">=", TargetKind.AT_LEAST),
          Map.entry("=>", TargetKind.AT_LEAST),
          Map.entry("≥", TargetKind.AT_LEAST),
          Map.entry("<=", TargetKind.AT_MOST),
          Map.entry("=<", TargetKind.AT_MOST),
          Map.entry("≤", TargetKind.AT_MOST),
          Map.entry(">", TargetKind.GREATER_THAN),
          Map.entry("<", TargetKind.LESS_THAN),
          Map.entry("=", TargetKind.EXACT));

  /** Word operators (folded, without diacritics), longest first. */
  private static final List<Map.Entry<String, TargetKind>> WORDS =
      List.of(
          Map.entry("khong thap hon", TargetKind.AT_LEAST),
          Map.entry("khong duoi", TargetKind.AT_LEAST),
          Map.entry("toi thieu", TargetKind.AT_LEAST),
          Map.entry("it nhat", TargetKind.AT_LEAST),
          Map.entry("khong vuot qua", TargetKind.AT_MOST),
          Map.entry("khong cao hon", TargetKind.AT_MOST),
          Map.entry("khong qua", TargetKind.AT_MOST),
          Map.entry("toi da", TargetKind.AT_MOST),
          Map.entry("lon hon", TargetKind.GREATER_THAN),
          Map.entry("cao hon", TargetKind.GREATER_THAN),
          Map.entry("tren", TargetKind.GREATER_THAN),
          Map.entry("nho hon", TargetKind.LESS_THAN),
          Map.entry("thap hon", TargetKind.LESS_THAN),
          Map.entry("duoi", TargetKind.LESS_THAN),
          Map.entry("dat", TargetKind.EXACT),
          Map.entry("bang", TargetKind.EXACT));

  /** Phrases that announce a rank by themselves, whatever the unit. */
  private static final Pattern RANK_PHRASE =
      Pattern.compile(
          "^(?:trong )?(?:top|nhom|xep hang thu|xep thu|dung thu|hang thu|thu)\\s*("
              + NUMBER
              + ")"
              + "(?:\\s+(?:tinh|dia phuong)[a-z ,]*(?:dan dau|cao nhat|hang dau)?)?$");

  private static final Pattern RISING = Pattern.compile("\\s*(?:,|;)?\\s*(?:va )?tang dan\\b.*$");
  private static final Pattern NUMBER_AT_START =
      Pattern.compile("^(" + NUMBER + ")\\s*(%)?\\s*(.*)$");
  private static final Pattern RANGE_REST =
      Pattern.compile("^(?:-|den)\\s*(" + NUMBER + ")\\s*(%)?\\s*(.*)$");
  private static final Pattern YES = Pattern.compile("^(?:co|dat|yes|hoan thanh|x)$");
  private static final Pattern NO = Pattern.compile("^(?:khong|no|chua)$");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private TargetReader() {}

  public static TargetReading read(String text, String indicatorUnit) {
    String original = text == null ? "" : text;
    String plain = VietnameseText.normalize(original);
    if (plain.matches(".*\\d\\s*%?\\s*-$")) {
      // "5-": the second bound of a range was lost (OCR, a cut cell); edge marks would hide it.
      return unrecognized(
          original,
          blankToNull(VietnameseText.normalize(indicatorUnit)),
          "a range without its second bound");
    }
    String normalized = VietnameseText.stripEdgeMarks(plain);
    String folded = VietnameseText.fold(normalized);
    String defaultUnit = blankToNull(VietnameseText.normalize(indicatorUnit));
    if (folded.isEmpty()) {
      return unrecognized(original, defaultUnit, "the target is empty");
    }
    if (YES.matcher(folded).matches()) {
      return reading(
          original, TargetKind.BOOLEAN, null, BigDecimal.ONE, BigDecimal.ONE, defaultUnit);
    }
    if (NO.matcher(folded).matches()) {
      return reading(
          original, TargetKind.BOOLEAN, null, BigDecimal.ZERO, BigDecimal.ZERO, defaultUnit);
    }
    boolean rising = false;
    Matcher risingMatch = RISING.matcher(folded);
    if (risingMatch.find()) {
      rising = true;
      normalized = normalized.substring(0, risingMatch.start()).strip();
      folded = folded.substring(0, risingMatch.start()).strip();
    }
    if (!DIGIT.matcher(folded).find()) {
      if (rising || startsWithOperator(folded)) {
        return unrecognized(original, defaultUnit, "an operator without a number");
      }
      return new TargetReading(
          original,
          TargetKind.QUALITATIVE,
          null,
          null,
          null,
          defaultUnit,
          false,
          false,
          "a qualitative target: a coordinator judges it");
    }
    Matcher rankPhrase = RANK_PHRASE.matcher(folded);
    if (rankPhrase.matches()) {
      BigDecimal rank = number(rankPhrase.group(1));
      if (rank == null) {
        return unrecognized(original, defaultUnit, "a malformed number");
      }
      return reading(original, TargetKind.RANK, "≤", null, rank, defaultUnit);
    }
    return readComparison(original, normalized, folded, defaultUnit, rising);
  }

  private static TargetReading readComparison(
      String original, String normalized, String folded, String defaultUnit, boolean rising) {
    TargetKind kind = null;
    String operator = null;
    int at = 0;
    boolean from = false;
    for (Map.Entry<String, TargetKind> symbol : SYMBOLS) {
      if (folded.startsWith(symbol.getKey())) {
        kind = symbol.getValue();
        operator = symbol(kind);
        at = symbol.getKey().length();
        break;
      }
    }
    if (kind == null) {
      for (Map.Entry<String, TargetKind> word : WORDS) {
        if (folded.startsWith(word.getKey() + " ")
            || folded.matches(Pattern.quote(word.getKey()) + "\\d.*")) {
          kind = word.getValue();
          operator = symbol(kind);
          at = word.getKey().length();
          break;
        }
      }
    }
    if (kind == null && folded.startsWith("tu ")) {
      from = true;
      at = 3;
    }
    String rest = folded.substring(at).strip();
    String restOriginal = normalized.substring(normalized.length() - rest.length());
    if (startsWithOperator(rest)) {
      return unrecognized(original, defaultUnit, "two operators");
    }
    Matcher first = NUMBER_AT_START.matcher(rest);
    if (!first.matches()) {
      return unrecognized(original, defaultUnit, "a number inside a sentence");
    }
    BigDecimal min = number(first.group(1));
    if (min == null) {
      return unrecognized(original, defaultUnit, "a malformed number: " + first.group(1));
    }
    boolean percent = first.group(2) != null;
    String tail = first.group(3).strip();
    BigDecimal max = null;
    Matcher range = RANGE_REST.matcher(tail);
    if (range.matches() && (kind == null || kind == TargetKind.EXACT)) {
      max = number(range.group(1));
      if (max == null) {
        return unrecognized(original, defaultUnit, "a malformed number: " + range.group(1));
      }
      if (min.compareTo(max) > 0) {
        return unrecognized(original, defaultUnit, "a range whose first bound is the larger");
      }
      percent = percent || range.group(2) != null;
      tail = range.group(3).strip();
      kind = TargetKind.RANGE;
      operator = "–";
    } else if (from) {
      return unrecognized(original, defaultUnit, "\"từ\" without \"đến\"");
    } else if (tail.startsWith("-") || tail.startsWith("den")) {
      return unrecognized(original, defaultUnit, "a range without its second bound");
    }
    if (DIGIT.matcher(tail).find()) {
      return unrecognized(original, defaultUnit, "more than one number");
    }
    if (tail.split(" ").length > 4) {
      return unrecognized(original, defaultUnit, "a number inside a sentence");
    }
    String written = restOriginal.substring(restOriginal.length() - tail.length()).strip();
    String unit = unit(percent, written, defaultUnit);
    if (kind == null) {
      kind = TargetKind.EXACT;
      operator = "=";
    }
    if (isRankUnit(defaultUnit)) {
      return rank(original, kind, min, max, defaultUnit);
    }
    BigDecimal low =
        switch (kind) {
          case AT_LEAST, GREATER_THAN, EXACT, RANGE -> min;
          default -> null;
        };
    BigDecimal high =
        switch (kind) {
          case AT_MOST, LESS_THAN -> min;
          case EXACT -> min;
          case RANGE -> max;
          default -> null;
        };
    if (rising && kind != TargetKind.AT_LEAST && kind != TargetKind.EXACT) {
      return unrecognized(original, defaultUnit, "\"tăng dần\" with " + kind);
    }
    if (rising) {
      return new TargetReading(
          original, TargetKind.AT_LEAST, "≥", min, null, unit, true, false, "at least, rising");
    }
    return reading(original, kind, operator, low, high, unit);
  }

  /**
   * A number in a rank unit: "45", "≤ 55" or "45 các tỉnh, thành" (the words name what is ranked)
   * mean 45th or better; "< 55" means 54th or better. "≥ N" in a rank unit makes no sense.
   */
  private static TargetReading rank(
      String original, TargetKind kind, BigDecimal value, BigDecimal rangeMax, String unit) {
    return switch (kind) {
      case EXACT, AT_MOST -> reading(original, TargetKind.RANK, "≤", null, value, unit);
      case LESS_THAN ->
          value.stripTrailingZeros().scale() <= 0
              ? reading(original, TargetKind.RANK, "≤", null, value.subtract(BigDecimal.ONE), unit)
              : unrecognized(original, unit, "a rank is a whole number");
      case RANGE -> reading(original, TargetKind.RANK, "≤", null, rangeMax, unit);
      default -> unrecognized(original, unit, "a rank cannot be " + kind);
    };
  }

  static boolean isRankUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String folded = VietnameseText.fold(VietnameseText.normalize(unit));
    return folded.equals("thu bac")
        || folded.equals("thu hang")
        || folded.equals("hang")
        || folded.startsWith("xep hang");
  }

  private static boolean startsWithOperator(String folded) {
    return SYMBOLS.stream().anyMatch(s -> folded.startsWith(s.getKey()));
  }

  /**
   * The unit written after the number: "%" alone, "% GRDP", "Doanh nghiệp"; the indicator's unit
   * when nothing is written.
   */
  private static String unit(boolean percent, String written, String defaultUnit) {
    if (percent) {
      return written.isEmpty() ? "%" : "% " + written;
    }
    return written.isEmpty() ? defaultUnit : written;
  }

  /**
   * A Vietnamese number: comma = decimal mark, dot + three-digit groups = thousands, any other
   * single dot = decimal point. Null when malformed ("2,5,3", "1.00.0").
   */
  static BigDecimal number(String written) {
    String s = written;
    boolean commas = s.indexOf(',') >= 0;
    boolean dots = s.indexOf('.') >= 0;
    if (commas && dots) {
      if (!s.matches("\\d{1,3}(?:\\.\\d{3})+,\\d+")) {
        return null;
      }
      s = s.replace(".", "").replace(',', '.');
    } else if (commas) {
      if (!s.matches("\\d+,\\d+")) {
        return null;
      }
      s = s.replace(',', '.');
    } else if (dots) {
      if (s.matches("[1-9]\\d{0,2}(?:\\.\\d{3})+")) {
        s = s.replace(".", "");
      } else if (!s.matches("\\d+\\.\\d+")) {
        return null;
      }
    }
    BigDecimal value = new BigDecimal(s).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private static String symbol(TargetKind kind) {
    return switch (kind) {
      case AT_LEAST -> "≥";
      case GREATER_THAN -> ">";
      case AT_MOST -> "≤";
      case LESS_THAN -> "<";
      default -> "=";
    };
  }

  private static TargetReading reading(
      String original,
      TargetKind kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit) {
    return new TargetReading(original, kind, operator, min, max, unit, false, false, null);
  }

  private static TargetReading unrecognized(String original, String unit, String why) {
    return new TargetReading(
        original, TargetKind.UNRECOGNIZED, null, null, null, unit, false, true, why);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
