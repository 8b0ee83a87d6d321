package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flow layout on PDFBox: paragraphs of mixed regular/bold/italic text wrapped at word
 * boundaries, bordered tables whose header repeats on each page (a row taller than a page is
 * split), portrait or landscape A4 pages, page numbers. Text is drawn in DejaVu Serif, embedded as
 * a subset and loaded from the classpath, which covers every Vietnamese letter; a character the
 * font lacks is drawn as "?".
 */
final class PdfLayout implements AutoCloseable {
  static final float CM = 72f / 2.54f;

  /** The fonts, read once from the classpath (resources/fonts, with the licence). */
  private static final byte[] REGULAR = resource("/fonts/DejaVuSerif.ttf");

  private static final byte[] BOLD = resource("/fonts/DejaVuSerif-Bold.ttf");
  private static final byte[] ITALIC = resource("/fonts/DejaVuSerif-Italic.ttf");

  enum Style {
    REGULAR,
    BOLD,
    ITALIC
  }

  enum Align {
    LEFT,
    CENTER
  }

  /** A piece of a paragraph in one style. */
  record Span(String text, Style style) {
    static Span of(String text) {
      return new Span(text, Style.REGULAR);
    }

    static Span bold(String text) {
      return new Span(text, Style.BOLD);
    }

    static Span italic(String text) {
      return new Span(text, Style.ITALIC);
    }
  }

  /** A table column: its share of the width and how its cells align. */
  record Column(String header, float weight, Align align) {}

  private final PDDocument doc;
  private final List<TrueTypeFont> ttfs = new ArrayList<>();
  private final Font[] fonts = new Font[Style.values().length];
  private PDPageContentStream stream;
  private PDRectangle box;
  private float left;
  private float right;
  private float top;
  private float bottom;
  private float y;

  PdfLayout(PDDocument doc) throws IOException {
    this.doc = doc;
    fonts[Style.REGULAR.ordinal()] = font(REGULAR);
    fonts[Style.BOLD.ordinal()] = font(BOLD);
    fonts[Style.ITALIC.ordinal()] = font(ITALIC);
  }

  private Font font(byte[] bytes) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    ttfs.add(ttf);
    return new Font(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
  }

  PDType0Font pdFont(Style style) {
    return fonts[style.ordinal()].pd;
  }

  // ---- pages

  /** Starts an A4 page; margins of Nghị định 30 (left 3 cm in portrait, 2 cm elsewhere). */
  void newPage(boolean landscape) throws IOException {
    endPage();
    box =
        landscape
            ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
            : PDRectangle.A4;
    PDPage page = new PDPage(box);
    doc.addPage(page);
    stream = new PDPageContentStream(doc, page);
    left = landscape ? 2 * CM : 3 * CM;
    right = box.getWidth() - 2 * CM;
    top = box.getHeight() - 2 * CM;
    bottom = 2 * CM;
    y = top;
  }

  private void continuePage() throws IOException {
    newPage(box.getWidth() > box.getHeight());
  }

  float width() {
    return right - left;
  }

  void gap(float points) {
    y -= points;
  }

  /** Starts a new page unless {@code points} are left (keeps a heading with what follows). */
  void keep(float points) throws IOException {
    if (y - points < bottom) {
      continuePage();
    }
  }

  private void endPage() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  /** Numbers the pages at the top centre, from the second page on. */
  void pageNumbers(float size) throws IOException {
    endPage();
    Font f = fonts[Style.REGULAR.ordinal()];
    int n = doc.getNumberOfPages();
    for (int i = 1; i < n; i++) {
      PDPage page = doc.getPage(i);
      PDRectangle b = page.getMediaBox();
      try (PDPageContentStream s =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String text = Integer.toString(i + 1);
        s.beginText();
        s.setFont(f.pd, size);
        s.newLineAtOffset((b.getWidth() - f.width(text, size)) / 2, b.getHeight() - 1.2f * CM);
        s.showText(text);
        s.endText();
      }
    }
  }

  @Override
  public void close() throws IOException {
    endPage();
    for (TrueTypeFont ttf : ttfs) {
      ttf.close();
    }
  }

  // ---- text

  /** A paragraph across the page's width. */
  void paragraph(List<Span> spans, Align align, float size, float firstIndent, float after)
      throws IOException {
    float leading = size * 1.35f;
    List<List<Word>> lines = wrap(words(spans), size, width(), firstIndent);
    for (int i = 0; i < lines.size(); i++) {
      if (y - leading < bottom) {
        continuePage();
      }
      y -= leading;
      float indent = i == 0 ? firstIndent : 0;
      drawLine(lines.get(i), size, left + indent, left + width(), align, y + size * 0.25f);
    }
    y -= after;
  }

  void paragraph(String text, Style style, Align align, float size, float after)
      throws IOException {
    paragraph(List.of(new Span(text, style)), align, size, 0, after);
  }

