package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TaskRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;

/**
 * The consolidated report laid out as a Vietnamese administrative report (Nghị định 30/2020/NĐ-CP):
 * A4, Times New Roman 13; the borderless two-column heading (the issuing body and the number on the
 * left, the national name, motto and place-and-date on the right); "BÁO CÁO" and the subject;
 * sections I–IV; the recipients and signature block; then, on landscape pages, annex I (tasks) and
 * annex II (indicators) as bordered tables whose header row repeats on every page. Page numbers at
 * the top centre from page 2.
 */
final class DocxExporter {
  static final String FONT = "Times New Roman";
  private static final int BODY = 13;
  private static final int TABLE = 12;
  private static final int ANNEX = 11;

  /** A4 in twips, and the margins of Nghị định 30: top/bottom 2 cm, left 3 cm, right 2 cm. */
  private static final int A4_SHORT = 11906;

  private static final int A4_LONG = 16838;
  private static final int CM = 567;
  private static final int PORTRAIT_WIDTH = A4_SHORT - 5 * CM;
  private static final int LANDSCAPE_WIDTH = A4_LONG - 4 * CM;

  private DocxExporter() {}

  static void write(ConsolidatedReportDocument d, OutputStream out, IntConsumer progress)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      defaults(doc);
      Header h = d.header();
      heading(doc, h);
      spacer(doc);
      center(doc, "BÁO CÁO", true, false, 14);
      center(doc, Labels.subject(h), true, false, 14);
      center(doc, "_______________", false, false, BODY);
      center(doc, Labels.window(h), false, true, BODY);
      String version = Labels.version(h);
      if (!version.isEmpty()) {
        center(doc, version, false, true, TABLE);
      }
      body(
          doc,
          "Thực hiện "
              + Labels.plan(h)
              + ", "
              + h.issuingOrganization()
              + " tổng hợp, báo cáo kết quả thực hiện "
              + h.periodLabel()
              + " như sau:");

      results(doc, d);
      progress.accept(20);
      indicators(doc, d);
      compliance(doc, d);
      difficulties(doc, d);
      closing(doc, h);
      progress.accept(40);

      // The report ends its portrait section here; the annexes are landscape.
      CTSectPr portrait = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
      page(portrait, false);
      portrait.addNewTitlePg();

