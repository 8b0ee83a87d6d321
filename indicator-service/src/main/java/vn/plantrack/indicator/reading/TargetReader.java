package vn.plantrack.indicator.reading;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Reads the "Kết quả" (target) cell of a plan's indicator table into a {@link TargetReading}: an
 * operator, one or two numbers, a unit, and whether the value must also rise year on year.
 *
 * <p>It is deliberately conservative: a target decides whether a province is reported as meeting
 * its commitments, so a phrase is read only when every part of it is understood; anything that
 * looks numeric but is not understood is UNRECOGNIZED with a note for a person, never guessed. A
 * sentence without any number ("đạt mức trung bình chung của cả nước") is QUALITATIVE: a person
 * judges it, nothing is wrong with it.
 *
 * <p>What it reads (text without diacritics, any dash, stray spaces and the usual typing slips read
 * the same as the clean form; {@link OperatorForms}, {@link UnitForms}, {@link RankForms} and
 * {@link QualitativeForms} hold each kind of form, {@link VietnameseNumbers} the numbers):
 *
 * <ul>
 *   <li>signs {@code ≥ > ≤ < =} and their typed forms {@code >= => <= =< > =}, and the words "tối
 *       thiểu", "ít nhất", "không dưới", "không thấp hơn" (≥), "trên", "hơn", "lớn hơn" (>), "tối
 *       đa", "không quá", "không vượt quá" (≤), "dưới", "nhỏ hơn", "thấp hơn" (<); "N trở lên" (≥)
 *       and "N trở xuống" (≤); "đạt", "chiếm", "duy trì", "phấn đấu" before them are read past;
 *   <li>a bare number ("100", "90", "05") is EXACT: the reader does not guess its direction, the
 *       evaluation uses the indicator's;
 *   <li>ranges "10-15", "80-90%", "5% - 10%", "từ 10 đến 15"; "từ 10 trở lên" is at least 10;
 *   <li>"… và tăng dần (theo yêu cầu phát triển)": at least the number and rising every year;
 *   <li>the unit written after the number ("≥ 25% GRDP", "≥ 3 Doanh nghiệp", "08 người/10.000 dân")
 *       overrides the indicator's; a "/N" inside a unit ("/10.000 dân") is part of the unit;
 *   <li>ranks: in a rank unit ("Thứ bậc", "Thứ hạng", "Hạng") a number N, "≤ N" or "N các tỉnh,
 *       thành" (the words only name what is ranked) is N-th or better, "< N" is (N-1)-th or better,
 *       and "45/63" is 45th of 63; in any unit "Top N", "nhóm N tỉnh dẫn đầu", "xếp hạng thứ N",
 *       "đứng thứ N" are ranks too;
 *   <li>"Có", "Đạt", "Hoàn thành", "Yes" are yes (1), "Không", "No" is no (0).
 * </ul>
 *
 * <p>Numbers are Vietnamese: the comma is the decimal mark ({@code 0,7} = 0.7); a dot followed by
 * groups of exactly three digits, after a non-zero integer part of one to three digits, separates
 * thousands ({@code 1.000} = 1000, {@code 1.500 người}, {@code 1.234,5}); any other single dot is a
 * decimal point ({@code 2.5}, {@code 0.7}, {@code 0.700}); leading zeros are dropped ({@code 01} =
 * 1). A comma followed by exactly three digits after a non-zero integer part ({@code 1,500}) is 1.5
 * in Vietnamese and 1500 in English, so it is UNRECOGNIZED.
 *
 * <p>Flagged, never guessed: two numbers without a range between them, a range whose first bound is
 * not the smaller, a range with a lost bound ("5-"), two operators ("≥ ≥ 5"), an operator before a
 * range, an operator without a number, a malformed number ("2,5,3", "1.00.0"), a negative number,
 * an approximate target ("khoảng 45%"), a number inside a sentence or followed by words that say
 * more than a unit ("≥ 3 năm 2030", "5% giảm dần"), "≥ N" or a percentage in a rank unit, and a
 * place that is not a whole number.
 */
public final class TargetReader {
  /** "5-", "10 % -": the second bound of a range was lost (a cut cell, OCR). */
  private static final Pattern LOST_SECOND_BOUND = Pattern.compile(".*\\d\\s*%?\\s*-$");

  /** "-15", "≥ -5": a negative target or a range that lost its first bound. */
  private static final Pattern MINUS_BEFORE_NUMBER = Pattern.compile("^(?:[<>=≥≤]+\\s*)?-\\d.*");

  /** ".5", "≥ ,7": a number that lost its integer part. */
  private static final Pattern NO_INTEGER_PART = Pattern.compile("^(?:[<>=≥≤]+\\s*)?[.,]\\d.*");

  private static final Pattern FALLING = Pattern.compile("\\bgiam dan\\b");

  private TargetReader() {}

