package vn.plantrack.plan.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/**
 * Checks that the codes of one table (or one prose list) continue their numbering, and gives each
 * row its code.
 *
 * <p>A printed code is kept unless the numbering explains it as cut short: Word prints sub-item 100
 * of task 38 as "38.10" when the number column is too narrow, so after "38.99" the codes "38.10",
 * "38.10", … "38.11" stand for 38.100 … 38.110. Such a row gets the code the sequence expects
 * ("38.100"), keeps {@code printedCode} "38.10", and raises a BROKEN_NUMBERING warning on its line:
 * it is neither silently renumbered nor dropped. Any other break (a skipped number, a number out of
 * order, a sub-item whose parent is missing) keeps the printed code and warns; a code printed twice
 * with no such explanation warns DUPLICATE_CODE.
 */
public final class CodeSequence {

  /** The code a row gets, its parent's code, and the warning about its numbering, if any. */
  public record Assigned(
      String code, String printedCode, String parentCode, Optional<ImportWarning> warning) {}

  private final Map<String, Integer> lastChild = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  /**
   * Assigns a numeric code. {@code scope} prefixes every code ("II" when each section restarts its
   * numbering at 1), or is empty.
   */
  public Assigned number(String scope, Codes.Code printed, int line, String excerpt) {
    List<Integer> numbers = printed.numbers();
    String prefix = scope.isEmpty() ? "" : scope + ".";
    String parent =
        numbers.size() == 1 ? null : prefix + join(numbers.subList(0, numbers.size() - 1));
    String parentKey = parent == null ? "#" + scope : parent;
    int expected = lastChild.getOrDefault(parentKey, 0) + 1;
    int printedLast = numbers.get(numbers.size() - 1);
    String printedLastText = lastSegment(printed.value());
    String printedCode = prefix + printed.value();
    String code = printedCode;
    ImportWarning warning = null;
    int assignedLast = printedLast;
    if (parent != null && !seen.contains(parent)) {
      warning =
          ImportWarning.of(
              line,
              WarningKind.BROKEN_NUMBERING,
              "Code " + printedCode + " has no parent row " + parent + " above it.",
              excerpt);
    } else if (printedLast != expected) {
      String expectedText = String.valueOf(expected);
      if (expectedText.length() > printedLastText.length()
          && expectedText.startsWith(printedLastText)) {
        assignedLast = expected;
        code = (parent == null ? prefix : parent + ".") + expectedText;
        warning =
            ImportWarning.of(
                line,
                WarningKind.BROKEN_NUMBERING,
                "Code printed as "
                    + printedCode
                    + " where the numbering expects "
                    + code
                    + " (the number looks cut short); read as "
                    + code
                    + ", check the source.",
                excerpt);
      } else if (seen.contains(printedCode)) {
        warning =
            ImportWarning.of(
                line,
                WarningKind.DUPLICATE_CODE,
                "Code " + printedCode + " is printed a second time.",
                excerpt);
      } else {
        warning =
            ImportWarning.of(
                line,
                WarningKind.BROKEN_NUMBERING,
                "Code "
                    + printedCode
                    + " does not follow the numbering, which expects "
                    + (parent == null ? prefix : parent + ".")
                    + expected
                    + ".",
                excerpt);
      }
    }
    lastChild.merge(parentKey, assignedLast, Math::max);
    seen.add(code);
    return new Assigned(code, printed.value(), parent, Optional.ofNullable(warning));
  }

  /**
   * Assigns a lettered item ("a", "b", … in Vietnamese order) within {@code scope}, the section it
   * belongs to: the code is "1.a".
   */
  public Assigned letter(String scope, String letter, int line, String excerpt) {
    String prefix = scope.isEmpty() ? "" : scope + ".";
    String code = prefix + letter;
    String key = "letter#" + scope;
    int index = Codes.letterIndex(letter);
    int expected = lastChild.getOrDefault(key, -1) + 1;
    ImportWarning warning = null;
    if (seen.contains(code)) {
      warning =
          ImportWarning.of(
              line,
              WarningKind.DUPLICATE_CODE,
              "Item " + code + " is printed a second time.",
              excerpt);
    } else if (index != expected && expected < Codes.LETTERS.length()) {
      warning =
          ImportWarning.of(
              line,
              WarningKind.BROKEN_NUMBERING,
              "Item "
                  + code
                  + " does not follow the lettering, which expects "
                  + prefix
                  + Codes.LETTERS.charAt(expected)
                  + ".",
              excerpt);
    }
    lastChild.merge(key, index, Math::max);
    seen.add(code);
    return new Assigned(code, letter, null, Optional.ofNullable(warning));
  }

  private static String lastSegment(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? dotted : dotted.substring(dot + 1);
  }

  private static String join(List<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    numbers.forEach(n -> parts.add(String.valueOf(n)));
    return String.join(".", parts);
  }
}