      annexTitle(doc, h, "PHỤ LỤC I", "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
      tasksAnnex(doc, d.tasks());
      progress.accept(80);
      XWPFParagraph next = doc.createParagraph();
      next.setPageBreak(true);
      annexTitle(doc, h, "PHỤ LỤC II", "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU");
      indicatorsAnnex(doc, d.indicators());

      CTSectPr landscape =
          doc.getDocument().getBody().isSetSectPr()
              ? doc.getDocument().getBody().getSectPr()
              : doc.getDocument().getBody().addNewSectPr();
      page(landscape, true);
      pageNumbers(doc, portrait);
      doc.write(out);
      out.flush();
    }
    progress.accept(100);
  }

  // ---- sections

  private static void results(XWPFDocument doc, ConsolidatedReportDocument d) {
    var totals = d.totals();
    int total = totals.tasks();
    section(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    subsection(doc, "1. Kết quả chung");
    StringBuilder s =
        new StringBuilder("Tổng số nhiệm vụ được giao: " + total + " nhiệm vụ, trong đó: ");
    List<String> parts = new ArrayList<>();
    for (TimelinessClass c : TimelinessClass.values()) {
      parts.add(
          lowerFirst(c.label)
              + " "
              + totals.count(c)
              + " ("
              + Labels.percent(totals.count(c), total)
              + ")");
    }
    s.append(String.join("; ", parts)).append('.');
    body(doc, s.toString());
    XWPFTable t =
        table(
            doc,
            new int[] {8, 52, 20, 20},
            PORTRAIT_WIDTH,
            "TT",
            "Phân loại",
            "Số nhiệm vụ",
            "Tỷ lệ");
    int i = 1;
    for (TimelinessClass c : TimelinessClass.values()) {
      row(
          t,
          TABLE,
          false,
          Integer.toString(i++),
          c.label,
          Integer.toString(totals.count(c)),
          Labels.percent(totals.count(c), total));
    }
    row(t, TABLE, true, "", "Tổng cộng", Integer.toString(total), total == 0 ? "" : "100%");

    subsection(doc, "2. Kết quả theo đơn vị");
    TimelinessClass[] classes = TimelinessClass.values();
    String[] headers = new String[3 + classes.length];
    int[] weights = new int[3 + classes.length];
    headers[0] = "TT";
    weights[0] = 5;
    headers[1] = "Đơn vị";
    weights[1] = 29;
    headers[2] = "Tổng số";
    weights[2] = 8;
    for (int c = 0; c < classes.length; c++) {
      headers[3 + c] = classes[c].label;
      weights[3 + c] = 9;
    }
    XWPFTable units = table(doc, weights, PORTRAIT_WIDTH, ANNEX, headers);
    int n = 1;
    for (Unit u : d.units()) {
      String[] cells = new String[headers.length];
      cells[0] = Integer.toString(n++);
      cells[1] = u.orgName();
      cells[2] = Integer.toString(u.taskCount());
      for (int c = 0; c < classes.length; c++) {
        cells[3 + c] = Integer.toString(u.count(classes[c]));
      }
      row(units, ANNEX, false, cells);
    }

    subsection(doc, "3. Kết quả nổi bật của các đơn vị");
    narratives(doc, d.units(), u -> u.narrative().results());
  }

  private static void indicators(XWPFDocument doc, ConsolidatedReportDocument d) {
    var totals = d.totals();
    int total = totals.indicators();
    section(doc, "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU");
    List<String> parts = new ArrayList<>();
    for (Evaluation e : Evaluation.values()) {
      if (totals.count(e) > 0) {
        parts.add(lowerFirst(e.label) + " " + totals.count(e));
      }
    }
    body(
        doc,
        "Tổng số chỉ tiêu theo dõi: "
            + total
            + (parts.isEmpty() ? "" : ", trong đó: " + String.join("; ", parts))
            + ". Chi tiết tại Phụ lục II kèm theo.");
    XWPFTable t =
        table(
            doc,
            new int[] {8, 52, 20, 20},
            PORTRAIT_WIDTH,
            "TT",
            "Đánh giá",
            "Số chỉ tiêu",
            "Tỷ lệ");
    int i = 1;
    for (Evaluation e : Evaluation.values()) {
      row(
          t,
          TABLE,
          false,
          Integer.toString(i++),
          e.label,
          Integer.toString(totals.count(e)),
          Labels.percent(totals.count(e), total));
    }
    row(t, TABLE, true, "", "Tổng cộng", Integer.toString(total), total == 0 ? "" : "100%");
  }

  private static void compliance(XWPFDocument doc, ConsolidatedReportDocument d) {
    var c = d.compliance();
    section(doc, "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
    body(
        doc,
        "Có "
            + c.received()
            + "/"
            + c.expected()
            + " đơn vị đã gửi báo cáo (đạt "
            + Labels.percent(c.received(), c.expected())
            + "), trong đó "
            + c.receivedOnTime()
            + " đơn vị gửi đúng hạn ("
            + Labels.percent(c.receivedOnTime(), c.expected())
            + ").");
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Unit u : d.units()) {
      if (u.submittedAt() == null) {
        missing.add(u.orgName());
      } else if (Boolean.FALSE.equals(u.onTime())) {
        late.add(u.orgName());
      }
    }
    if (!missing.isEmpty()) {
      body(doc, "Các đơn vị chưa gửi báo cáo: " + String.join(", ", missing) + ".");
    }
    if (!late.isEmpty()) {
      body(doc, "Các đơn vị gửi báo cáo chậm: " + String.join(", ", late) + ".");
    }
    XWPFTable t =
        table(
            doc,
            new int[] {7, 43, 18, 20, 12},
            PORTRAIT_WIDTH,
            "TT",
            "Đơn vị",
            "Tình trạng báo cáo",
            "Thời điểm gửi",
            "Đúng hạn");
    int n = 1;
    for (Unit u : d.units()) {
      row(
          t,
          TABLE,
          false,
          Integer.toString(n++),
          u.orgName(),
          Labels.label(u.reportStatus()),
          Labels.dateTime(u.submittedAt()),
          Labels.onTime(u.onTime()));
    }
  }

  private static void difficulties(XWPFDocument doc, ConsolidatedReportDocument d) {
    section(doc, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ");
    subsection(doc, "1. Khó khăn, vướng mắc");
    narratives(doc, d.units(), u -> u.narrative().difficulties());
    subsection(doc, "2. Đề xuất, kiến nghị");
    narratives(doc, d.units(), u -> u.narrative().proposals());
  }

  /** Per unit that wrote something: its name in bold, then what it wrote. */
  private static void narratives(XWPFDocument doc, List<Unit> units, Function<Unit, String> text) {
    boolean any = false;
    for (Unit u : units) {
      List<String> paragraphs = Labels.paragraphs(text.apply(u));
      if (paragraphs.isEmpty()) {
        continue;
      }
      any = true;
      XWPFParagraph p = bodyParagraph(doc);
      run(p, "- " + u.orgName() + ": ", true, false, BODY);
      run(p, paragraphs.get(0), false, false, BODY);
      for (String more : paragraphs.subList(1, paragraphs.size())) {
        run(bodyParagraph(doc), more, false, false, BODY);
      }
    }
    if (!any) {
      body(doc, "Không có.");
    }
  }

  private static void closing(XWPFDocument doc, Header h) {
    body(
        doc,
        "Trên đây là báo cáo kết quả thực hiện "
            + Labels.plan(h)
            + " "
            + h.periodLabel()
            + " của "
            + h.issuingOrganization()
            + "./.");
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    widths(t, new int[] {50, 50}, PORTRAIT_WIDTH);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    line(left, "Nơi nhận:", true, true, 12, ParagraphAlignment.LEFT, true);
    line(left, "- UBND tỉnh (b/c);", false, false, 11, ParagraphAlignment.LEFT, false);
    line(left, "- Các đơn vị liên quan;", false, false, 11, ParagraphAlignment.LEFT, false);
    line(left, "- Lưu: VT.", false, false, 11, ParagraphAlignment.LEFT, false);
    line(right, signer(h), true, false, BODY, ParagraphAlignment.CENTER, true);
  }

  private static String signer(Header h) {
    return h.issuingOrganization().startsWith("Sở ") ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN";
  }

  private static void annexTitle(XWPFDocument doc, Header h, String number, String title) {
    center(doc, number, true, false, BODY);
    center(doc, title, true, false, BODY);
    center(
        doc,
        "(Kèm theo Báo cáo số        /BC-"
            + Labels.abbreviation(h.issuingOrganization())
            + " của "
            + h.issuingOrganization()
            + ", "
            + h.periodLabel()
            + ")",
        false,
        true,
        TABLE);
  }

  private static void tasksAnnex(XWPFDocument doc, List<TaskRow> tasks) {
    XWPFTable t =
        table(
            doc,
            new int[] {5, 25, 12, 12, 9, 8, 6, 10, 13},
            LANDSCAPE_WIDTH,
            ANNEX,
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Trạng thái",
            "Tiến độ (%)",
            "Phân loại",
            "Tình hình thực hiện");
    for (TaskRow r : tasks) {
      row(
          t,
          ANNEX,
          false,
          Labels.nz(r.code()),
          Labels.nz(r.title()),
          Labels.join(r.leadOrgNames()),
          Labels.join(r.cooperatingOrgNames()),
          Labels.nz(r.deadlineText()),
          Labels.taskStatus(r.status()),
          Integer.toString(r.progressPercent()),
          Labels.label(r.timeliness()),
          Labels.nz(r.latestProgressNote()));
    }
  }

  private static void indicatorsAnnex(XWPFDocument doc, List<IndicatorRow> indicators) {
    XWPFTable t =
        table(
            doc,
            new int[] {5, 30, 9, 15, 9, 12, 10, 10},
            LANDSCAPE_WIDTH,
            ANNEX,
            "TT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Cơ quan chủ trì theo dõi, đánh giá",
            "Giá trị cơ sở",
            "Mục tiêu",
            "Kết quả",
            "Đánh giá");
    for (IndicatorRow i : indicators) {
      row(
          t,
          ANNEX,
          false,
          Labels.nz(i.code()),
          Labels.nz(i.name()),
          Labels.nz(i.unit()),
          Labels.join(i.monitoringOrgNames()),
          Labels.nz(i.baseline()),
          Labels.nz(i.target())
              + (i.milestoneYear() == null ? "" : " (năm " + i.milestoneYear() + ")"),
          Labels.nz(i.latestValue()),
          Labels.label(i.evaluation()));
    }
  }

  // ---- heading

  /** Issuing body left, national name and motto right; no borders. */
  private static void heading(XWPFDocument doc, Header h) {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    t.setTableAlignment(TableRowAlign.CENTER);
    widths(t, new int[] {40, 60}, PORTRAIT_WIDTH + CM);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    line(left, Labels.parentBody(h), false, false, BODY, ParagraphAlignment.CENTER, true);
    line(
        left,
        Labels.upper(h.issuingOrganization()),
        true,
        false,
        BODY,
        ParagraphAlignment.CENTER,
        false);
    line(left, "__________", false, false, BODY, ParagraphAlignment.CENTER, false);
    line(left, Labels.documentNumber(h), false, false, BODY, ParagraphAlignment.CENTER, false);
    line(
        right,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        true,
        false,
        BODY,
        ParagraphAlignment.CENTER,
        true);
    line(right, "Độc lập - Tự do - Hạnh phúc", true, false, 14, ParagraphAlignment.CENTER, false);
    line(right, "_______________________", false, false, BODY, ParagraphAlignment.CENTER, false);
    line(right, Labels.placeAndDate(h), false, true, BODY, ParagraphAlignment.CENTER, false);
    if (h.draft()) {
      line(right, "DỰ THẢO", true, false, TABLE, ParagraphAlignment.CENTER, false);
    }
  }

  // ---- page setup

  private static void defaults(XWPFDocument doc) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
  }

  private static void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(2 * CM));
    mar.setBottom(BigInteger.valueOf(2 * CM));
    mar.setLeft(BigInteger.valueOf(landscape ? 2 * CM : 3 * CM));
    mar.setRight(BigInteger.valueOf(2 * CM));
    mar.setHeader(BigInteger.valueOf(CM));
    mar.setFooter(BigInteger.valueOf(CM));
  }

  /** The page number at the top centre; the first page (titlePg) has none. */
  private static void pageNumbers(XWPFDocument doc, CTSectPr first) {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p =
        header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    var r = field.addNewR();
    var rPr = r.addNewRPr();
    rPr.addNewRFonts().setAscii(FONT);
    rPr.addNewSz().setVal(BigInteger.valueOf(2L * BODY));
    r.addNewT().setStringValue("1");
    // The portrait section shows the same header (a section without one shows none).
    for (CTHdrFtrRef ref : doc.getDocument().getBody().getSectPr().getHeaderReferenceArray()) {
      CTHdrFtrRef copy = first.addNewHeaderReference();
      copy.setId(ref.getId());
      copy.setType(ref.getType());
    }
  }

  // ---- paragraphs

  private static void spacer(XWPFDocument doc) {
    doc.createParagraph().setSpacingAfter(0);
  }

  private static void section(XWPFDocument doc, String text) {
    XWPFParagraph p = bodyParagraph(doc);
    p.setSpacingBefore(120);
    p.setKeepNext(true);
    run(p, text, true, false, BODY);
  }

  private static void subsection(XWPFDocument doc, String text) {
    XWPFParagraph p = bodyParagraph(doc);
    p.setKeepNext(true);
    run(p, text, true, true, BODY);
  }

  private static void center(
      XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    run(p, text, bold, italic, size);
  }

  private static void body(XWPFDocument doc, String text) {
    for (String paragraph : Labels.paragraphs(text)) {
      run(bodyParagraph(doc), paragraph, false, false, BODY);
    }
  }

  /** Justified, first line indented 1 cm, 6 pt after: the body text of an administrative text. */
  private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(CM);
    p.setSpacingBefore(0);
    p.setSpacingAfter(120);
    return p;
  }

  private static void line(
      XWPFTableCell cell,
      String text,
      boolean bold,
      boolean italic,
      int size,
      ParagraphAlignment align,
      boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(0);
    run(p, text, bold, italic, size);
  }

  /** A run in Times New Roman; line breaks in {@code text} become breaks. */
  private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = p.createRun();
    // In the order of the schema's w:rPr (rFonts, b, i, sz), which older Word versions expect.
    run.setFontFamily(FONT);
    if (bold) {
      run.setBold(true);
    }
    if (italic) {
      run.setItalic(true);
    }
    run.setFontSize(size);
    String[] lines = XlsxExporter.text(text).replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
    return run;
  }

  // ---- tables

  private static XWPFTable table(XWPFDocument doc, int[] weights, int width, String... headers) {
    return table(doc, weights, width, TABLE, headers);
  }

  /** A bordered table of fixed column widths whose bold header row repeats on each page. */
  private static XWPFTable table(
      XWPFDocument doc, int[] weights, int width, int size, String... headers) {
    XWPFTable t = doc.createTable(1, headers.length);
    widths(t, weights, width);
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int i = 0; i < headers.length; i++) {
      XWPFTableCell cell = header.getCell(i);
      cell.setColor("E7E6E6");
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingAfter(0);
      run(p, headers[i], true, false, size);
    }
    cellWidths(header, t);
    return t;
  }

  private static void row(XWPFTable t, int size, boolean bold, String... values) {
    XWPFTableRow row = t.createRow();
    for (int i = 0; i < values.length; i++) {
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      p.setSpacingAfter(0);
      if (i == 0 || values[i].matches("[0-9.,%]+")) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      run(p, values[i], bold, false, size);
    }
    cellWidths(row, t);
  }

  /** Fixed layout: the grid's column widths (twips) as shares of {@code width}. */
  private static void widths(XWPFTable t, int[] weights, int width) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    CTTblPr pr =
        t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    CTTblGrid grid =
        t.getCTTbl().getTblGrid() == null
            ? t.getCTTbl().addNewTblGrid()
            : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int weight : weights) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) width * weight / total));
    }
    cellWidths(t.getRow(0), t);
  }

  private static void cellWidths(XWPFTableRow row, XWPFTable t) {
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    for (int i = 0; i < row.getTableCells().size() && i < grid.sizeOfGridColArray(); i++) {
      CTTcPr pr =
          row.getCell(i).getCTTc().isSetTcPr()
              ? row.getCell(i).getCTTc().getTcPr()
              : row.getCell(i).getCTTc().addNewTcPr();
      CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(grid.getGridColArray(i).getW());
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
