package vn.plantrack.plan.reading.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.header.PlanHeader.DocumentRef;
import vn.plantrack.plan.reading.lines.OcrSpelling;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Finds citations of other documents: a kind ("Nghị quyết", "Chương trình hành động", "Kế hoạch",
 * …), optionally "số", a number with the issuer's abbreviation ("57-NQ/TW", "71/NQ-CP",
 * "95-CTr/TU", "193/2025/QH15"; spaces around the first dash are tolerated, "57 -NQ/TW"), and
 * optionally a date ("ngày 22/12/2024", "ngày 22 tháng 12 năm 2024"); and, from them, what a plan's
 * title says it implements and what its body says it replaces.
 */
final class DocumentReferences {
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("nghi quyet", "Nghị quyết"),
          Map.entry("chuong trinh hanh dong", "Chương trình hành động"),
          Map.entry("chuong trinh", "Chương trình"),
          Map.entry("ke hoach", "Kế hoạch"),
          Map.entry("quyet dinh", "Quyết định"),
          Map.entry("chi thi", "Chỉ thị"),
          Map.entry("ket luan", "Kết luận"),
          Map.entry("thong bao", "Thông báo"),
          Map.entry("cong van", "Công văn"),
          Map.entry("van ban", "Văn bản"),
          Map.entry("nghi dinh", "Nghị định"),
          Map.entry("thong tu", "Thông tư"),
          Map.entry("de an", "Đề án"));

  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(nghi quyet|chuong trinh hanh dong|chuong trinh|ke hoach|quyet dinh|chi thi|ket luan"
              + "|thong bao|cong van|van ban|nghi dinh|thong tu|de an)\\s+(?:so\\s*:?\\s*)?"
              + "(\\d{1,5}(?:/\\d{4})?\\s?[-/]\\s?[a-z]{1,8}[a-z0-9]*(?:[-/][a-z0-9]+)*)"
              + "(?:\\s+ngay\\s+(\\d{1,2})(?:\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4})"
              + "|\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})))?");

  /** A citation found in a text, with where it starts and ends in that text. */
  record Found(DocumentRef ref, int start, int end) {}

  private DocumentReferences() {}

  /** Citations in {@code text} (normalized), in order; {@code line} is put on each. */
  static List<Found> find(String text, int line) {
    String folded = OcrSpelling.repair(VietnameseText.fold(text));
    Matcher m = REFERENCE.matcher(folded);
    List<Found> found = new ArrayList<>();
    while (m.find()) {
      String number = text.substring(m.start(2), m.end(2)).replace(" ", "");
      LocalDate date = null;
      try {
        if (m.group(3) != null && m.group(5) != null) {
          date = LocalDate.of(num(m.group(5)), num(m.group(4)), num(m.group(3)));
        } else if (m.group(3) != null && m.group(7) != null) {
          date = LocalDate.of(num(m.group(7)), num(m.group(6)), num(m.group(3)));
        }
      } catch (DateTimeException e) {
        date = null;
      }
      String kind = KINDS.get(m.group(1));
      found.add(
          new Found(
              new DocumentRef(kind, number, date, text.substring(m.start(), m.end()), line),
              m.start(),
              m.end()));
    }
    return found;
  }

  /**
   * The same number spelled as {@code elsewhere} spells it ("95-CTR/TU" in a title → "95-CTr/TU").
   */
  static DocumentRef respell(DocumentRef ref, String elsewhere) {
    for (Found other : find(elsewhere, ref.sourceLine())) {
      String number = other.ref().number();
      if (VietnameseText.fold(number).equals(VietnameseText.fold(ref.number()))) {
        return new DocumentRef(ref.kind(), number, ref.issuedOn(), ref.text(), ref.sourceLine());
      }
    }
    return ref;
  }

  /** The documents a title names: those carried out directly, and what those carry out in turn. */
  record Implemented(List<DocumentRef> directly, List<DocumentRef> indirectly) {}

  /**
   * The title's citations: the first is carried out directly, and so are those joined to it; after
   * "thực hiện" / "triển khai" between two citations, the rest are what those carry out. Numbers
   * are spelled as the preamble spells them.
   */
  static Implemented implemented(String title, int line, String preamble) {
    List<DocumentRef> direct = new ArrayList<>();
    List<DocumentRef> indirect = new ArrayList<>();
    String folded = VietnameseText.fold(title);
    boolean chain = false;
    int previousEnd = -1;
    for (Found f : find(title, line)) {
      if (previousEnd >= 0) {
        String between = folded.substring(previousEnd, f.start());
        chain |= between.contains("thuc hien") || between.contains("trien khai");
      }
      DocumentRef ref = respell(f.ref(), preamble);
      boolean known =
          direct.stream().anyMatch(r -> r.number().equalsIgnoreCase(ref.number()))
              || indirect.stream().anyMatch(r -> r.number().equalsIgnoreCase(ref.number()));
      if (!known) {
        (chain ? indirect : direct).add(ref);
      }
      previousEnd = f.end();
    }
    return new Implemented(List.copyOf(direct), List.copyOf(indirect));
  }

  /**
   * "… này thay thế Kế hoạch số 484/KH-UBND …" and the citations listed right after it, in the
   * body's prose (a table row that mentions a replacement is not the plan's own statement).
   */
  static List<DocumentRef> superseded(List<SourceLine> body) {
    List<DocumentRef> refs = new ArrayList<>();
    for (SourceLine line : body) {
      int at = line.folded().indexOf("nay thay the");
      if (at < 0 || line.text().indexOf('|') >= 0) {
        continue;
      }
      String rest = line.text().substring(at);
      String foldedRest = line.folded().substring(at);
      int previousEnd = -1;
      for (Found f : find(rest, line.number())) {
        if (previousEnd >= 0
            && !foldedRest.substring(previousEnd, f.start()).matches("\\s*(,|;|va|hoac)\\s*")) {
          break;
        }
        refs.add(f.ref());
        previousEnd = f.end();
      }
    }
    return List.copyOf(refs);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