  /**
   * Two columns of centred lines side by side (the heading of an administrative document). A line
   * whose rule is above 0 gets a short rule below it, that share of the column wide.
   */
  void twoColumns(float leftShare, List<HeadingLine> leftLines, List<HeadingLine> rightLines)
      throws IOException {
    float split = left + width() * leftShare;
    float leftBottom = column(leftLines, left - 0.5f * CM, split, y);
    float rightBottom = column(rightLines, split, right + 0.5f * CM, y);
    y = Math.min(leftBottom, rightBottom);
  }

  record HeadingLine(String text, Style style, float size, float rule) {}

  private float column(List<HeadingLine> lines, float from, float to, float startY)
      throws IOException {
    float at = startY;
    for (HeadingLine l : lines) {
      float leading = l.size() * 1.3f;
      for (List<Word> line :
          wrap(words(List.of(new Span(l.text(), l.style()))), l.size(), to - from, 0)) {
        at -= leading;
        drawLine(line, l.size(), from, to, Align.CENTER, at + l.size() * 0.25f);
      }
      if (l.rule() > 0) {
        float w = (to - from) * l.rule();
        float mid = (from + to) / 2;
        stream.setLineWidth(0.6f);
        // Below the under-dots (ạ, ọ, ệ …) of the line above.
        stream.moveTo(mid - w / 2, at - 4.5f);
        stream.lineTo(mid + w / 2, at - 4.5f);
        stream.stroke();
        at -= 7;
      }
    }
    return at;
  }

  // ---- tables

