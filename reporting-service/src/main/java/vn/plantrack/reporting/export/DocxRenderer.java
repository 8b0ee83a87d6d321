package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.plantrack.reporting.export.Document.AdministrativeHeader;
import vn.plantrack.reporting.export.Document.Blank;
import vn.plantrack.reporting.export.Document.Block;
import vn.plantrack.reporting.export.Document.Heading;
import vn.plantrack.reporting.export.Document.Line;
import vn.plantrack.reporting.export.Document.PageBreak;
import vn.plantrack.reporting.export.Document.Paragraph;
import vn.plantrack.reporting.export.Document.Rule;
import vn.plantrack.reporting.export.Document.Signature;
import vn.plantrack.reporting.export.Document.Size;
import vn.plantrack.reporting.export.Document.Span;
import vn.plantrack.reporting.export.Document.Style;
import vn.plantrack.reporting.export.Document.Table;

/**
 * Lays a {@link Document} out with POI as Word lays out an administrative text: A4, Times New Roman
 * (13 pt body), margins of Nghị định 30 (top/bottom 2 cm, left 3 cm, right 2 cm; 2 cm left on
 * landscape pages), body paragraphs justified with the first line indented 1 cm, the heading and
 * signature as borderless tables, bordered tables whose header row repeats on each page, a section
 * per orientation, and the page number at the top centre from page 2.
 */
final class DocxRenderer {
  static final String FONT = "Times New Roman";

  /** A4 in twips. */
  private static final int A4_SHORT = 11906;

  private static final int A4_LONG = 16838;
  static final int CM = 567;
  static final int PORTRAIT_WIDTH = A4_SHORT - 5 * CM;
  static final int LANDSCAPE_WIDTH = A4_LONG - 4 * CM;

  /** How many underscores a rule across the whole text width takes in Times New Roman 13. */
  private static final int RULE_CHARS = 70;

  private final XWPFDocument doc;
  private final List<CTSectPr> sections = new ArrayList<>();
  private boolean landscape;

  private DocxRenderer(XWPFDocument doc) {
    this.doc = doc;
  }

  static void write(Document d, OutputStream out, IntConsumer progress) throws IOException {
    Progress p = new Progress(progress, d.pages());
    try (XWPFDocument doc = new XWPFDocument()) {
      defaults(doc, d.info());
      DocxRenderer r = new DocxRenderer(doc);
      for (Block b : d.pages()) {
        r.block(b, p);
      }
      CTSectPr last =
          doc.getDocument().getBody().isSetSectPr()
              ? doc.getDocument().getBody().getSectPr()
              : doc.getDocument().getBody().addNewSectPr();
      page(last, r.landscape);
      if (d.pageNumbers()) {
        r.pageNumbers(r.sections.isEmpty() ? last : r.sections.get(0));
      }
      doc.write(out);
      out.flush();
    }
    p.finished();
  }

  private void block(Block b, Progress p) {
    if (b instanceof Table t) {
      p.step();
      DocxTables.table(doc, t, landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH, p);
      return;
    }
    if (b instanceof AdministrativeHeader h) {
      heading(h);
    } else if (b instanceof Paragraph para) {
      paragraph(para);
    } else if (b instanceof Heading h) {
      XWPFParagraph para = bodyParagraph();
      para.setKeepNext(true);
      if (h.level() == 1) {
        para.setSpacingBefore(120);
      }
      run(para, h.text(), h.level() == 1 ? Style.BOLD : Style.BOLD_ITALIC, Size.BODY);
    } else if (b instanceof Rule rule) {
      center(rule(rule.share()), Style.REGULAR, Size.BODY);
    } else if (b instanceof Blank) {
      doc.createParagraph().setSpacingAfter(0);
    } else if (b instanceof Signature s) {
      signature(s);
    } else if (b instanceof PageBreak br) {
      pageBreak(br.landscape());
    } else {
      throw new IllegalArgumentException("a paged document has no place for " + b);
    }
    p.step();
  }

  // ---- blocks

