package vn.plantrack.indicator.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit written after the number ("≥ 25% GRDP", "≥ 3 Doanh nghiệp", "08 người/10.000 dân"),
 * which overrides the indicator's; a "/N" inside a unit ("/10.000 dân") is part of it. Words that
 * say more than a unit (a trend, a bound, a sentence) are flagged.
 */
final class UnitForms {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Words after the number that say more than a unit: a trend, a bound, an approximation. */
  private static final Pattern NOT_A_UNIT =
      Pattern.compile(
          "\\b(?:tang|giam|khoang|hon|tren|duoi|toi thieu|toi da|it nhat|tro len|tro xuong"
              + "|xap xi|vuot|khong|dat)\\b");

  /** What a unit is written with: letters, spaces, commas, slashes, dots and digits of "/N". */
  private static final Pattern UNIT_MARKS = Pattern.compile("[\\p{L}\\d\\s,/.&]*");

  /** A unit per N of something: "người/10.000 dân", "doanh nghiệp/100.000 dân". */
  private static final Pattern PER_N =
      Pattern.compile("[^\\d]*\\p{L}\\s*/\\s*(" + VietnameseNumbers.NUMBER + ")\\s+\\p{L}[^\\d]*");

  /** "45 các tỉnh, thành" outside a rank unit: a place or a count of provinces? */
  private static final Pattern PROVINCES_NAMED =
      Pattern.compile("(?:cac\\s+)?tinh,?\\s*thanh\\b.*|cac\\s+tinh\\b.*");

  private static final int UNIT_WORDS = 5;

  private UnitForms() {}

  /**
   * The unit written after the number, checked to be only a unit: "% GRDP", "Doanh nghiệp",
   * "người/10.000 dân"; the indicator's unit when nothing is written.
   */
  static String unitAfter(TargetText.Tail tail, boolean percent, String indicatorUnit) {
    String written = tail.written();
    if (written.isEmpty()) {
      return percent ? "%" : indicatorUnit;
    }
    String folded = tail.folded();
    if (PROVINCES_NAMED.matcher(folded).matches()) {
      throw new Unreadable(
          "“" + written + "” names what is ranked, but the indicator's unit is not a rank");
    }
    if (!UNIT_MARKS.matcher(written).matches()) {
      throw new Unreadable("marks after the number that a unit does not have: “" + written + "”");
    }
    if (VietnameseNumbers.DIGIT.matcher(folded).find()) {
      Matcher perN = PER_N.matcher(folded);
      if (!perN.matches()) {
        throw new Unreadable("more than one number");
      }
      VietnameseNumbers.number(perN.group(1));
    }
    if (NOT_A_UNIT.matcher(folded).find()) {
      throw new Unreadable("“" + written + "” after the number says more than a unit");
    }
    if (SPACES.split(written).length > UNIT_WORDS) {
      throw new Unreadable("a number inside a sentence: “" + written + "” is too long for a unit");
    }
    if (!percent) {
      return written;
    }
    return written.startsWith("/") ? "%" + written : "% " + written;
  }
}