  /**
   * A bordered table across the page: the bold header row on a grey ground, repeated at the top of
   * each new page; a row that does not fit moves to the next page, one taller than a page is split.
   */
  void table(List<Column> columns, List<List<String>> rows, float size) throws IOException {
    float total = 0;
    for (Column c : columns) {
      total += c.weight();
    }
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width() * columns.get(i).weight() / total;
    }
    List<String> headers = columns.stream().map(Column::header).toList();
    List<List<List<Word>>> header = cells(headers, Style.BOLD, widths, size);
    float headerHeight = height(header, size);
    if (y - headerHeight - lineHeight(size) - 2 * PAD < bottom) {
      continuePage();
    }
    drawRow(header, columns, widths, size, 0, lines(header), true);
    for (List<String> row : rows) {
      List<List<List<Word>>> cells = cells(row, Style.REGULAR, widths, size);
      int lines = lines(cells);
      float full = height(cells, size);
      if (y - full < bottom && full <= top - bottom - headerHeight) {
        continuePage();
        drawRow(header, columns, widths, size, 0, lines(header), true);
      }
      int from = 0;
      while (from < lines) {
        int fit = (int) ((y - bottom - 2 * PAD) / lineHeight(size));
        if (fit <= 0) {
          continuePage();
          drawRow(header, columns, widths, size, 0, lines(header), true);
          continue;
        }
        int to = Math.min(lines, from + fit);
        drawRow(cells, columns, widths, size, from, to, false);
        from = to;
      }
    }
    y -= 6;
  }

  private static final float PAD = 3;

  private static float lineHeight(float size) {
    return size * 1.3f;
  }

  private List<List<List<Word>>> cells(
      List<String> values, Style style, float[] widths, float size) {
    List<List<List<Word>>> out = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      String v = i < values.size() ? values.get(i) : "";
      List<List<Word>> lines = new ArrayList<>();
      for (String paragraph : (v == null ? "" : v).split("\\R", -1)) {
        lines.addAll(
            wrap(words(List.of(new Span(paragraph, style))), size, widths[i] - 2 * PAD, 0));
      }
      out.add(lines);
    }
    return out;
  }

  private static int lines(List<List<List<Word>>> cells) {
    int n = 1;
    for (List<List<Word>> c : cells) {
      n = Math.max(n, c.size());
    }
    return n;
  }

  private static float height(List<List<List<Word>>> cells, float size) {
    return lines(cells) * lineHeight(size) + 2 * PAD;
  }

  /** Draws lines [from, to) of a row's cells, with their borders. */
  private void drawRow(
      List<List<List<Word>>> cells,
      List<Column> columns,
      float[] widths,
      float size,
      int from,
      int to,
      boolean header)
      throws IOException {
    float h = (to - from) * lineHeight(size) + 2 * PAD;
    float x = left;
    if (header) {
      stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
      stream.addRect(left, y - h, width(), h);
      stream.fill();
      stream.setNonStrokingColor(0f, 0f, 0f);
    }
    stream.setLineWidth(0.5f);
    for (int i = 0; i < widths.length; i++) {
      stream.addRect(x, y - h, widths[i], h);
      stream.stroke();
      List<List<Word>> lines = cells.get(i);
      Align align = header ? Align.CENTER : columns.get(i).align();
      for (int l = from; l < to && l < lines.size(); l++) {
        float baseline = y - PAD - (l - from + 1) * lineHeight(size) + size * 0.3f;
        drawLine(lines.get(l), size, x + PAD, x + widths[i] - PAD, align, baseline);
      }
      x += widths[i];
    }
    y -= h;
  }

  // ---- words and lines

  /** A word in a font; {@code gap}: the spaces before it (kept, as in "Số: /BC-…"). */
  private record Word(String text, Font font, int gap) {}

  private List<Word> words(List<Span> spans) {
    List<Word> words = new ArrayList<>();
    int gap = 0;
    for (Span span : spans) {
      Font f = fonts[span.style().ordinal()];
      String text = f.clean(span.text());
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) == ' ') {
          gap++;
          i++;
          continue;
        }
        int end = text.indexOf(' ', i);
        end = end < 0 ? text.length() : end;
        words.add(new Word(text.substring(i, end), f, words.isEmpty() ? 0 : gap));
        gap = 0;
        i = end;
      }
    }
    return words;
  }

  /** Greedy wrapping; a word wider than a line is cut. Always at least one (maybe empty) line. */
  private static List<List<Word>> wrap(List<Word> words, float size, float max, float firstIndent) {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float used = 0;
    float limit = max - firstIndent;
    for (Word w : words) {
      float space = line.isEmpty() ? 0 : w.gap() * w.font().width(" ", size);
      float ww = w.font().width(w.text(), size);
      if (used + space + ww <= limit) {
        line.add(line.isEmpty() ? new Word(w.text(), w.font(), 0) : w);
        used += space + ww;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
        limit = max;
      }
      String rest = w.text();
      while (w.font().width(rest, size) > limit && rest.length() > 1) {
        int cut = cut(rest, w.font(), size, limit);
        lines.add(List.of(new Word(rest.substring(0, cut), w.font(), 0)));
        rest = rest.substring(cut);
        limit = max;
      }
      line.add(new Word(rest, w.font(), 0));
      used = w.font().width(rest, size);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /**
   * How many chars of {@code s} fit in {@code max} (at least one; never splits a surrogate pair).
   */
  private static int cut(String s, Font f, float size, float max) {
    int cut = s.length() - 1;
    while (cut > 1 && f.width(s.substring(0, cut), size) > max) {
      cut--;
    }
    if (Character.isHighSurrogate(s.charAt(cut - 1)) && cut > 1) {
      cut--;
    }
    return Math.max(1, cut);
  }

  /** Draws a line; neighbouring words in one font go out as one string, spaces included. */
  private void drawLine(
      List<Word> line, float size, float from, float to, Align align, float baseline)
      throws IOException {
    if (line.isEmpty()) {
      return;
    }
    List<StringBuilder> texts = new ArrayList<>();
    List<Font> runFonts = new ArrayList<>();
    for (Word w : line) {
      if (!runFonts.isEmpty() && runFonts.get(runFonts.size() - 1) == w.font()) {
        texts.get(texts.size() - 1).append(" ".repeat(w.gap())).append(w.text());
      } else {
        if (!texts.isEmpty()) {
          texts.get(texts.size() - 1).append(" ".repeat(w.gap()));
        }
        texts.add(new StringBuilder(w.text()));
        runFonts.add(w.font());
      }
    }
    float total = 0;
    float[] widths = new float[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      widths[i] = runFonts.get(i).width(texts.get(i).toString(), size);
      total += widths[i];
    }
    float x = align == Align.CENTER ? from + Math.max(0, (to - from - total) / 2) : from;
    for (int i = 0; i < texts.size(); i++) {
      stream.beginText();
      stream.setFont(runFonts.get(i).pd, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(texts.get(i).toString());
      stream.endText();
      x += widths[i];
    }
  }

  // ---- fonts

  /** A font and its Unicode map, to tell which characters it can draw. */
  private static final class Font {
    final PDType0Font pd;
    final CmapLookup cmap;

    Font(PDType0Font pd, CmapLookup cmap) {
      this.pd = pd;
      this.cmap = cmap;
    }

    float width(String text, float size) {
      try {
        return pd.getStringWidth(text) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * One line the font can draw: composed (NFC, so "ệ" is one glyph), controls and odd spaces as a
     * space, characters without a glyph as "?".
     */
    String clean(String text) {
      if (text == null || text.isEmpty()) {
        return "";
      }
      String t = Normalizer.normalize(text, Normalizer.Form.NFC);
      StringBuilder out = new StringBuilder(t.length());
      t.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp)
                    || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || (cp >= 0x200B && cp <= 0x200F)
                    || cp == 0xFEFF) {
                  out.append(' ');
                } else if (cmap.getGlyphId(cp) > 0) {
                  out.appendCodePoint(cp);
                } else {
                  out.append('?');
                }
              });
      return out.toString();
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfLayout.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
