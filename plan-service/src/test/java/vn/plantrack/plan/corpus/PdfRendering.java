package vn.plantrack.plan.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.plantrack.plan.reading.rows.ColumnMapper;

/**
 * A corpus document as a PDF, typeset with PDFBox in a Vietnamese-capable TrueType font (DejaVu):
 * A4, wrapped paragraphs, the masthead's two blocks side by side, tables with borders, centred
 * header cells, wrapped cells, a section row's title across the merged cells, rows moved whole to
 * the next page with the header repeated there. {@link #scan} makes the scanned copy: each page
 * rendered at 300 dpi in grey, lightly blurred and speckled, compressed as JPEG, wrapped back into
 * a PDF with no text layer.
 */
final class PdfRendering {
  private static final float MARGIN = 56;
  private static final float SIZE = 10;
  private static final float LEADING = 13;
  private static final float PAD = 4;

  private final PDDocument doc;
  private final PDFont font;
  private PDPageContentStream content;
  private float y;

  private PdfRendering(PDDocument doc, PDFont font) {
    this.doc = doc;
    this.font = font;
  }

  static File fontFile() {
    File system = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    if (system.isFile()) {
      return system;
    }
    // The repository's own copy (reporting-service typesets its reports with it).
    File repo = new File("../reporting-service/src/main/resources/fonts/DejaVuSerif.ttf");
    if (!repo.isFile()) {
      throw new IllegalStateException("no DejaVu font: install fonts-dejavu-core");
    }
    return repo;
  }

  static byte[] render(CorpusPlan plan) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfRendering r = new PdfRendering(doc, PDType0Font.load(doc, fontFile()));
      r.newPage();
      for (CorpusPlan.Block block : plan.blocks()) {
        if (block instanceof CorpusPlan.Paragraph p) {
          r.paragraph(p.text());
        } else if (block instanceof CorpusPlan.SideBySide s) {
          r.sideBySide(s.left(), s.right());
        } else if (block instanceof CorpusPlan.PageBreak) {
          r.newPage();
        } else if (block instanceof CorpusPlan.Table t) {
          r.table(t);
        }
      }
      r.content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    content.setLineWidth(0.6f);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  private void paragraph(String text) throws IOException {
    if (text.isBlank()) {
      y -= LEADING / 2;
      return;
    }
    for (String line : wrap(text, width())) {
      ensure(LEADING);
      write(line, MARGIN, y - SIZE);
      y -= LEADING;
    }
    y -= 2;
  }

  private void sideBySide(String left, String right) throws IOException {
    ensure(LEADING);
    float half = width() / 2;
    write(left, MARGIN + (half - textWidth(left)) / 2, y - SIZE);
    write(right, MARGIN + half + (half - textWidth(right)) / 2, y - SIZE);
    y -= LEADING + 2;
  }

  private void table(CorpusPlan.Table t) throws IOException {
    float[] widths = widths(t.header());
    y -= 4;
    ensure(rowHeight(t.header(), widths) + LEADING * 3);
    row(t.header(), widths, true);
    for (List<String> cells : t.rows()) {
      float height = rowHeight(cells, widths);
      if (y - height < MARGIN) {
        newPage();
        row(t.header(), widths, true);
      }
      row(cells, widths, false);
    }
    y -= LEADING;
  }

  private float[] widths(List<String> header) {
    float[] weights = new float[header.size()];
    float total = 0;
    for (int i = 0; i < header.size(); i++) {
      weights[i] =
          switch (ColumnMapper.meaningOf(header.get(i))) {
            case CODE -> 0.55f;
            case TASK, INDICATOR_NAME -> 4f;
            case LEAD, COOPERATING, MONITORING -> 2f;
            case UNIT -> 1.1f;
            case TARGET, BASELINE -> 1.05f;
            default -> 1.5f;
          };
      total += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weights[i] / total * width();
    }
    return weights;
  }

  /** The cells as laid out: a short row's last cell takes the remaining columns. */
  private List<float[]> spans(List<String> cells, float[] widths) {
    List<float[]> spans = new ArrayList<>();
    float x = MARGIN;
    for (int c = 0; c < cells.size(); c++) {
      float w = 0;
      int last = c == cells.size() - 1 ? widths.length - 1 : c;
      for (int k = c; k <= last; k++) {
        w += widths[k];
      }
      spans.add(new float[] {x, w});
      x += w;
    }
    return spans;
  }

  private float rowHeight(List<String> cells, float[] widths) throws IOException {
    List<float[]> spans = spans(cells, widths);
    int lines = 1;
    for (int c = 0; c < cells.size(); c++) {
      lines = Math.max(lines, wrap(cells.get(c), spans.get(c)[1] - 2 * PAD).size());
    }
    return lines * LEADING + 2 * PAD;
  }

  private void row(List<String> cells, float[] widths, boolean header) throws IOException {
    float height = rowHeight(cells, widths);
    List<float[]> spans = spans(cells, widths);
    for (int c = 0; c < cells.size(); c++) {
      float x = spans.get(c)[0];
      float w = spans.get(c)[1];
      content.addRect(x, y - height, w, height);
      content.stroke();
      float line = y - PAD - SIZE;
      for (String text : wrap(cells.get(c), w - 2 * PAD)) {
        float at = header ? x + (w - textWidth(text)) / 2 : x + PAD;
        write(text, at, line);
        line -= LEADING;
      }
    }
    y -= height;
  }

  private void write(String text, float x, float baseline) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, SIZE);
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }

  private float textWidth(String text) throws IOException {
    return font.getStringWidth(text) / 1000 * SIZE;
  }

  private List<String> wrap(String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && textWidth(candidate) > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The scanned copy of a PDF: pages as noisy grey images, no text layer. */
  static byte[] scan(byte[] pdf, long seed) throws IOException {
    Random random = new Random(seed);
    try (PDDocument source = Loader.loadPDF(pdf);
        PDDocument scanned = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int p = 0; p < source.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 300, ImageType.GRAY);
        float[] blur = {0.05f, 0.1f, 0.05f, 0.1f, 0.4f, 0.1f, 0.05f, 0.1f, 0.05f};
        BufferedImage blurred =
            new ConvolveOp(new Kernel(3, 3, blur), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
        var raster = blurred.getRaster();
        int specks = blurred.getWidth() * blurred.getHeight() / 500;
        for (int i = 0; i < specks; i++) {
          int x = random.nextInt(blurred.getWidth());
          int yy = random.nextInt(blurred.getHeight());
          raster.setSample(x, yy, 0, 150 + random.nextInt(100));
        }
        PDPage page = new PDPage(PDRectangle.A4);
        scanned.addPage(page);
        PDImageXObject jpeg = JPEGFactory.createFromImage(scanned, blurred, 0.8f);
        try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
          content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      scanned.save(out);
      return out.toByteArray();
    }
  }
}