  /** Issuing body left (40 %), national name and motto right (60 %); centred, no borders. */
  private void heading(AdministrativeHeader h) {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    t.setTableAlignment(TableRowAlign.CENTER);
    DocxTables.widths(t, new int[] {40, 60}, PORTRAIT_WIDTH + CM);
    lines(t.getRow(0).getCell(0), h.left(), 0.4f, ParagraphAlignment.CENTER);
    lines(t.getRow(0).getCell(1), h.right(), 0.6f, ParagraphAlignment.CENTER);
  }

  /** The recipients left-aligned, the signer centred; half the width each, no borders. */
  private void signature(Signature s) {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    DocxTables.widths(t, new int[] {50, 50}, PORTRAIT_WIDTH);
    lines(t.getRow(0).getCell(0), s.recipients(), 0.5f, ParagraphAlignment.LEFT);
    lines(t.getRow(0).getCell(1), s.signer(), 0.5f, ParagraphAlignment.CENTER);
  }

  /** The lines of a borderless cell; a line's rule is a line of underscores under it. */
  private static void lines(
      XWPFTableCell cell, List<Line> lines, float share, ParagraphAlignment a) {
    boolean first = true;
    for (Line l : lines) {
      line(cell, l.text(), l.style(), l.size(), a, first);
      first = false;
      if (l.rule() > 0) {
        line(cell, rule(l.rule() * share), Style.REGULAR, Size.BODY, a, false);
      }
    }
  }

  private static String rule(float share) {
    return "_".repeat(Math.max(1, Math.round(share * RULE_CHARS)));
  }

  private void paragraph(Paragraph para) {
    XWPFParagraph p;
    if (para.centered()) {
      p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingAfter(0);
    } else {
      p = bodyParagraph();
    }
    for (Span s : para.spans()) {
      run(p, s.text(), s.style(), para.size());
    }
  }

  private void center(String text, Style style, Size size) {
    paragraph(new Paragraph(List.of(new Span(text, style)), size, true));
  }

  /** Justified, first line indented 1 cm, 6 pt after: the body text of an administrative text. */
  private XWPFParagraph bodyParagraph() {
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
      Style style,
      Size size,
      ParagraphAlignment align,
      boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(0);
    run(p, text, style, size);
  }

  /** A run in Times New Roman; line breaks in {@code text} become breaks. */
  static XWPFRun run(XWPFParagraph p, String text, Style style, Size size) {
    XWPFRun run = p.createRun();
    // In the order of the schema's w:rPr (rFonts, b, i, sz), which older Word versions expect.
    run.setFontFamily(FONT);
    if (style == Style.BOLD || style == Style.BOLD_ITALIC) {
      run.setBold(true);
    }
    if (style == Style.ITALIC || style == Style.BOLD_ITALIC) {
      run.setItalic(true);
    }
    run.setFontSize(points(size));
    String[] lines = XlsxRenderer.text(text).replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
    return run;
  }

  static int points(Size size) {
    return switch (size) {
      case TITLE -> 14;
      case BODY -> 13;
      case SMALL, TABLE -> 12;
      case ANNEX -> 11;
    };
  }

  // ---- pages

  /** The same orientation: a page break; another: the current section ends here. */
  private void pageBreak(boolean toLandscape) {
    if (toLandscape == landscape) {
      doc.createParagraph().setPageBreak(true);
      return;
    }
    CTSectPr ended = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
    page(ended, landscape);
    sections.add(ended);
    landscape = toLandscape;
  }

  private static void defaults(XWPFDocument doc, Document.Info info) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(info.title());
    core.setCreator(info.author());
    core.setSubjectProperty(info.subject());
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

  /** The page number at the top centre of every section; the first page (titlePg) has none. */
  private void pageNumbers(CTSectPr first) {
    first.addNewTitlePg();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p =
        header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    var r = field.addNewR();
    var rPr = r.addNewRPr();
    rPr.addNewRFonts().setAscii(FONT);
    rPr.addNewSz().setVal(BigInteger.valueOf(2L * points(Size.BODY)));
    r.addNewT().setStringValue("1");
    // Each earlier section shows the same header (a section without one shows none).
    for (CTSectPr section : sections) {
      for (CTHdrFtrRef ref : doc.getDocument().getBody().getSectPr().getHeaderReferenceArray()) {
        CTHdrFtrRef copy = section.addNewHeaderReference();
        copy.setId(ref.getId());
        copy.setType(ref.getType());
      }
    }
  }
}
