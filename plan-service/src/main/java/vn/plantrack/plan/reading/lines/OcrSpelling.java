package vn.plantrack.plan.reading.lines;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keywords of administrative documents as OCR misreads them, put right on folded text (lower
 * case, no diacritics), letter for letter so the text keeps its length: "sq"/"s6"/"s0" before a
 * number or a colon is "so" (Số), "kc hoach"/"ke hoaeh" is "ke hoach", "nghi quyct" is "nghi
 * quyet", "thay thc" is "thay the", "ubnđ" as "ubnd". Only whole keywords in their usual context
 * are repaired, never free words; a line that needed a repair is known by {@link #repaired}, so a
 * reading that relied on one can be reported as doubtful.
 */
public final class OcrSpelling {
  private record Repair(Pattern pattern, String word) {}

  private static final List<Repair> REPAIRS =
      List.of(
          new Repair(Pattern.compile("\\bs[q60](?=\\s*:|\\s+\\d)"), "so"),
          new Repair(Pattern.compile("\\bk[ec] ho[a@]c[hb]\\b"), "ke hoach"),
          new Repair(Pattern.compile("\\bke hoa[ce][hb]\\b"), "ke hoach"),
          new Repair(Pattern.compile("\\bnghi quy[ec][tl]\\b"), "nghi quyet"),
          new Repair(Pattern.compile("\\bthay th[ce]\\b"), "thay the"),
          new Repair(Pattern.compile("\\bquy[ec]t dinh\\b"), "quyet dinh"),
          new Repair(Pattern.compile("\\bch[uv]ong trinh\\b"), "chuong trinh"));

  private OcrSpelling() {}

  /** {@code folded} with the keywords OCR misread put right; the same length. */
  public static String repair(String folded) {
    String text = folded;
    for (Repair repair : REPAIRS) {
      Matcher m = repair.pattern().matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, repair.word());
      }
      m.appendTail(out);
      text = out.toString();
    }
    return text;
  }

  /** Whether {@code folded} holds a keyword as OCR misreads it. */
  public static boolean repaired(String folded) {
    return !repair(folded).equals(folded);
  }
}
