package vn.plantrack.plan.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF → text. Each page's text layer gives its words with their boxes ({@link PageLayout} puts
 * them in reading order and rebuilds tables from where they stand); a page without one (a scan) is
 * rendered at 300 dpi and read by OCR ({@link Ocr}), with the same layout rules on OCR's boxes. The
 * document's format is PDF when every page had a text layer, PDF_SCAN when one was read by OCR.
 */
final class PdfToText {
  /** Fewer characters than this in a page's text layer: the page is an image. */
  private static final int SCANNED_BELOW = 20;

  static final int DPI = 300;

  private PdfToText() {}

  static DocumentText read(byte[] pdf, Ocr ocr, int maxPages) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted()) {
        throw new UnreadableDocument("the PDF is encrypted");
      }
      int pages = document.getNumberOfPages();
      if (pages > maxPages) {
        throw new DocumentTooLarge("the PDF has " + pages + " pages; at most " + maxPages);
      }
      TextBuilder out = new TextBuilder();
      PageLayout.Table open = null;
      int[] tables = {0};
      boolean scanned = false;
      PDFRenderer renderer = null;
      for (int p = 1; p <= pages; p++) {
        List<Word> words = words(document, p);
        PageLayout.Digits digits = w -> java.util.Optional.empty();
        boolean domainWords = false;
        String page = "p. " + p;
        if (words.stream().mapToInt(w -> w.text().length()).sum() < SCANNED_BELOW) {
          if (renderer == null) {
            renderer = new PDFRenderer(document);
          }
          BufferedImage image = renderer.renderImageWithDPI(p - 1, DPI, ImageType.GRAY);
          Ocr.Page read = ocr.page(image);
          words = read.words();
          digits = read.digits();
          domainWords = read.marked();
          scanned = true;
          page = "p. " + p + " (OCR)";
        }
        int before = out.size();
        open = PageLayout.write(words, page, out, open, tables, digits, domainWords);
        if (scanned) {
          Ocr.doubts(out, before);
        }
      }
      return out.build(scanned ? "PDF_SCAN" : "PDF");
    }
  }

  private static List<Word> words(PDDocument document, int page) throws IOException {
    Collector collector = new Collector();
    collector.setStartPage(page);
    collector.setEndPage(page);
    collector.setSortByPosition(true);
    collector.getText(document);
    return collector.words;
  }

  /** The text stripper, kept for its words and their positions. */
  private static final class Collector extends PDFTextStripper {
    private final List<Word> words = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      // The stripper hands over one word at a time; split anyway on spaces it kept.
      int start = 0;
      for (int i = 0; i <= positions.size(); i++) {
        boolean space = i == positions.size() || positions.get(i).getUnicode().isBlank();
        if (space) {
          if (i > start) {
            words.add(word(positions.subList(start, i)));
          }
          start = i + 1;
        }
      }
    }

    private static Word word(List<TextPosition> glyphs) {
      StringBuilder text = new StringBuilder();
      double x0 = Double.MAX_VALUE;
      double x1 = 0;
      double y0 = Double.MAX_VALUE;
      double y1 = 0;
      for (TextPosition g : glyphs) {
        text.append(g.getUnicode());
        x0 = Math.min(x0, g.getXDirAdj());
        x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
        double size = g.getFontSizeInPt() > 0 ? g.getFontSizeInPt() : g.getHeightDir();
        y0 = Math.min(y0, g.getYDirAdj() - size * 0.75);
        y1 = Math.max(y1, g.getYDirAdj() + size * 0.2);
      }
      return new Word(
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), x0, y0, x1, y1, 100);
    }
  }
}
