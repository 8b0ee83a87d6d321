package vn.plantrack.plan.reading.header;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.header.PlanHeader.Signer;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.SourceLines;

/**
 * The signature at the end of the body: "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH", the title ("PHÓ
 * CHỦ TỊCH", "GIÁM ĐỐC") and, below the signature, the name; the portal's "Người ký" when the body
 * lost the name.
 */
final class Signature {
  private static final Pattern PERSON =
      Pattern.compile("^\\p{Lu}\\p{Ll}*(\\s\\p{Lu}\\p{Ll}*){1,5}$");

  private Signature() {}

  /** The last signature block before {@code bodyEnd} and the name printed under it; or null. */
  static Signer read(SourceLines lines, int bodyEnd, Optional<PortalRecord.Value> signedBy) {
    int block = -1;
    for (int n = bodyEnd - 1; n >= 1; n--) {
      String text = lines.line(n).text();
      if (isSignatureLine(text)) {
        block = n;
        break;
      }
      if (Headings.isChapter(lines.line(n))) {
        break;
      }
    }
    if (block < 0) {
      return signedBy.map(s -> new Signer(null, null, s.text(), s.line())).orElse(null);
    }
    int first = block;
    while (first > 1 && isSignatureLine(lines.line(first - 1).text())) {
      first--;
    }
    String capacity = null;
    String title = null;
    for (int n = first; n <= block; n++) {
      String text = Headings.unpiped(lines.line(n).text());
      if (Headings.isCapacity(text) && capacity == null) {
        capacity = text;
      } else if (Headings.isSignerTitle(text)) {
        title = text;
      }
    }
    for (int n = block + 1; n < bodyEnd && n <= block + 12; n++) {
      String text = Headings.unpiped(lines.line(n).text());
      if (PERSON.matcher(text).matches()) {
        return new Signer(capacity, title, text, first);
      }
    }
    return new Signer(capacity, title, signedBy.map(PortalRecord.Value::text).orElse(null), first);
  }

  private static boolean isSignatureLine(String text) {
    return Headings.isCapacity(text) || Headings.isSignerTitle(text);
  }
}
