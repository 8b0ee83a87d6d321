package vn.plantrack.indicator.reading;

import static vn.plantrack.indicator.reading.OperatorForms.reading;
import static vn.plantrack.indicator.reading.OperatorForms.sign;
import static vn.plantrack.indicator.reading.VietnameseNumbers.NUMBER;
import static vn.plantrack.indicator.reading.VietnameseNumbers.number;
import static vn.plantrack.indicator.reading.VietnameseNumbers.plain;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Places in a ranking, lower is better: in a rank unit ("Thứ bậc", "Thứ hạng", "Hạng") a number N,
 * "≤ N" or "N các tỉnh, thành" is N-th or better, "< N" is (N-1)-th or better, "45/63" is 45th of
 * 63; in any unit "Top N", "nhóm N tỉnh dẫn đầu", "xếp hạng thứ N", "đứng thứ N" are ranks too.
 */
final class RankForms {
  // What follows a place only names what is ranked: "các tỉnh, thành", "tỉnh cả nước".
  private static final String PROVINCES =
      "(?:cac\\s+)?(?:tinh,?\\s*thanh(?:\\s+pho)?|tinh|dia phuong)";
  private static final String NATIONWIDE = "(?:\\s+(?:(?:trong|cua)\\s+)?(?:ca nuoc|toan quoc))?";
  private static final String LEADERS = "\\s+(?:dan dau|cao nhat|hang dau|tot nhat)";
  private static final String AMONG = "(?:(?:trong|tren|so voi|cua)\\s+)?";
  private static final String INSIDE = "(?:(?:nam\\s+|dung\\s+)?(?:trong|thuoc)\\s+)?";

  /** "Top 10", "trong top 10 tỉnh dẫn đầu cả nước". */
  private static final Pattern TOP =
      Pattern.compile(
          INSIDE
              + "top\\s*("
              + NUMBER
              + ")(?:\\s+"
              + PROVINCES
              + "(?:"
              + LEADERS
              + ")?"
              + NATIONWIDE
              + ")?");

  /** "nhóm 30 tỉnh dẫn đầu": only the leading group; "nhóm 10 tỉnh cuối" is not a target here. */
  private static final Pattern LEADING_GROUP =
      Pattern.compile(INSIDE + "nhom\\s+(" + NUMBER + ")\\s+" + PROVINCES + LEADERS + NATIONWIDE);

  /** "xếp hạng thứ 45", "đứng thứ 45", "hạng 45/63", "thứ 45 các tỉnh, thành". */
  private static final Pattern PLACE =
      Pattern.compile(
          "(?:(?:xep\\s+)?hang(?:\\s+thu)?|xep\\s+thu|dung\\s+thu|thu)\\s*("
              + NUMBER
              + ")(?:\\s*/\\s*("
              + NUMBER
              + "))?(?:\\s+"
              + AMONG
              + PROVINCES
              + NATIONWIDE
              + ")?");

  /** After a number in a rank unit: nothing, "/63", or what is ranked ("các tỉnh, thành"). */
  private static final Pattern RANK_TAIL =
      Pattern.compile("(?:/\\s*(" + NUMBER + "))?\\s*(?:" + AMONG + PROVINCES + NATIONWIDE + ")?");

  private RankForms() {}

  /** Whether an indicator's unit is a rank ("Thứ bậc", "Thu hang", "Hạng"): lower is better. */
  static boolean isRankUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String folded = VietnameseText.fold(VietnameseText.stripEdgeMarks(TargetText.normalize(unit)));
    return folded.equals("thu bac")
        || folded.equals("thu hang")
        || folded.equals("hang")
        || folded.equals("hang thu")
        || folded.equals("xep hang");
  }

  /**
   * "Top 10", "nhóm 30 tỉnh dẫn đầu", "xếp hạng thứ 45": ranks whatever the indicator's unit; null
   * when the rest of the text is none of them.
   */
  static TargetReading rankPhrase(TargetText.Cursor cursor, String unit) {
    for (Pattern phrase : new Pattern[] {TOP, LEADING_GROUP, PLACE}) {
      Matcher m = cursor.rest(phrase);
      if (m.matches()) {
        BigDecimal total = phrase == PLACE && m.group(2) != null ? number(m.group(2)) : null;
        BigDecimal place = place(number(m.group(1)), total);
        return reading(TargetKind.RANK, null, place, unit, false, null);
      }
    }
    return null;
  }

  /**
   * A number in a rank unit. "45", "≤ 45", "45 các tỉnh, thành" and "45/63" are 45th or better; "<
   * 45" is 44th or better; "40-45" is 45th or better (a better place is never worse). "≥ 45" or ">
   * 45" would be 45th or worse, and a percentage is no place: flagged.
   */
  static TargetReading rank(
      TargetKind kind,
      BigDecimal value,
      BigDecimal rangeEnd,
      boolean percent,
      TargetText.Tail tail,
      boolean rising,
      String unit) {
    if (percent) {
      throw new Unreadable("a percentage in a rank unit");
    }
    if (rising) {
      throw new Unreadable("“tăng dần” with a rank");
    }
    Matcher ranked = RANK_TAIL.matcher(tail.folded());
    if (!ranked.matches()) {
      throw new Unreadable("“" + tail.written() + "” after a place in a rank unit");
    }
    BigDecimal total = ranked.group(1) == null ? null : number(ranked.group(1));
    return switch (kind) {
      case EXACT, AT_MOST -> reading(TargetKind.RANK, null, place(value, total), unit, false, null);
      case LESS_THAN -> {
        BigDecimal place = place(wholePlace(value).subtract(BigDecimal.ONE), total);
        yield reading(
            TargetKind.RANK,
            null,
            place,
            unit,
            false,
            "“< " + plain(value) + "” in a rank: place " + plain(place) + " or better");
      }
      case RANGE -> {
        place(value, total);
        BigDecimal place = place(rangeEnd, total);
        yield reading(
            TargetKind.RANK,
            null,
            place,
            unit,
            false,
            "a range of places, read as place " + plain(place) + " or better");
      }
      default ->
          throw new Unreadable(
              "“"
                  + sign(kind)
                  + " "
                  + plain(value)
                  + "” in a rank unit would be that place or worse");
    };
  }

  /** A place: a whole number from 1, not beyond the number ranked when that is written ("/63"). */
  private static BigDecimal place(BigDecimal value, BigDecimal total) {
    BigDecimal place = wholePlace(value);
    if (place.signum() <= 0) {
      throw new Unreadable("place " + plain(place) + " does not exist");
    }
    if (total != null && place.compareTo(total) > 0) {
      throw new Unreadable("place " + plain(place) + " of only " + plain(total));
    }
    return place;
  }

  private static BigDecimal wholePlace(BigDecimal value) {
    if (value.stripTrailingZeros().scale() > 0) {
      throw new Unreadable("a place is a whole number, not " + plain(value));
    }
    return value;
  }
}