  /**
   * The reading of a target cell; never null, never throws on any text.
   *
   * @param text the target as written, kept untouched in the reading
   * @param indicatorUnit the indicator's unit column ("%", "Thứ bậc", "% GRDP"), may be null
   */
  public static TargetReading read(String text, String indicatorUnit) {
    String unit = blankToNull(VietnameseText.normalize(indicatorUnit));
    TargetReading reading;
    try {
      reading = readWritten(text == null ? "" : text, unit);
    } catch (Unreadable e) {
      reading =
          new TargetReading(
              null, TargetKind.UNRECOGNIZED, null, null, null, unit, false, true, e.getMessage());
    }
    return new TargetReading(
        text,
        reading.kind(),
        reading.operator(),
        reading.min(),
        reading.max(),
        reading.unit(),
        reading.rising(),
        reading.needsReview(),
        reading.note());
  }

  private static TargetReading readWritten(String text, String unit) {
    String plain = TargetText.normalize(text);
    // Checked before the edge marks go: they would drop the dash or the dot that shows the loss.
    if (LOST_SECOND_BOUND.matcher(plain).matches()) {
      throw new Unreadable("a range without its second bound (“" + plain + "”)");
    }
    if (MINUS_BEFORE_NUMBER.matcher(plain).matches()) {
      throw new Unreadable("a minus before the number: a negative target or a lost first bound");
    }
    if (NO_INTEGER_PART.matcher(plain).matches()) {
      throw new Unreadable("a number without its integer part");
    }
    TargetText.Cursor cursor = new TargetText.Cursor(VietnameseText.stripEdgeMarks(plain));
    if (cursor.folded().isEmpty()) {
      throw new Unreadable("the target is empty");
    }
    TargetReading yesNo = QualitativeForms.yesNo(cursor.folded(), unit);
    if (yesNo != null) {
      return yesNo;
    }
    if (FALLING.matcher(cursor.folded()).find()) {
      throw new Unreadable("“giảm dần” (falling every year) is not a form a target reading holds");
    }
    boolean rising = cursor.cutRising();
    if (!VietnameseNumbers.DIGIT.matcher(cursor.folded()).find()) {
      return QualitativeForms.withoutNumber(cursor.folded(), rising, unit);
    }
    cursor.take(OperatorForms.LEAD);
    if (cursor.take(OperatorForms.APPROXIMATE) != null) {
      throw new Unreadable(
          "an approximate target (“khoảng”, “gần”…) has no bound: a person sets it");
    }
    TargetReading rank = RankForms.rankPhrase(cursor, unit);
    if (rank != null) {
      if (rising) {
        throw new Unreadable("“tăng dần” with a rank");
      }
      return rank;
    }
    return comparison(cursor, unit, rising);
  }

  /** An operator (or none), a number or a range, then a unit, "trở lên" or a rank's tail. */
  private static TargetReading comparison(TargetText.Cursor cursor, String unit, boolean rising) {
    int start = cursor.at();
    TargetKind operator = OperatorForms.operator(cursor);
    boolean from = operator == null && cursor.take(OperatorForms.FROM) != null;
    cursor.skipSpaces();
    if (cursor.rest(OperatorForms.SIGN).lookingAt()
        || cursor.rest(OperatorForms.WORD).lookingAt()) {
      throw new Unreadable("two operators");
    }
    Matcher first = cursor.take(VietnameseNumbers.NUMBER_AT);
    if (first == null) {
      throw new Unreadable(
          cursor.at() == start
              ? "a number inside a sentence: a person reads it"
              : "no number right after the operator");
    }
    String firstWritten = first.group();
    BigDecimal low = VietnameseNumbers.number(firstWritten);
    boolean percent = cursor.take(OperatorForms.PERCENT) != null;
    BigDecimal high = null;
    String secondWritten = null;
    boolean secondPercent = false;
    if (cursor.take(OperatorForms.RANGE_MARK) != null) {
      Matcher second = cursor.take(VietnameseNumbers.NUMBER_AT);
      if (second == null) {
        throw new Unreadable("a range without its second bound");
      }
      secondWritten = second.group();
      high = VietnameseNumbers.number(secondWritten);
      secondPercent = cursor.take(OperatorForms.PERCENT) != null;
    }
    TargetText.Tail tail = cursor.tail();
    TargetKind kind = OperatorForms.kind(operator, from, high != null, tail.orMore());
    if (kind == TargetKind.RANGE) {
      OperatorForms.checkRange(low, high, percent, secondPercent, tail.written());
    }
    percent |= secondPercent;
    if (RankForms.isRankUnit(unit)) {
      return RankForms.rank(kind, low, high, percent, tail, rising, unit);
    }
    if (rising) {
      kind = OperatorForms.risingKind(kind);
    }
    String readUnit = UnitForms.unitAfter(tail, percent, unit);
    String note = VietnameseNumbers.thousandsNote(firstWritten, secondWritten);
    if (rising) {
      note =
          (kind == TargetKind.AT_LEAST ? "at least " : "more than ")
              + VietnameseNumbers.plain(low)
              + ", and each year not below the year before";
    }
    return switch (kind) {
      case AT_LEAST, GREATER_THAN -> OperatorForms.reading(kind, low, null, readUnit, rising, note);
      case AT_MOST, LESS_THAN -> OperatorForms.reading(kind, null, low, readUnit, false, note);
      case RANGE -> OperatorForms.reading(kind, low, high, readUnit, false, note);
      default -> OperatorForms.reading(TargetKind.EXACT, low, low, readUnit, false, note);
    };
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
