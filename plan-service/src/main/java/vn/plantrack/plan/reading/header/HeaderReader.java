package vn.plantrack.plan.reading.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plantrack.plan.reading.header.PlanHeader.DocumentRef;
import vn.plantrack.plan.reading.header.PlanHeader.Signer;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.OcrSpelling;
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
 * The signature is {@link Signature}'s, the citations {@link DocumentReferences}', the portal's
 * record {@link PortalRecord}'s and the reporting rules {@link ReportingRuleReader}'s.
 *
 * <p>A field found nowhere is null and raises MISSING_HEADER_FIELD; a date that is printed but not
 * a real date raises UNREADABLE_DATE.
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
  private static final Pattern PORTAL_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISSUED_BY =
      Pattern.compile(
          "(?:^|[,;)]\\s*)([^,;()]{3,80}?)\\s+ban hanh\\s+(?:ke hoach|quyet dinh|chuong trinh)");
  private static final Pattern PREAMBLE_START =
      Pattern.compile("^(thuc hien|can cu|xet |theo de nghi)");
  private static final Pattern BARE_COUNCIL =
      Pattern.compile("^(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$");

  /**
   * What the lines above the title print (number, place and date of issue, the document type's
   * line), completed from the portal's record where the body lost them.
   */
  private static final class Masthead {
    String number;
    Integer numberLine;
    // The first "Số:" line, with or without a number: the issuer is above it.
    Integer labelLine;
    boolean blankNumber; // a "Số:" line printed no number
    String place;
    LocalDate issuedOn;
    Integer dateLine;
    int typeLine = -1;
  }

  private final SourceLines lines;
  private final PortalRecord portal;
  private final List<ImportWarning> warnings = new ArrayList<>();

  private HeaderReader(SourceLines lines) {
    this.lines = lines;
    this.portal = PortalRecord.of(lines);
  }

  public static Result read(SourceLines lines) {
    return new HeaderReader(lines).read();
  }

  private Result read() {
    int headEnd = headEnd();
    int bodyEnd = bodyEnd();
    Masthead top = masthead(headEnd);
    String documentType =
        top.typeLine >= 0
            ? lines.line(top.typeLine).text()
            : portal.documentType().map(v -> v.text().toUpperCase(Locale.ROOT)).orElse(null);
    int[] titleSpan = titleSpan(top.typeLine, headEnd);
    String title = titleSpan == null ? null : joined(titleSpan[0], titleSpan[1]);
    Integer titleLine = titleSpan == null ? null : titleSpan[0];
    String preamble =
        joined(titleSpan == null ? Math.max(top.typeLine + 1, 1) : titleSpan[1], headEnd);
    Integer issuerEnd = top.labelLine != null ? top.labelLine : top.numberLine;
    String issuer = issuer(issuerEnd == null ? headEnd : issuerEnd, top.typeLine, preamble);
    DocumentReferences.Implemented implemented =
        title == null
            ? new DocumentReferences.Implemented(List.of(), List.of())
            : DocumentReferences.implemented(title, titleLine, preamble);
    List<DocumentRef> supersedes = DocumentReferences.superseded(lines.range(1, bodyEnd));
    Signer signer = Signature.read(lines, bodyEnd, portal.signedBy());
    ReportingRuleReader.Result reporting = ReportingRuleReader.read(lines);
    warnings.addAll(reporting.warnings());
    warnMissing(top, issuer, signer, titleLine != null ? titleLine : 1);
    PlanHeader header =
        new PlanHeader(
            documentType,
            top.number,
            issuer,
            top.place,
            top.issuedOn,
            title,
            implemented.directly(),
            implemented.indirectly(),
            supersedes,
            signer,
            reporting.rules(),
            top.numberLine,
            top.dateLine,
            titleLine);
    return new Result(header, List.copyOf(warnings));
  }

  /**
   * "Số: 131/KH-UBND", "Bắc Kạn, ngày 28 tháng 02 năm 2025" (in a cell of their own when the portal
   * prints them side by side) and the document type on its own line, above {@code headEnd}; the
   * portal's "Số hiệu" and "Ngày ban hành" where the body prints none.
   */
  private Masthead masthead(int headEnd) {
    Masthead top = new Masthead();
    for (int n = 1; n < headEnd; n++) {
      SourceLine line = lines.line(n);
      for (String cell : cells(line.text())) {
        String printed = VietnameseText.fold(cell);
        String folded = OcrSpelling.repair(printed);
        Matcher m = NUMBER.matcher(folded);
        if (top.number == null && m.find()) {
          String value = cell.substring(m.start(1)).strip();
          String token = value.isEmpty() ? "" : value.split("\\s")[0];
          if (top.labelLine == null) {
            top.labelLine = n;
          }
          if (!token.matches(".*\\d.*")) {
            top.blankNumber = true;
          } else {
            top.number = token;
            top.numberLine = n;
            if (!printed.equals(folded)) {
              warnings.add(
                  ImportWarning.of(
                      n,
                      WarningKind.DOUBTFUL_READING,
                      "The number was read from \"Số\" as OCR misspelt it; check it: " + token,
                      cell));
            }
          }
        }
        Matcher d = DATE.matcher(folded);
        if (top.issuedOn == null && top.dateLine == null && d.find()) {
          top.dateLine = n;
          top.place = cell.substring(0, d.end(1)).strip();
          top.issuedOn = date(d.group(2), d.group(3), d.group(4));
          if (top.issuedOn == null) {
            warnings.add(
                ImportWarning.of(
                    n,
                    WarningKind.UNREADABLE_DATE,
                    "The date of issue is printed but is not a date.",
                    cell));
          }
        }
      }
      if (top.typeLine < 0
          && Headings.isUpper(line.text())
          && DOCUMENT_TYPE.matcher(line.folded()).matches()) {
        top.typeLine = n;
      }
    }
    if (top.number == null && portal.number().isPresent()) {
      top.number = portal.number().get().text();
      top.numberLine = portal.number().get().line();
    }
    if (top.issuedOn == null && top.dateLine == null && portal.issuedOn().isPresent()) {
      Matcher d = PORTAL_DATE.matcher(portal.issuedOn().get().text());
      if (d.find()) {
        top.issuedOn = date(d.group(1), d.group(2), d.group(3));
        top.dateLine = portal.issuedOn().get().line();
      }
    }
    return top;
  }

  /** MISSING_HEADER_FIELD for each of number, date, issuer and signer's name found nowhere. */
  private void warnMissing(Masthead top, String issuer, Signer signer, int at) {
    if (top.number == null && top.blankNumber) {
      warnings.add(
          missing(
              top.labelLine,
              "The \"Số:\" line prints no number (a draft's blank, or no digit): give the number"
                  + " at confirmation."));
    } else if (top.number == null) {
      warnings.add(missing(at, "The document prints no number (\"Số: …\")."));
    }
    if (top.issuedOn == null && top.dateLine == null) {
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
        && portal.issuedAt().isPresent()) {
      issuer = issuer + " " + portal.issuedAt().get().text().toUpperCase(Locale.ROOT);
    }
    return issuer;
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
