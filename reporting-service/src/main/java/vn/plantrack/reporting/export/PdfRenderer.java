package vn.plantrack.reporting.export;

import static vn.plantrack.reporting.export.PdfLayout.CM;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.plantrack.reporting.export.Document.AdministrativeHeader;
import vn.plantrack.reporting.export.Document.Align;
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
import vn.plantrack.reporting.export.Document.Table;
import vn.plantrack.reporting.export.PdfLayout.ColumnLine;

/**
 * Lays a {@link Document} out as a PDF on {@link PdfLayout}: A4 pages, portrait until a page break
 * turns them landscape, body text at 11 pt indented 1 cm, the heading in two columns with drawn
 * rules, tables with a repeated header, page numbers at the top centre from page 2. DejaVu Serif is
 * embedded (subset), so every Vietnamese letter — ệ, ộ, ữ, ẫ, ằ, Đ — renders on any reader and the
 * text can be searched and copied.
 */
final class PdfRenderer {
  private static final float INDENT = 1 * CM;

  /** The creation date is Vietnam's time (UTC+7). */
  private static final String VIETNAM = "Asia/Ho_Chi_Minh";

  private final PdfLayout layout;

  /** Whether the block before was a centred title line (body text then keeps some distance). */
  private boolean afterTitle;

  private PdfRenderer(PdfLayout layout) {
    this.layout = layout;
  }

  static void write(Document d, OutputStream out, IntConsumer progress) throws IOException {
    Progress p = new Progress(progress, d.pages());
    try (PDDocument doc = new PDDocument();
        PdfLayout layout = new PdfLayout(doc)) {
      info(doc, d.info());
      layout.newPage(false);
      PdfRenderer r = new PdfRenderer(layout);
      for (Block b : d.pages()) {
        r.block(b, p);
      }
      if (d.pageNumbers()) {
        layout.pageNumbers(points(Size.SMALL));
      }
      doc.save(out);
      out.flush();
    }
    p.finished();
  }

  private static void info(PDDocument doc, Document.Info i) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(i.title());
    info.setAuthor(i.author());
    info.setSubject(i.subject());
    info.setCreator(i.creator());
    Calendar now = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM));
    info.setCreationDate(now);
    doc.getDocumentCatalog().setLanguage(i.language());
  }

  private void block(Block b, Progress p) throws IOException {
    if (b instanceof Table t) {
      p.step();
      layout.table(t.columns(), t.rows(), points(t.size()), p::step);
      return;
    }
    if (b instanceof AdministrativeHeader h) {
      // Half a point smaller than the text, so the issuing body's name fits its column.
      layout.twoColumns(
          0.4f,
          0.5f * CM,
          lines(h.left(), Align.CENTER, 0.5f),
          lines(h.right(), Align.CENTER, 0.5f));
    } else if (b instanceof Paragraph para) {
      float size = points(para.size());
      if (para.centered()) {
        layout.paragraph(para.spans(), Align.CENTER, size, 0, 3);
      } else {
        layout.gap(afterTitle ? 8 : 0);
        layout.paragraph(para.spans(), Align.LEFT, size, INDENT, 4);
      }
    } else if (b instanceof Heading h) {
      float size = points(Size.BODY);
      if (h.level() == 1) {
        layout.gap(4);
        layout.keep(6 * size);
        layout.paragraph(List.of(Span.bold(h.text())), Align.LEFT, size, 0, 3);
      } else {
        layout.keep(5 * size);
        layout.paragraph(List.of(Span.bold(h.text())), Align.LEFT, size, INDENT, 3);
      }
    } else if (b instanceof Rule rule) {
      layout.rule(rule.share());
    } else if (b instanceof Blank) {
      layout.gap(points(Size.BODY));
    } else if (b instanceof Signature s) {
      layout.gap(6);
      layout.twoColumns(
          0.5f, 0, lines(s.recipients(), Align.LEFT, 0), lines(s.signer(), Align.CENTER, 0));
    } else if (b instanceof PageBreak br) {
      layout.newPage(br.landscape());
    } else {
      throw new IllegalArgumentException("a paged document has no place for " + b);
    }
    afterTitle = b instanceof Paragraph title && title.centered();
    p.step();
  }

  private static List<ColumnLine> lines(List<Line> lines, Align align, float smaller) {
    return lines.stream()
        .map(l -> new ColumnLine(l.text(), l.style(), points(l.size()) - smaller, l.rule(), align))
        .toList();
  }

  static float points(Size size) {
    return switch (size) {
      case TITLE -> 12;
      case BODY -> 11;
      case SMALL -> 10;
      case TABLE -> 9;
      case ANNEX -> 8;
    };
  }
}
