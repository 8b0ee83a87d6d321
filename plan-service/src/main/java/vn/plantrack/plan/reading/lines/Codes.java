package vn.plantrack.plan.reading.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes plans number their sections, tasks and indicators with.
 *
 * <p>Conventions: sections ("nhóm nhiệm vụ") are Roman numerals ("I", "II.") or, in some plans,
 * capital letters ("A."); tasks and indicators are numbers, sub-items dotted numbers ("38.12",
 * "7.1"), often printed with a trailing dot ("1.", "38.1."); prose lists use letters "a)", "b)", …
 * in the Vietnamese order (a b c d đ e g h i k l m n …, without f j w z).
 */
public final class Codes {
  public enum Kind {
    SECTION,
    NUMBER,
    LETTER
  }

  /**
   * A parsed code; {@code value} is the code without a trailing dot ("38.1", "II", "a"), {@code
   * numbers} its numeric segments (empty unless NUMBER).
   */
  public record Code(Kind kind, String value, List<Integer> numbers, boolean trailingDot) {
    public int depth() {
      return numbers.size();
    }
  }

  /** A line of prose that begins with a list marker, and the text after it. */
  public record Marker(Code code, String rest) {}

  private static final Pattern ROMAN =
      Pattern.compile("(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  private static final Pattern CAPITAL = Pattern.compile("[A-Z]");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)(\\.?)");
  private static final Pattern LETTER = Pattern.compile("([a-zđ])[).]?");
  private static final Pattern MARKER =
      Pattern.compile("^(?:([IVXLC]+)\\.|(\\d{1,3}(?:\\.\\d{1,3})*)\\.|([a-zđ])\\))(?:\\s+(.*)|$)");

  /** The Vietnamese alphabet as used for list items. */
  public static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

  private Codes() {}

  /** A code cell of a table: "1.", "38.10", "9.1", "I.", "II", "A.", "a)". */
  public static Optional<Code> parse(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    String text = cell.strip();
    if (text.isEmpty() || text.length() > 16 || text.contains("\n")) {
      return Optional.empty();
    }
    boolean dot = text.endsWith(".");
    String core = dot ? text.substring(0, text.length() - 1) : text;
    if (ROMAN.matcher(core).matches() || CAPITAL.matcher(core).matches()) {
      return Optional.of(new Code(Kind.SECTION, core, List.of(), dot));
    }
    Matcher number = NUMBER.matcher(text);
    if (number.matches()) {
      return Optional.of(number(number.group(1), !number.group(2).isEmpty()));
    }
    Matcher letter = LETTER.matcher(text);
    if (letter.matches()) {
      return Optional.of(new Code(Kind.LETTER, letter.group(1), List.of(), false));
    }
    return Optional.empty();
  }

  /** "II. NHIỆM VỤ", "1. Nâng cao …", "1.2. …", "a) Xây dựng …" at the start of a prose line. */
  public static Optional<Marker> marker(String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = m.group(4) == null ? "" : m.group(4).strip();
    if (m.group(1) != null) {
      if (!ROMAN.matcher(m.group(1)).matches()) {
        return Optional.empty();
      }
      return Optional.of(new Marker(new Code(Kind.SECTION, m.group(1), List.of(), true), rest));
    }
    if (m.group(2) != null) {
      return Optional.of(new Marker(number(m.group(2), true), rest));
    }
    return Optional.of(new Marker(new Code(Kind.LETTER, m.group(3), List.of(), false), rest));
  }

  public static Code number(String dotted, boolean trailingDot) {
    List<Integer> numbers = new ArrayList<>();
    for (String segment : dotted.split("\\.")) {
      numbers.add(Integer.parseInt(segment));
    }
    return new Code(Kind.NUMBER, dotted, List.copyOf(numbers), trailingDot);
  }

  /**
   * Whether {@code candidate} can follow the last numbered row {@code last} in a table: the next
   * sibling at any level ("7.9" → "8", "38.2" → "38.3"), the first child ("38" → "38.1"), a restart
   * at "1", or a new section. Used to tell a row code from a value such as a target "3" when the
   * row before it is still short of cells.
   */
  public static boolean plausibleAfter(Code last, Code candidate) {
    if (candidate.kind() == Kind.SECTION) {
      return true;
    }
    if (candidate.kind() != Kind.NUMBER) {
      return false;
    }
    List<Integer> c = candidate.numbers();
    if (c.equals(List.of(1))) {
      return true;
    }
    if (last == null || last.kind() != Kind.NUMBER) {
      return c.size() == 1;
    }
    List<Integer> p = last.numbers();
    if (c.size() == p.size() + 1 && c.subList(0, p.size()).equals(p) && c.get(p.size()) == 1) {
      return true;
    }
    for (int level = 0; level < p.size(); level++) {
      if (c.size() == level + 1
          && c.subList(0, level).equals(p.subList(0, level))
          && c.get(level) == p.get(level) + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The section code printed before {@code next} ("II" → "I", "B" → "A"), or after {@code previous}
   * ("I" → "II"): what a section row whose code OCR lost must have been. Empty when neither says
   * (no neighbour, or "I" next).
   */
  public static Optional<String> sectionBetween(String previous, String next) {
    if (next != null) {
      int n = romanValue(next);
      if (n > 1) {
        return Optional.of(roman(n - 1));
      }
      if (next.length() == 1 && next.charAt(0) > 'A' && next.charAt(0) <= 'Z') {
        return Optional.of(String.valueOf((char) (next.charAt(0) - 1)));
      }
      return Optional.empty();
    }
    if (previous != null) {
      int p = romanValue(previous);
      if (p > 0) {
        return Optional.of(roman(p + 1));
      }
      if (previous.length() == 1 && previous.charAt(0) >= 'A' && previous.charAt(0) < 'Z') {
        return Optional.of(String.valueOf((char) (previous.charAt(0) + 1)));
      }
    }
    return Optional.empty();
  }

  private static final String[] ROMAN_DIGITS = {"I", "IV", "V", "IX", "X", "XL", "L", "XC", "C"};
  private static final int[] ROMAN_VALUES = {1, 4, 5, 9, 10, 40, 50, 90, 100};

  /** "XIV" → 14; 0 when {@code text} is no Roman numeral. */
  static int romanValue(String text) {
    if (text == null || text.isEmpty() || !ROMAN.matcher(text).matches()) {
      return 0;
    }
    int value = 0;
    int i = 0;
    for (int d = ROMAN_DIGITS.length - 1; d >= 0; d--) {
      while (text.startsWith(ROMAN_DIGITS[d], i)) {
        value += ROMAN_VALUES[d];
        i += ROMAN_DIGITS[d].length();
      }
    }
    return i == text.length() ? value : 0;
  }

  static String roman(int value) {
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int d = ROMAN_DIGITS.length - 1; d >= 0; d--) {
      while (rest >= ROMAN_VALUES[d]) {
        out.append(ROMAN_DIGITS[d]);
        rest -= ROMAN_VALUES[d];
      }
    }
    return out.toString();
  }

  /** Position of a list letter in the Vietnamese order, -1 if it is not one. */
  public static int letterIndex(String letter) {
    return letter.length() == 1 ? LETTERS.indexOf(letter.charAt(0)) : -1;
  }
}
