package vn.plantrack.indicator.reading;

import static vn.plantrack.indicator.reading.VietnameseNumbers.plain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;

/**
 * How a target compares: signs ({@code ≥ > ≤ < =} and their typed forms), operator words ("tối
 * thiểu", "không quá", "trên"…), ranges ("10-15", "từ 10 đến 15"), "trở lên"/"trở xuống", and the
 * words read past before them ("phấn đấu đạt", "chiếm").
 */
final class OperatorForms {
  /** Words read past before the operator: "Phấn đấu đạt 80%", "chiếm tối thiểu 50% GRDP". */
  static final Pattern LEAD =
      Pattern.compile("(?:phan dau\\s+)?(?:(?:dat|chiem|duy tri|hoan thanh)(?=[\\s\\d])\\s*)?");

  /** "khoảng 45%", "gần 80%": no bound to compare with. */
  static final Pattern APPROXIMATE =
      Pattern.compile("(?:khoang|xap xi|gan|chung|uoc tinh|uoc)(?=[\\s\\d])");

  static final Pattern SIGN = Pattern.compile(">=|=>|≥|<=|=<|≤|>|<|=");

  /** Folded operator words and what they ask for ({@link #WORD} tries the longer ones first). */
  private static final Map<String, TargetKind> WORDS =
      Map.ofEntries(
          Map.entry("khong thap hon", TargetKind.AT_LEAST),
          Map.entry("khong it hon", TargetKind.AT_LEAST),
          Map.entry("khong duoi", TargetKind.AT_LEAST),
          Map.entry("toi thieu", TargetKind.AT_LEAST),
          Map.entry("it nhat", TargetKind.AT_LEAST),
          Map.entry("khong vuot qua", TargetKind.AT_MOST),
          Map.entry("khong cao hon", TargetKind.AT_MOST),
          Map.entry("khong lon hon", TargetKind.AT_MOST),
          Map.entry("khong nhieu hon", TargetKind.AT_MOST),
          Map.entry("khong qua", TargetKind.AT_MOST),
          Map.entry("toi da", TargetKind.AT_MOST),
          Map.entry("lon hon", TargetKind.GREATER_THAN),
          Map.entry("cao hon", TargetKind.GREATER_THAN),
          Map.entry("nhieu hon", TargetKind.GREATER_THAN),
          Map.entry("tren", TargetKind.GREATER_THAN),
          Map.entry("hon", TargetKind.GREATER_THAN),
          Map.entry("nho hon", TargetKind.LESS_THAN),
          Map.entry("thap hon", TargetKind.LESS_THAN),
          Map.entry("it hon", TargetKind.LESS_THAN),
          Map.entry("duoi", TargetKind.LESS_THAN));

  private static final String WORD_ALTERNATIVES =
      "khong thap hon|khong it hon|khong duoi|toi thieu|it nhat|khong vuot qua|khong cao hon"
          + "|khong lon hon|khong nhieu hon|khong qua|toi da|lon hon|cao hon|nhieu hon|tren|hon"
          + "|nho hon|thap hon|it hon|duoi";

  /** An operator word, as a whole word: "trên 60", "tren60", not "trênh". */
  static final Pattern WORD = Pattern.compile("(?:" + WORD_ALTERNATIVES + ")(?=[\\s\\d]|$)");

  /** "từ 10 đến 15", "từ 10 trở lên". */
  static final Pattern FROM = Pattern.compile("tu(?=[\\s\\d])");

  /** Signs and operator words with nothing else: "≥", "tối thiểu %". */
  private static final Pattern OPERATOR_ONLY =
      Pattern.compile("(?:[\\s%<>=≥≤]|\\b(?:" + WORD_ALTERNATIVES + "|tu|den)\\b)+");

  static final Pattern PERCENT = Pattern.compile("\\s*%");
  static final Pattern RANGE_MARK = Pattern.compile("\\s*(?:-|(?:den|toi)(?=[\\s\\d]|$))\\s*");

  private OperatorForms() {}

  /** Whether the folded text is only signs and operator words, without the number they need. */
  static boolean operatorOnly(String folded) {
    return OPERATOR_ONLY.matcher(folded).matches();
  }

  /** A sign ("≥", ">=", "=>") or an operator word ("tối thiểu", "trên") at the cursor. */
  static TargetKind operator(TargetText.Cursor cursor) {
    Matcher sign = cursor.take(SIGN);
    if (sign != null) {
      return switch (sign.group()) {
        case ">=", "=>", "≥" -> TargetKind.AT_LEAST;
        case "<=", "=<", "≤" -> TargetKind.AT_MOST;
        case ">" -> TargetKind.GREATER_THAN;
        case "<" -> TargetKind.LESS_THAN;
        default -> TargetKind.EXACT;
      };
    }
    Matcher word = cursor.take(WORD);
    return word == null ? null : WORDS.get(word.group());
  }

  /**
   * The kind from what surrounds the number(s): an operator before, a range, "từ … đến …", "trở
   * lên"/"trở xuống" after. Two of them together are flagged rather than reconciled.
   */
  static TargetKind kind(TargetKind operator, boolean from, boolean range, TargetKind orMore) {
    if (range) {
      if (operator != null) {
        throw new Unreadable("an operator before a range");
      }
      if (orMore != null) {
        throw new Unreadable("“trở lên”/“trở xuống” after a range");
      }
      return TargetKind.RANGE;
    }
    if (from) {
      if (orMore == null) {
        throw new Unreadable("“từ” (from) without “đến” (to) or “trở lên” (upwards)");
      }
      return orMore;
    }
    if (orMore != null) {
      if (operator != null) {
        throw new Unreadable("an operator and “trở lên”/“trở xuống” together");
      }
      return orMore;
    }
    return operator == null ? TargetKind.EXACT : operator;
  }

  static void checkRange(
      BigDecimal low, BigDecimal high, boolean percent, boolean secondPercent, String tail) {
    if (low.compareTo(high) >= 0) {
      throw new Unreadable(
          "a range whose first bound is not the smaller (" + plain(low) + "–" + plain(high) + ")");
    }
    if (percent && !secondPercent && !tail.isEmpty()) {
      throw new Unreadable("the two bounds of the range have different units");
    }
  }

  /** "3% và tăng dần" is at least 3 and rising; rising with a ceiling or a range is unclear. */
  static TargetKind risingKind(TargetKind kind) {
    return switch (kind) {
      case EXACT, AT_LEAST -> TargetKind.AT_LEAST;
      case GREATER_THAN -> TargetKind.GREATER_THAN;
      default -> throw new Unreadable("“tăng dần” (rising) with a ceiling or a range");
    };
  }

  static String sign(TargetKind kind) {
    return switch (kind) {
      case AT_LEAST -> "≥";
      case GREATER_THAN -> ">";
      case AT_MOST, RANK -> "≤";
      case LESS_THAN -> "<";
      case EXACT -> "=";
      case RANGE -> "–";
      default -> null;
    };
  }

  /**
   * A reading of a comparison, its operator the sign of its kind (the text is set by the reader).
   */
  static TargetReading reading(
      TargetKind kind, BigDecimal min, BigDecimal max, String unit, boolean rising, String note) {
    return new TargetReading(null, kind, sign(kind), min, max, unit, rising, false, note);
  }
}
