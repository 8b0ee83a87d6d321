package vn.plantrack.reporting.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.plantrack.reporting.export.Document.Span;
import vn.plantrack.reporting.export.Document.Style;

/**
 * Text for the PDF: DejaVu Serif (regular, bold, italic), embedded as subsets and loaded from the
 * classpath, which covers every Vietnamese letter; spans cut into words and wrapped into lines. A
 * character the font lacks is drawn as "?"; bold italic is drawn bold.
 */
final class PdfTypesetter implements Closeable {
  /** The fonts, read once from the classpath (resources/fonts, with the licence). */
  private static final byte[] REGULAR = resource("/fonts/DejaVuSerif.ttf");

  private static final byte[] BOLD = resource("/fonts/DejaVuSerif-Bold.ttf");
  private static final byte[] ITALIC = resource("/fonts/DejaVuSerif-Italic.ttf");

  private final PDDocument doc;
  private final List<TrueTypeFont> ttfs = new ArrayList<>();
  private final Font regular;
  private final Font bold;
  private final Font italic;

  PdfTypesetter(PDDocument doc) throws IOException {
    this.doc = doc;
    regular = font(REGULAR);
    bold = font(BOLD);
    italic = font(ITALIC);
  }

  /**
   * A font whose glyphs are drawn one per character, as {@link Font#width} measures them: without
   * its glyph substitutions (GSUB), whose only work on Latin text is to join "ff", "fl" and "ffi"
   * (nothing in Vietnamese words), and which PDFBox prepares anew on every {@code showText}, more
   * than half the time of a long report.
   */
  private Font font(byte[] bytes) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    ttf.setEnableGsub(false);
    ttfs.add(ttf);
    return new Font(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
  }

  Font font(Style style) {
    return switch (style) {
      case REGULAR -> regular;
      case BOLD, BOLD_ITALIC -> bold;
      case ITALIC -> italic;
    };
  }

  @Override
  public void close() throws IOException {
    for (TrueTypeFont ttf : ttfs) {
      ttf.close();
    }
  }

  /** A word in a font; {@code gap}: the spaces before it (kept, as in "Số: /BC-…"). */
  record Word(String text, Font font, int gap) {}

  List<Word> words(List<Span> spans) {
    List<Word> words = new ArrayList<>();
    int gap = 0;
    for (Span span : spans) {
      Font f = font(span.style());
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
  static List<List<Word>> wrap(List<Word> words, float size, float max, float firstIndent) {
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

  /** A font and its Unicode map, to tell which characters it can draw. */
  static final class Font {
    final PDType0Font pd;
    private final CmapLookup cmap;

    /**
     * Each character's advance (PDFBox looks it up anew on every call, and tables measure a lot).
     */
    private final Map<Integer, Float> advances = new HashMap<>();

    Font(PDType0Font pd, CmapLookup cmap) {
      this.pd = pd;
      this.cmap = cmap;
    }

    /**
     * The text's width: its characters' advances summed in order, as PDFBox's {@code
     * getStringWidth} sums them, each looked up once.
     */
    float width(String text, float size) {
      float width = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        width += advances.computeIfAbsent(cp, this::advance);
        i += Character.charCount(cp);
      }
      return width / 1000 * size;
    }

    private float advance(int cp) {
      try {
        return pd.getStringWidth(new String(Character.toChars(cp)));
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
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        i += Character.charCount(cp);
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
      }
      return out.toString();
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfTypesetter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
