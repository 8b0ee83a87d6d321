package vn.plantrack.indicator.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * the same as the clean form):
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
  /**
   * Digits with dots or commas inside; which of them is a decimal mark is {@link #number}'s job.
   */
  private static final String NUMBER = "\\d+(?:[.,]\\d+)*";

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern NUMBER_AT = Pattern.compile(NUMBER);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "> =", "= >": the halves of a typed sign with a space between them. */
  private static final Pattern SPLIT_SIGN = Pattern.compile("([<>=])\\s+([<>=])");

  /** "5-", "10 % -": the second bound of a range was lost (a cut cell, OCR). */
  private static final Pattern LOST_SECOND_BOUND = Pattern.compile(".*\\d\\s*%?\\s*-$");

  /** "-15", "≥ -5": a negative target or a range that lost its first bound. */
  private static final Pattern MINUS_BEFORE_NUMBER = Pattern.compile("^(?:[<>=≥≤]+\\s*)?-\\d.*");

  /** ".5", "≥ ,7": a number that lost its integer part. */
  private static final Pattern NO_INTEGER_PART = Pattern.compile("^(?:[<>=≥≤]+\\s*)?[.,]\\d.*");

  private static final Pattern YES = Pattern.compile("co|dat|yes|hoan thanh");
  private static final Pattern NO = Pattern.compile("khong|no");

  /**
   * "… và tăng dần theo yêu cầu phát triển": the words after "tăng dần" only explain it, so they
   * are set aside unless they carry another number.
   */
  private static final Pattern RISING = Pattern.compile("\\s*[,;]?\\s*(?:va\\s+)?tang dan\\b(.*)$");

  private static final Pattern FALLING = Pattern.compile("\\bgiam dan\\b");

  /** Words read past before the operator: "Phấn đấu đạt 80%", "chiếm tối thiểu 50% GRDP". */
  private static final Pattern LEAD =
      Pattern.compile("(?:phan dau\\s+)?(?:(?:dat|chiem|duy tri|hoan thanh)(?=[\\s\\d])\\s*)?");

  /** "khoảng 45%", "gần 80%": no bound to compare with. */
  private static final Pattern APPROXIMATE =
      Pattern.compile("(?:khoang|xap xi|gan|chung|uoc tinh|uoc)(?=[\\s\\d])");

  private static final Pattern SIGN = Pattern.compile(">=|=>|≥|<=|=<|≤|>|<|=");

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
  private static final Pattern WORD =
      Pattern.compile("(?:" + WORD_ALTERNATIVES + ")(?=[\\s\\d]|$)");

  /** "từ 10 đến 15", "từ 10 trở lên". */
  private static final Pattern FROM = Pattern.compile("tu(?=[\\s\\d])");

  /** Signs and operator words with nothing else: "≥", "tối thiểu %". */
  private static final Pattern OPERATOR_ONLY =
      Pattern.compile("(?:[\\s%<>=≥≤]|\\b(?:" + WORD_ALTERNATIVES + "|tu|den)\\b)+");

  private static final Pattern PERCENT = Pattern.compile("\\s*%");
  private static final Pattern RANGE_MARK =
      Pattern.compile("\\s*(?:-|(?:den|toi)(?=[\\s\\d]|$))\\s*");

  /** "80% trở lên", "3 doanh nghiệp trở lên", "5% trở xuống". */
  private static final Pattern OR_MORE = Pattern.compile("(?:^|\\s)tro\\s+(len|xuong)$");

  /** Words after the number that say more than a unit: a trend, a bound, an approximation. */
  private static final Pattern NOT_A_UNIT =
      Pattern.compile(
          "\\b(?:tang|giam|khoang|hon|tren|duoi|toi thieu|toi da|it nhat|tro len|tro xuong"
              + "|xap xi|vuot|khong|dat)\\b");

  /** What a unit is written with: letters, spaces, commas, slashes, dots and digits of "/N". */
  private static final Pattern UNIT_MARKS = Pattern.compile("[\\p{L}\\d\\s,/.&]*");

  /** A unit per N of something: "người/10.000 dân", "doanh nghiệp/100.000 dân". */
  private static final Pattern PER_N =
      Pattern.compile("[^\\d]*\\p{L}\\s*/\\s*(" + NUMBER + ")\\s+\\p{L}[^\\d]*");

  private static final int UNIT_WORDS = 5;

  // Ranks. What follows a place only names what is ranked: "các tỉnh, thành", "tỉnh cả nước".
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

  /** "45 các tỉnh, thành" outside a rank unit: a place or a count of provinces? */
  private static final Pattern PROVINCES_NAMED =
      Pattern.compile("(?:cac\\s+)?tinh,?\\s*thanh\\b.*|cac\\s+tinh\\b.*");

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

  /** Whether an indicator's unit is a rank ("Thứ bậc", "Thu hang", "Hạng"): lower is better. */
  static boolean isRankUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String folded = VietnameseText.fold(VietnameseText.stripEdgeMarks(normalize(unit)));
    return folded.equals("thu bac")
        || folded.equals("thu hang")
        || folded.equals("hang")
        || folded.equals("hang thu")
        || folded.equals("xep hang");
  }

  private static TargetReading readWritten(String text, String unit) {
    String plain = normalize(text);
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
    Cursor cursor = new Cursor(VietnameseText.stripEdgeMarks(plain));
    if (cursor.folded.isEmpty()) {
      throw new Unreadable("the target is empty");
    }
    if (YES.matcher(cursor.folded).matches()) {
      return yesNo(BigDecimal.ONE, unit);
    }
    if (NO.matcher(cursor.folded).matches()) {
      return yesNo(BigDecimal.ZERO, unit);
    }
    if (FALLING.matcher(cursor.folded).find()) {
      throw new Unreadable("“giảm dần” (falling every year) is not a form a target reading holds");
    }
    boolean rising = cursor.cutRising();
    if (!DIGIT.matcher(cursor.folded).find()) {
      return withoutNumber(cursor.folded, rising, unit);
    }
    cursor.take(LEAD);
    if (cursor.take(APPROXIMATE) != null) {
      throw new Unreadable(
          "an approximate target (“khoảng”, “gần”…) has no bound: a person sets it");
    }
    TargetReading rank = rankPhrase(cursor, unit);
    if (rank != null) {
      if (rising) {
        throw new Unreadable("“tăng dần” with a rank");
      }
      return rank;
    }
    return comparison(cursor, unit, rising);
  }

  private static String normalize(String text) {
    String plain = VietnameseText.normalize(text);
    plain =
        plain
            .replace('⩾', '≥')
            .replace('≧', '≥')
            .replace('⩽', '≤')
            .replace('≦', '≤')
            .replace('＞', '>')
            .replace('＜', '<')
            .replace('＝', '=')
            .replace('％', '%');
    return SPLIT_SIGN.matcher(plain).replaceAll("$1$2");
  }

  private static TargetReading withoutNumber(String folded, boolean rising, String unit) {
    if (OPERATOR_ONLY.matcher(folded).matches()) {
      throw new Unreadable("an operator or sign without a number");
    }
    if (rising) {
      throw new Unreadable("“tăng dần” without the number it rises from");
    }
    return new TargetReading(
        null,
        TargetKind.QUALITATIVE,
        null,
        null,
        null,
        unit,
        false,
        false,
        "a qualitative target: a person judges it");
  }

  /** "Top 10", "nhóm 30 tỉnh dẫn đầu", "xếp hạng thứ 45": ranks whatever the indicator's unit. */
  private static TargetReading rankPhrase(Cursor cursor, String unit) {
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

  private static TargetReading comparison(Cursor cursor, String unit, boolean rising) {
    int start = cursor.at;
    TargetKind operator = operator(cursor);
    boolean from = operator == null && cursor.take(FROM) != null;
    cursor.skipSpaces();
    if (cursor.rest(SIGN).lookingAt() || cursor.rest(WORD).lookingAt()) {
      throw new Unreadable("two operators");
    }
    Matcher first = cursor.take(NUMBER_AT);
    if (first == null) {
      throw new Unreadable(
          cursor.at == start
              ? "a number inside a sentence: a person reads it"
              : "no number right after the operator");
    }
    String firstWritten = first.group();
    BigDecimal low = number(firstWritten);
    boolean percent = cursor.take(PERCENT) != null;
    BigDecimal high = null;
    String secondWritten = null;
    boolean secondPercent = false;
    if (cursor.take(RANGE_MARK) != null) {
      Matcher second = cursor.take(NUMBER_AT);
      if (second == null) {
        throw new Unreadable("a range without its second bound");
      }
      secondWritten = second.group();
      high = number(secondWritten);
      secondPercent = cursor.take(PERCENT) != null;
    }
    Tail tail = cursor.tail();
    TargetKind kind = kind(operator, from, high != null, tail.orMore);
    if (kind == TargetKind.RANGE) {
      checkRange(low, high, percent, secondPercent, tail.written);
    }
    percent |= secondPercent;
    if (isRankUnit(unit)) {
      return rank(kind, low, high, percent, tail, rising, unit);
    }
    if (rising) {
      kind = risingKind(kind);
    }
    String readUnit = unitAfter(tail, percent, unit);
    String note = thousandsNote(firstWritten, secondWritten);
    if (rising) {
      note =
          (kind == TargetKind.AT_LEAST ? "at least " : "more than ")
              + plain(low)
              + ", and each year not below the year before";
    }
    return switch (kind) {
      case AT_LEAST, GREATER_THAN -> reading(kind, low, null, readUnit, rising, note);
      case AT_MOST, LESS_THAN -> reading(kind, null, low, readUnit, false, note);
      case RANGE -> reading(kind, low, high, readUnit, false, note);
      default -> reading(TargetKind.EXACT, low, low, readUnit, false, note);
    };
  }

  /** A sign ("≥", ">=", "=>") or an operator word ("tối thiểu", "trên") at the cursor. */
  private static TargetKind operator(Cursor cursor) {
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
  private static TargetKind kind(
      TargetKind operator, boolean from, boolean range, TargetKind orMore) {
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

  private static void checkRange(
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
  private static TargetKind risingKind(TargetKind kind) {
    return switch (kind) {
      case EXACT, AT_LEAST -> TargetKind.AT_LEAST;
      case GREATER_THAN -> TargetKind.GREATER_THAN;
      default -> throw new Unreadable("“tăng dần” (rising) with a ceiling or a range");
    };
  }

  /**
   * A number in a rank unit. "45", "≤ 45", "45 các tỉnh, thành" and "45/63" are 45th or better; "<
   * 45" is 44th or better; "40-45" is 45th or better (a better place is never worse). "≥ 45" or ">
   * 45" would be 45th or worse, and a percentage is no place: flagged.
   */
  private static TargetReading rank(
      TargetKind kind,
      BigDecimal value,
      BigDecimal rangeEnd,
      boolean percent,
      Tail tail,
      boolean rising,
      String unit) {
    if (percent) {
      throw new Unreadable("a percentage in a rank unit");
    }
    if (rising) {
      throw new Unreadable("“tăng dần” with a rank");
    }
    Matcher ranked = RANK_TAIL.matcher(tail.folded);
    if (!ranked.matches()) {
      throw new Unreadable("“" + tail.written + "” after a place in a rank unit");
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

  /**
   * The unit written after the number, checked to be only a unit: "% GRDP", "Doanh nghiệp",
   * "người/10.000 dân"; the indicator's unit when nothing is written.
   */
  private static String unitAfter(Tail tail, boolean percent, String indicatorUnit) {
    String written = tail.written;
    if (written.isEmpty()) {
      return percent ? "%" : indicatorUnit;
    }
    String folded = tail.folded;
    if (PROVINCES_NAMED.matcher(folded).matches()) {
      throw new Unreadable(
          "“" + written + "” names what is ranked, but the indicator's unit is not a rank");
    }
    if (!UNIT_MARKS.matcher(written).matches()) {
      throw new Unreadable("marks after the number that a unit does not have: “" + written + "”");
    }
    if (DIGIT.matcher(folded).find()) {
      Matcher perN = PER_N.matcher(folded);
      if (!perN.matches()) {
        throw new Unreadable("more than one number");
      }
      number(perN.group(1));
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

  /**
   * A Vietnamese number: comma = decimal mark; a dot before groups of exactly three digits after a
   * non-zero integer part of one to three digits = thousands separator; any other single dot =
   * decimal point. Throws when malformed ("2,5,3", "1.00.0", "1,234.5") or ambiguous ("1,500").
   */
  static BigDecimal number(String written) {
    String decimal;
    if (written.matches("\\d+")) {
      decimal = written;
    } else if (written.matches("[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?")) {
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

  private static String thousandsNote(String... written) {
    for (String number : written) {
      if (number != null && number.matches("[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d+)?")) {
        return "“"
            + number
            + "” read as "
            + plain(number(number))
            + ": the dot separates thousands in Vietnamese";
      }
    }
    return null;
  }

  private static String sign(TargetKind kind) {
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

  private static TargetReading reading(
      TargetKind kind, BigDecimal min, BigDecimal max, String unit, boolean rising, String note) {
    return new TargetReading(null, kind, sign(kind), min, max, unit, rising, false, note);
  }

  private static TargetReading yesNo(BigDecimal value, String unit) {
    return new TargetReading(
        null, TargetKind.BOOLEAN, null, value, value, unit, false, false, null);
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * What is left after the number(s), as written and folded, with "trở lên"/"trở xuống" cut off.
   */
  private record Tail(String written, String folded, TargetKind orMore) {}

  /**
   * The target as written and folded (same length, so a position found in one is the same in the
   * other), and how far the reading got.
   */
  private static final class Cursor {
    private String written;
    private String folded;
    private int at;

    Cursor(String written) {
      this.written = written;
      this.folded = VietnameseText.fold(written);
    }

    /** Cuts "… và tăng dần …" off the end; true when it was there. */
    boolean cutRising() {
      Matcher rising = RISING.matcher(folded);
      if (!rising.find()) {
        return false;
      }
      if (DIGIT.matcher(rising.group(1)).find()) {
        throw new Unreadable("another number after “tăng dần”");
      }
      written = written.substring(0, rising.start()).stripTrailing();
      folded = folded.substring(0, rising.start()).stripTrailing();
      return true;
    }

    /** A matcher over the rest of the folded text, not advanced. */
    Matcher rest(Pattern pattern) {
      return pattern.matcher(folded).region(at, folded.length());
    }

    /** Takes the pattern at the cursor and moves past it; null (and no move) when not there. */
    Matcher take(Pattern pattern) {
      Matcher m = rest(pattern);
      if (!m.lookingAt()) {
        return null;
      }
      at = m.end();
      return m;
    }

    void skipSpaces() {
      while (at < folded.length() && Character.isWhitespace(folded.charAt(at))) {
        at++;
      }
    }

    Tail tail() {
      String restWritten = written.substring(at).strip();
      String restFolded = folded.substring(at).strip();
      Matcher orMore = OR_MORE.matcher(restFolded);
      if (!orMore.find()) {
        return new Tail(restWritten, restFolded, null);
      }
      TargetKind kind = orMore.group(1).equals("len") ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
      return new Tail(
          restWritten.substring(0, orMore.start()).strip(),
          restFolded.substring(0, orMore.start()).strip(),
          kind);
    }
  }

  /** A target that looked numeric but broke one of the rules above. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}
