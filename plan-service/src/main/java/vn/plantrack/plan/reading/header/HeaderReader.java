package vn.plantrack.plan.reading.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.header.PlanHeader.DocumentRef;
import vn.plantrack.plan.reading.header.PlanHeader.Signer;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Stage 2: the plan's header, read from the conventions of Vietnamese administrative documents.
 *
 * <ul>
 *   <li>Above the title, the issuer on the left ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN") and the
 *       national name and motto on the right; then "Số: 131/KH-UBND" and "Bắc Kạn, ngày 28 tháng 02
 *       năm 2025" (side by side in a table when pasted from the portal: "Số: … | Kon Tum, ngày …
 *       |").
 *   <li>The document type on its own line ("KẾ HOẠCH") and the title under it, in capitals or, when
 *       extracted from a PDF, as wrapped sentence-case lines.
 *   <li>The documents the plan implements are those its title names; where the title says what
 *       those carry out in turn ("… về thực hiện Nghị quyết số 57-NQ/TW") the rest of the chain is
 *       kept apart. "Kế hoạch này thay thế Kế hoạch số 484/KH-UBND …" names what it replaces.
 *   <li>At the end of the body, the signature: "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH", the title
 *       ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC") and, below the signature, the name.
 *   <li>Text pasted from the legal-documents portal ends with the portal's own record ("- Số hiệu:
 *       …", "- Ngày ban hành: …", "- Nơi ban hành: …", "- Người ký: …"), used when the body lost a
 *       field (the portal often drops the signer's name from the signature table).
 * </ul>
 *
 * A field found nowhere is null and raises MISSING_HEADER_FIELD; a date that is printed but not a
 * real date raises UNREADABLE_DATE.
 */
public final class HeaderReader {

  public record Result(PlanHeader header, List<ImportWarning> warnings) {}

  private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)so\\s*:\\s*(.*)$");
  private static final Pattern DATE =
      Pattern.compile(
          "^([a-z][a-z .'-]{1,40}),\\s*ngay\\b(.*?)\\bthang\\b(.*?)\\bnam\\b\\s*(\\S*)");
  private static final Pattern DOCUMENT_TYPE =
      Pattern.compile(
          "^(ke hoach|quyet dinh|nghi quyet|chuong trinh|chuong trinh hanh dong|chi thi|cong van"
              + "|thong bao|huong dan|de an|bao cao)$");
  private static final Pattern MOTTO =
      Pattern.compile("^(cong hoa xa hoi chu nghia|doc lap\\b|[-_=.\\s]*$)");
  private static final Pattern PORTAL =
      Pattern.compile(
          "^-\\s*(so hieu|loai van ban|ngay ban hanh|noi ban hanh|nguoi ky)\\s*:\\s*(.+)$");
  private static final Pattern PORTAL_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISSUED_BY =
      Pattern.compile(
          "(?:^|[,;)]\\s*)([^,;()]{3,80}?)\\s+ban hanh\\s+(?:ke hoach|quyet dinh|chuong trinh)");
  private static final Pattern PREAMBLE_START =
      Pattern.compile("^(thuc hien|can cu|xet |theo de nghi)");
  private static final Pattern PERSON =
      Pattern.compile("^\\p{Lu}\\p{Ll}*(\\s\\p{Lu}\\p{Ll}*){1,5}$");
  private static final Pattern BARE_COUNCIL =
      Pattern.compile("^(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$");

  /** One value of the portal's record, with its line. */
  private record Portal(String value, int line) {}

  private final SourceLines lines;
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Map<String, Portal> portal = new HashMap<>();

  private HeaderReader(SourceLines lines) {
    this.lines = lines;
  }

  public static Result read(SourceLines lines) {
    return new HeaderReader(lines).read();
  }

  private Result read() {
    readPortal();
    int headEnd = headEnd();
    int bodyEnd = bodyEnd();
    String number = null;
    Integer numberLine = null;
    String place = null;
    LocalDate issuedOn = null;
    Integer dateLine = null;
    int typeLine = -1;
    for (int n = 1; n < headEnd; n++) {
      SourceLine line = lines.line(n);
      for (String cell : cells(line.text())) {
        String folded = VietnameseText.fold(cell);
        Matcher m = NUMBER.matcher(folded);
        if (number == null && m.find()) {
          String value = cell.substring(m.start(1)).strip();
          String token = value.isEmpty() ? "" : value.split("\\s")[0];
          if (token.matches(".*\\d.*")) {
            number = token;
            numberLine = n;
          }
        }
        Matcher d = DATE.matcher(folded);
        if (issuedOn == null && dateLine == null && d.find()) {
          dateLine = n;
          place = cell.substring(0, d.end(1)).strip();
          issuedOn = date(d.group(2), d.group(3), d.group(4));
          if (issuedOn == null) {
            warnings.add(
                ImportWarning.of(
                    n,
                    WarningKind.UNREADABLE_DATE,
                    "The date of issue is printed but is not a date.",
                    cell));
          }
        }
      }
      if (typeLine < 0
          && Headings.isUpper(line.text())
          && DOCUMENT_TYPE.matcher(line.folded()).matches()) {
        typeLine = n;
      }
    }
    String documentType = typeLine < 0 ? null : lines.line(typeLine).text();
    int[] titleSpan = titleSpan(typeLine, headEnd);
    String title = titleSpan == null ? null : joined(titleSpan[0], titleSpan[1]);
    Integer titleLine = titleSpan == null ? null : titleSpan[0];
    String preamble = joined(titleSpan == null ? Math.max(typeLine + 1, 1) : titleSpan[1], headEnd);

    if (number == null && portal.containsKey("so hieu")) {
      number = portal.get("so hieu").value();
      numberLine = portal.get("so hieu").line();
    }
    if (issuedOn == null && dateLine == null && portal.containsKey("ngay ban hanh")) {
      Matcher d = PORTAL_DATE.matcher(portal.get("ngay ban hanh").value());
      if (d.find()) {
        issuedOn = date(d.group(1), d.group(2), d.group(3));
        dateLine = portal.get("ngay ban hanh").line();
      }
    }
    if (documentType == null && portal.containsKey("loai van ban")) {
      documentType = portal.get("loai van ban").value().toUpperCase(Locale.ROOT);
    }
    String issuer = issuer(numberLine == null ? headEnd : numberLine, typeLine, preamble);

    List<DocumentRef> direct = new ArrayList<>();
    List<DocumentRef> indirect = new ArrayList<>();
    if (title != null) {
      implemented(title, titleLine, preamble, direct, indirect);
    }
    List<DocumentRef> supersedes = supersedes(bodyEnd);
    Signer signer = signer(bodyEnd);
    ReportingRuleReader.Result reporting = ReportingRuleReader.read(lines);
    warnings.addAll(reporting.warnings());

    int at = titleLine != null ? titleLine : 1;
    if (number == null) {
      warnings.add(missing(at, "The document prints no number (\"Số: …\")."));
    }
    if (issuedOn == null && dateLine == null) {
      warnings.add(
          missing(at, "The document prints no date of issue (\"…, ngày … tháng … năm …\")."));
    }
    if (issuer == null) {
      warnings.add(missing(at, "The document names no issuer above its title."));
    }
    if (signer == null || signer.name() == null) {
      warnings.add(
          missing(
              signer == null ? at : signer.sourceLine(), "The document prints no signer's name."));
    }
    PlanHeader header =
        new PlanHeader(
            documentType,
            number,
            issuer,
            place,
            issuedOn,
            title,
            List.copyOf(direct),
            List.copyOf(indirect),
            supersedes,
            signer,
            reporting.rules(),
            numberLine,
            dateLine,
            titleLine);
    return new Result(header, List.copyOf(warnings));
  }

  private ImportWarning missing(int line, String message) {
    return ImportWarning.of(
        line, WarningKind.MISSING_HEADER_FIELD, message, lines.line(line).text());
  }

  /** The header ends at the first chapter heading ("I. MỤC ĐÍCH, YÊU CẦU"). */
  private int headEnd() {
    int limit = Math.min(lines.size(), 80);
    for (int n = 1; n <= limit; n++) {
      if (Headings.isChapter(lines.line(n))) {
        return n;
      }
    }
    return Math.min(lines.size() + 1, 41);
  }

  /** The body ends at the first appendix heading. */
  private int bodyEnd() {
    for (SourceLine line : lines.all()) {
      if (Headings.isAppendix(line)) {
        return line.number();
      }
    }
    return lines.size() + 1;
  }

  /**
   * Capitalized lines after the document type; or, for a title extracted as wrapped sentence-case
   * lines, the lines up to an empty paragraph or the preamble ("Thực hiện …", "Căn cứ …").
   */
  private int[] titleSpan(int typeLine, int headEnd) {
    if (typeLine < 0) {
      return null;
    }
    int first = typeLine + 1;
    while (first < headEnd && lines.line(first).isBlank()) {
      first++;
    }
    if (first >= headEnd) {
      return null;
    }
    boolean upper = Headings.isUpper(lines.line(first).text());
    int end = first;
    for (int n = first; n < headEnd && n < first + 12; n++) {
      SourceLine line = lines.line(n);
      if (line.isBlank()) {
        if (!upper && !line.raw().isEmpty()) {
          break; // a whitespace-only line is an empty paragraph ending a wrapped title
        }
        continue;
      }
      boolean belongs =
          upper
              ? Headings.isUpper(line.text())
              : n == first || !PREAMBLE_START.matcher(line.folded()).find();
      if (!belongs) {
        break;
      }
      end = n + 1;
    }
    return new int[] {first, end};
  }

  private String joined(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (SourceLine line : lines.range(from, to)) {
      if (!line.isBlank()) {
        int n = text.length();
        boolean hyphen =
            n >= 2 && text.charAt(n - 1) == '-' && !Character.isWhitespace(text.charAt(n - 2));
        if (n > 0 && !hyphen) {
          text.append(' ');
        }
        text.append(line.text().replace('\t', ' '));
      }
    }
    return text.toString().strip();
  }

  /**
   * The capitalized lines on the left above the number, without the national name and motto; else
   * who the preamble says "ban hành" the plan. A bare "ỦY BAN NHÂN DÂN" is completed with the
   * portal's "Nơi ban hành".
   */
  private String issuer(int before, int typeLine, String preamble) {
    List<String> parts = new ArrayList<>();
    int limit = typeLine < 0 ? before : Math.min(before, typeLine);
    for (int n = 1; n < limit; n++) {
      String first = cells(lines.line(n).text()).get(0);
      String folded = VietnameseText.fold(first);
      if (!first.isEmpty() && Headings.isUpper(first) && !MOTTO.matcher(folded).find()) {
        parts.add(first);
      }
    }
    String issuer = parts.isEmpty() ? null : String.join(" ", parts);
    if (issuer == null) {
      Matcher m = ISSUED_BY.matcher(VietnameseText.fold(preamble));
      if (m.find()) {
        issuer = preamble.substring(m.start(1), m.end(1)).strip();
      }
    }
    if (issuer != null
        && BARE_COUNCIL.matcher(VietnameseText.fold(issuer)).matches()
        && portal.containsKey("noi ban hanh")) {
      issuer = issuer + " " + portal.get("noi ban hanh").value().toUpperCase(Locale.ROOT);
    }
    return issuer;
  }

  /**
   * The title's citations: the first is carried out directly, and so are those joined to it; after
   * "thực hiện" / "triển khai" between two citations, the rest are what those carry out.
   */
  private static void implemented(
      String title,
      int line,
      String preamble,
      List<DocumentRef> direct,
      List<DocumentRef> indirect) {
    List<DocumentReferences.Found> found = DocumentReferences.find(title, line);
    String folded = VietnameseText.fold(title);
    boolean chain = false;
    int previousEnd = -1;
    for (DocumentReferences.Found f : found) {
      if (previousEnd >= 0) {
        String between = folded.substring(previousEnd, f.start());
        chain |= between.contains("thuc hien") || between.contains("trien khai");
      }
      DocumentRef ref = DocumentReferences.respell(f.ref(), preamble);
      boolean known =
          direct.stream().anyMatch(r -> r.number().equalsIgnoreCase(ref.number()))
              || indirect.stream().anyMatch(r -> r.number().equalsIgnoreCase(ref.number()));
      if (!known) {
        (chain ? indirect : direct).add(ref);
      }
      previousEnd = f.end();
    }
  }

  /** "… này thay thế Kế hoạch số 484/KH-UBND …" and citations listed right after it. */
  private List<DocumentRef> supersedes(int bodyEnd) {
    List<DocumentRef> refs = new ArrayList<>();
    for (SourceLine line : lines.range(1, bodyEnd)) {
      int at = line.folded().indexOf("nay thay the");
      if (at < 0 || line.text().indexOf('|') >= 0) {
        continue;
      }
      String rest = line.text().substring(at);
      String foldedRest = line.folded().substring(at);
      int previousEnd = -1;
      for (DocumentReferences.Found f : DocumentReferences.find(rest, line.number())) {
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

  /** The last signature block before the appendices, and the name printed under it. */
  private Signer signer(int bodyEnd) {
    int block = -1;
    for (int n = bodyEnd - 1; n >= 1; n--) {
      String text = lines.line(n).text();
      if (Headings.isCapacity(text) || Headings.isSignerTitle(text)) {
        block = n;
        break;
      }
      if (Headings.isChapter(lines.line(n))) {
        break;
      }
    }
    Portal signedBy = portal.get("nguoi ky");
    if (block < 0) {
      return signedBy == null ? null : new Signer(null, null, signedBy.value(), signedBy.line());
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
    Optional<Integer> nameLine = Optional.empty();
    for (int n = block + 1; n < bodyEnd && n <= block + 12; n++) {
      String text = Headings.unpiped(lines.line(n).text());
      if (PERSON.matcher(text).matches()) {
        nameLine = Optional.of(n);
        break;
      }
    }
    if (nameLine.isPresent()) {
      String name = Headings.unpiped(lines.line(nameLine.get()).text());
      return new Signer(capacity, title, name, first);
    }
    return new Signer(capacity, title, signedBy == null ? null : signedBy.value(), first);
  }

  private static boolean isSignatureLine(String text) {
    return Headings.isCapacity(text) || Headings.isSignerTitle(text);
  }

  private void readPortal() {
    for (SourceLine line : lines.all()) {
      Matcher m = PORTAL.matcher(line.folded());
      if (m.matches()) {
        portal.putIfAbsent(
            m.group(1), new Portal(line.text().substring(m.start(2)).strip(), line.number()));
      }
    }
  }

  private static List<String> cells(String text) {
    if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) {
      return List.of(text.strip());
    }
    List<String> cells = new ArrayList<>();
    for (String cell : text.split("[|\\t]")) {
      cells.add(cell.strip());
    }
    return cells.isEmpty() ? List.of("") : cells;
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
