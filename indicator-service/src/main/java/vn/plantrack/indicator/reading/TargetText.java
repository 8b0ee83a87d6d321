package vn.plantrack.indicator.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.platform.text.VietnameseText;

/**
 * A target's text on its way to a reading: normalized (look-alike signs, split signs), then walked
 * by a {@link Cursor} over the written and the folded form at once.
 */
final class TargetText {
  /** "> =", "= >": the halves of a typed sign with a space between them. */
  private static final Pattern SPLIT_SIGN = Pattern.compile("([<>=])\\s+([<>=])");

  /**
   * "… và tăng dần theo yêu cầu phát triển": the words after "tăng dần" only explain it, so they
   * are set aside unless they carry another number.
   */
  private static final Pattern RISING = Pattern.compile("\\s*[,;]?\\s*(?:va\\s+)?tang dan\\b(.*)$");

  /** "80% trở lên", "3 doanh nghiệp trở lên", "5% trở xuống". */
  private static final Pattern OR_MORE = Pattern.compile("(?:^|\\s)tro\\s+(len|xuong)$");

  private TargetText() {}

  /** Unicode-normalized, look-alike signs replaced ("⩾" is "≥"), split signs joined ("> ="). */
  static String normalize(String text) {
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

  /**
   * What is left after the number(s), as written and folded, with "trở lên"/"trở xuống" cut off.
   */
  record Tail(String written, String folded, TargetKind orMore) {}

  /**
   * The target as written and folded (same length, so a position found in one is the same in the
   * other), and how far the reading got.
   */
  static final class Cursor {
    private String written;
    private String folded;
    private int at;

    Cursor(String written) {
      this.written = written;
      this.folded = VietnameseText.fold(written);
    }

    /** The whole target, folded (without what {@link #cutRising} cut off). */
    String folded() {
      return folded;
    }

    /** How far the reading got, to tell whether anything was taken since. */
    int at() {
      return at;
    }

    /** Cuts "… và tăng dần …" off the end; true when it was there. */
    boolean cutRising() {
      Matcher rising = RISING.matcher(folded);
      if (!rising.find()) {
        return false;
      }
      if (VietnameseNumbers.DIGIT.matcher(rising.group(1)).find()) {
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
}
