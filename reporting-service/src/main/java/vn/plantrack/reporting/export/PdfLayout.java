package vn.plantrack.reporting.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.plantrack.reporting.export.Document.Align;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Column;
import vn.plantrack.reporting.export.Document.Row;
import vn.plantrack.reporting.export.Document.Span;
import vn.plantrack.reporting.export.Document.Style;
import vn.plantrack.reporting.export.PdfTypesetter.Font;
import vn.plantrack.reporting.export.PdfTypesetter.Word;

/**
 * A small flow layout on PDFBox: paragraphs of mixed regular/bold/italic text wrapped at word
 * boundaries, two columns of lines, short rules, bordered tables whose header repeats on each page
 * (a row taller than a page is split), portrait or landscape A4 pages, page numbers.
 */
final class PdfLayout implements AutoCloseable {
  static final float CM = 72f / 2.54f;
  private static final float PAD = 3;

  /** A cell's line breaks (compiled once: tables have hundreds of thousands of cells). */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final PDDocument doc;
  private final PdfTypesetter text;
  private PDPageContentStream stream;
  private PDRectangle box;
  private float left;
  private float right;
  private float top;
  private float bottom;
  private float y;

  PdfLayout(PDDocument doc) throws IOException {
    this.doc = doc;
    this.text = new PdfTypesetter(doc);
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
    Font f = text.font(Style.REGULAR);
    int n = doc.getNumberOfPages();
    for (int i = 1; i < n; i++) {
      PDPage page = doc.getPage(i);
      PDRectangle b = page.getMediaBox();
      try (PDPageContentStream s =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String number = Integer.toString(i + 1);
        s.beginText();
        s.setFont(f.pd, size);
        s.newLineAtOffset((b.getWidth() - f.width(number, size)) / 2, b.getHeight() - 1.2f * CM);
        s.showText(number);
        s.endText();
      }
    }
  }

  @Override
  public void close() throws IOException {
    endPage();
    text.close();
  }

  // ---- text

  /** A paragraph across the page's width. */
  void paragraph(List<Span> spans, Align align, float size, float firstIndent, float after)
      throws IOException {
    float leading = size * 1.35f;
    List<List<Word>> lines = PdfTypesetter.wrap(text.words(spans), size, width(), firstIndent);
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

  /** A short centred rule, {@code share} of the width wide. */
  void rule(float share) throws IOException {
    float w = width() * share;
    float mid = left + width() / 2;
    y -= 4;
    stream.setLineWidth(0.6f);
    stream.moveTo(mid - w / 2, y);
    stream.lineTo(mid + w / 2, y);
    stream.stroke();
    y -= 4;
  }

  /**
   * A line of a column; a line whose rule is above 0 gets a short rule below it, that share of the
   * column wide.
   */
  record ColumnLine(String text, Style style, float size, float rule, Align align) {}

  /**
   * Two columns of lines side by side, reaching {@code outset} into each margin (the heading of a
   * document is a little wider than its text).
   */
  void twoColumns(
      float leftShare, float outset, List<ColumnLine> leftLines, List<ColumnLine> rightLines)
      throws IOException {
    float split = left + width() * leftShare;
    float leftBottom = column(leftLines, left - outset, split, y);
    float rightBottom = column(rightLines, split, right + outset, y);
    y = Math.min(leftBottom, rightBottom);
  }

  private float column(List<ColumnLine> lines, float from, float to, float startY)
      throws IOException {
    float at = startY;
    for (ColumnLine l : lines) {
      float leading = l.size() * 1.3f;
      for (List<Word> line :
          PdfTypesetter.wrap(
              text.words(List.of(new Span(l.text(), l.style()))), l.size(), to - from, 0)) {
        at -= leading;
        drawLine(line, l.size(), from, to, l.align(), at + l.size() * 0.25f);
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
   * {@code afterRow} runs after each row.
   */
  void table(List<Column> columns, List<Row> rows, float size, Runnable afterRow)
      throws IOException {
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
    for (Row row : rows) {
      List<String> values = row.cells().stream().map(Cell::text).toList();
      List<List<List<Word>>> cells =
          cells(values, row.bold() ? Style.BOLD : Style.REGULAR, widths, size);
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
      afterRow.run();
    }
    y -= 6;
  }

  private static float lineHeight(float size) {
    return size * 1.3f;
  }

  private List<List<List<Word>>> cells(
      List<String> values, Style style, float[] widths, float size) {
    List<List<List<Word>>> out = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      String v = i < values.size() ? values.get(i) : "";
      List<List<Word>> lines = new ArrayList<>();
      for (String paragraph : LINE_BREAK.split(v == null ? "" : v, -1)) {
        lines.addAll(
            PdfTypesetter.wrap(
                text.words(List.of(new Span(paragraph, style))), size, widths[i] - 2 * PAD, 0));
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
}
