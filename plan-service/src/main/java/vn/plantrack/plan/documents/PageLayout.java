package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.plantrack.plan.documents.PageLines.Chunk;
import vn.plantrack.plan.documents.PageLines.Line;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.Headings;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.rows.ColumnMapper;
import vn.plantrack.plan.reading.rows.ColumnMeaning;

/**
 * Words placed on pages (a PDF's text layer, or OCR's boxes) → the text the pipeline reads.
 *
 * <p>Words on the same baseline make a line; a line's words fall into chunks where the gap between
 * them is wider than a word space (side-by-side blocks, table cells). A table is found by its
 * header: a band of up to four lines whose chunks, joined column by column, are column titles the
 * {@link ColumnMapper} knows (at least three, one naming the task or indicator). Its columns are
 * then fixed by the gutters — x-ranges no word of the table covers — between the header's columns;
 * each word of the following lines goes to the column it stands in, a row starts where the first
 * column holds a code ("1", "2.3", "II"), and a section row's title stays one cell however many
 * merged cells it spans. The table ends at a wide gap, a heading, or a line running across the
 * columns. A header repeated at the top of the next page continues the same table and is not
 * written again. Rows are written as "|"-separated lines, other multi-chunk lines likewise ("ỦY BAN
 * NHÂN DÂN | CỘNG HÒA …"), single-chunk lines as they are.
 */
final class PageLayout {
  /** A table being written: its column borders (n + 1 x positions) and header. */
  static final class Table {
    double[] borders;
    List<String> header;
    int number;
  }

  /**
   * Reads a word's box again as digits only (OCR of a scan), for a milestone cell whose word is no
   * number ("F2)" for 25); empty when it cannot (a text layer).
   */
  @FunctionalInterface
  interface Digits {
    Optional<String> of(Word word);
  }

  private final TextBuilder out;
  private final Digits digits;

  /** Words placed by OCR: the domain's words it marks wrongly are put right (OcrWords). */
  private final boolean scanned;

  private final String page;
  private Table open;
  private final int[] tables;

  private PageLayout(
      TextBuilder out, String page, Table open, int[] tables, Digits digits, boolean scanned) {
    this.out = out;
    this.scanned = scanned;
    this.digits = digits;
    this.page = page;
    this.open = open;
    this.tables = tables;
  }

  /**
   * Writes one page's words; returns the table still open at the page's end (continued by a
   * repeated header on the next page), or null.
   *
   * @param tables a one-element counter of the tables written so far in the document
   */
  static Table write(List<Word> words, String page, TextBuilder out, Table open, int[] tables) {
    return new PageLayout(out, page, open, tables, w -> Optional.empty(), false)
        .write(PageLines.of(words));
  }

  /**
   * As above for a page read by OCR: reading again as digits a milestone cell's word that is no
   * number, and ({@code domainWords}, a page written with diacritics) putting right the domain's
   * words OCR marks wrongly.
   */
  static Table write(
      List<Word> words,
      String page,
      TextBuilder out,
      Table open,
      int[] tables,
      Digits digits,
      boolean domainWords) {
    return new PageLayout(out, page, open, tables, digits, domainWords).write(PageLines.of(words));
  }

  private Table write(List<Line> lines) {
    double h = PageLines.lineHeight(lines);
    int i = 0;
    Table carried = open;
    open = null;
    while (i < lines.size()) {
      Optional<Header> header = header(lines, i, h);
      if (header.isPresent()) {
        i = table(lines, header.get(), h, carried);
        carried = null;
        continue;
      }
      Line line = lines.get(i);
      List<Word> words = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Chunk chunk : PageLines.chunks(line, h)) {
        List<Word> read = scanned ? OcrWords.phrases(chunk.words()) : chunk.words();
        words.addAll(read);
        texts.add(text(read));
      }
      String text = texts.size() == 1 ? texts.get(0) : String.join(" | ", texts) + " |";
      emit(text, page, line.confidence(), words);
      i++;
    }
    return open;
  }

  private void emit(String text, String origin, double confidence) {
    emit(text, origin, confidence, List.of());
  }

  /** Writes a line; each word a tolerance rule took for another is a doubt on it. */
  private void emit(String text, String origin, double confidence, List<Word> words) {
    out.line(text, origin, (int) Math.round(confidence));
    for (Word word : words) {
      if (word.read() != null) {
        out.doubt(
            out.size(),
            "OCR read \""
                + word.read()
                + "\" here, taken as \""
                + word.text()
                + "\" ("
                + origin
                + "): check it against the scan.",
            text);
      }
    }
  }

  /** A header band: its lines [from, to) and its columns' x-ranges and titles. */
  private record Header(int from, int to, List<double[]> columns, List<String> titles) {}

  private Optional<Header> header(List<Line> lines, int from, double h) {
    if (PageLines.chunks(lines.get(from), h).size() < 2) {
      return Optional.empty();
    }
    Optional<Header> found = Optional.empty();
    for (int to = from + 1; to <= Math.min(lines.size(), from + 5); to++) {
      if (to > from + 1) {
        Line previous = lines.get(to - 2);
        Line next = lines.get(to - 1);
        if (next.y0() - previous.y1() > 0.8 * h || startsWithCode(next, h)) {
          // A header's titles wrap at line spacing; the first row starts after the cells'
          // padding, even when its code was lost.
          break;
        }
      }
      Optional<Header> candidate = band(lines, from, to, h);
      if (candidate.isPresent()) {
        found = candidate; // the band grows while its lines still wrap the titles
      } else if (found.isPresent()) {
        break;
      }
    }
    return found;
  }

  private Optional<Header> band(List<Line> lines, int from, int to, double h) {
    List<Chunk> all = new ArrayList<>();
    for (int i = from; i < to; i++) {
      all.addAll(titleChunks(lines.get(i), h));
    }
    all.sort(Comparator.comparingDouble(Chunk::x0));
    List<double[]> columns = new ArrayList<>();
    List<StringBuilder> titles = new ArrayList<>();
    for (Chunk chunk : all) {
      double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && chunk.x0() < last[1]) {
        last[1] = Math.max(last[1], chunk.x1());
        continue;
      }
      columns.add(new double[] {chunk.x0(), chunk.x1()});
      titles.add(new StringBuilder());
    }
    // Titles in reading order: line by line, each chunk to its column.
    for (int i = from; i < to; i++) {
      for (Chunk chunk : titleChunks(lines.get(i), h)) {
        int c = columnOf(columns, (chunk.x0() + chunk.x1()) / 2);
        StringBuilder title = titles.get(c);
        title.append(title.length() == 0 ? "" : " ").append(chunk.text());
      }
    }
    List<String> cells = titles.stream().map(StringBuilder::toString).toList();
    if (!isHeader(cells)) {
      return Optional.empty();
    }
    return Optional.of(new Header(from, to, columns, cells));
  }

  /** A header line's chunks but a lone bar left by a rule ("I", "l", "|"): no column title. */
  private static List<Chunk> titleChunks(Line line, double h) {
    List<Chunk> chunks = new ArrayList<>(PageLines.chunks(line, h));
    chunks.removeIf(c -> c.text().matches("[Il|]{1,2}"));
    return chunks;
  }

  private static int columnOf(List<double[]> columns, double x) {
    for (int c = 0; c < columns.size(); c++) {
      if (x <= columns.get(c)[1]) {
        return c;
      }
    }
    return columns.size() - 1;
  }

  /** At least three column titles the mapper knows, one naming the task or indicator. */
  static boolean isHeader(List<String> cells) {
    if (cells.size() < 3) {
      return false;
    }
    int known = 0;
    boolean named = false;
    for (String cell : cells) {
      if (cell.length() > 80 || Codes.parse(cell).isPresent()) {
        return false;
      }
      ColumnMeaning meaning = ColumnMapper.meaningOf(cell);
      known += meaning == ColumnMeaning.UNKNOWN ? 0 : 1;
      named |= meaning == ColumnMeaning.TASK || meaning == ColumnMeaning.INDICATOR_NAME;
    }
    return known >= 3 && named;
  }

  /** Writes a table from its header; returns the index of the first line after it. */
  private int table(List<Line> lines, Header header, double h, Table carried) {
    int end = header.to();
    double left = header.columns().get(0)[0];
    double right = header.columns().get(header.columns().size() - 1)[1];
    double width = right - left;
    boolean coded = ColumnMapper.meaningOf(header.titles().get(0)) == ColumnMeaning.CODE;
    double codeRight = header.columns().get(0)[1];
    while (end < lines.size()) {
      Line line = lines.get(end);
      Line previous = lines.get(end - 1);
      if (line.y0() - previous.y1() > 2.5 * h || isHeading(line)) {
        break;
      }
      List<Chunk> chunks = PageLines.chunks(line, h);
      if (chunks.size() == 1
          && chunks.get(0).x1() - chunks.get(0).x0() > 0.6 * width
          && !startsWithCode(line, h)) {
        break;
      }
      if (coded
          && chunks.get(0).x0() < codeRight
          && chunks.get(0).words().size() > 1
          && !codeCell(line, h)) {
        // Text starting in the code column that is no code: a paragraph or heading after the
        // table ("III. TỔ CHỨC THỰC HIỆN", "KT. CHỦ TỊCH"); a row's continuation lines start in
        // its other columns.
        break;
      }
      end++;
    }
    double[] borders =
        ColumnBorders.between(header.columns(), lines.subList(header.from(), end), h);
    boolean continued =
        carried != null
            && carried.header.equals(header.titles())
            && carried.borders.length == borders.length;
    Table table = continued ? carried : new Table();
    if (!continued) {
      tables[0]++;
      table.number = tables[0];
      table.header = header.titles();
      emit(String.join(" | ", header.titles()) + " |", where(table, "header"), 100);
    }
    table.borders = borders;
    int codeColumn = ColumnMapper.meaningOf(header.titles().get(0)) == ColumnMeaning.CODE ? 0 : -1;
    List<Boolean> numeric =
        header.titles().stream()
            .map(ColumnMapper::meaningOf)
            .map(m -> m == ColumnMeaning.TARGET || m == ColumnMeaning.BASELINE)
            .toList();
    List<List<Word>> row = null;
    int rowNumber = 0;
    double rowConfidence = 100;
    for (int i = header.to(); i < end; i++) {
      Line line = lines.get(i);
      List<List<Word>> cells = ColumnBorders.cells(line, borders);
      if (codeColumn == 0 && cells.get(0).size() > 1) {
        // A rule's remnant beside a code ("4 -", "2 _") is no part of it.
        cells.get(0).removeIf(PageLayout::isRuleRemnant);
      }
      String first = text(cells.get(0));
      Optional<Codes.Code> code = codeColumn == 0 ? Codes.parse(first) : Optional.empty();
      boolean starts = row == null || code.isPresent() || (codeColumn < 0 && !first.isEmpty());
      if (starts) {
        if (row != null) {
          writeRow(row, table, rowNumber, rowConfidence);
        }
        row = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          row.add(new ArrayList<>());
        }
        rowNumber++;
        rowConfidence = line.confidence();
      } else {
        rowConfidence = Math.min(rowConfidence, line.confidence());
      }
      if (!starts && codeColumn == 0) {
        cells.get(0).clear(); // a code takes one line: a speck beside a row is no part of it
      }
      if (code.isPresent() && code.get().kind() == Codes.Kind.SECTION) {
        // A section row's title spans the merged cells after the code.
        List<Word> rest = new ArrayList<>();
        for (int c = 1; c < cells.size(); c++) {
          rest.addAll(cells.get(c));
          cells.get(c).clear();
        }
        cells.get(1).addAll(rest);
      }
      for (int c = 0; c < cells.size(); c++) {
        if (c < numeric.size() && numeric.get(c)) {
          cells.get(c).replaceAll(w -> OcrWords.asNumber(w, digits));
        }
        row.get(c).addAll(cells.get(c));
      }
    }
    if (row != null) {
      writeRow(row, table, rowNumber, rowConfidence);
    }
    open = end >= lines.size() ? table : null;
    return end;
  }

  private void writeRow(List<List<Word>> row, Table table, int number, double confidence) {
    List<Word> words = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (List<Word> cell : row) {
      List<Word> read = scanned ? OcrWords.phrases(cell) : cell;
      words.addAll(read);
      cells.add(text(read).replace('|', '/').strip());
    }
    emit(String.join(" | ", cells) + " |", where(table, "row " + number), confidence, words);
  }

  private String where(Table table, String what) {
    return page + ", table " + table.number + ", " + what;
  }

  private static String text(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList()).strip();
  }

  private static boolean startsWithCode(Line line, double h) {
    List<Chunk> chunks = PageLines.chunks(line, h);
    return !chunks.isEmpty() && chunks.size() > 1 && Codes.parse(chunks.get(0).text()).isPresent();
  }

  /**
   * The line opens with a code standing in its own cell: a code followed by a column's gutter
   * (wider than half a line height), not by a word space as in "III. TỔ CHỨC THỰC HIỆN".
   */
  private static boolean codeCell(Line line, double h) {
    List<Word> words = new ArrayList<>(line.words());
    if (words.size() > 2 && isRuleRemnant(words.get(1))) {
      words.remove(1);
    }
    if (Codes.parse(words.get(0).text()).isEmpty()) {
      return false;
    }
    return words.size() == 1 || words.get(1).x0() - words.get(0).x1() > 0.5 * h;
  }

  /** A dash or tilde on its own: what OCR leaves of a rule it did not see whole. */
  private static boolean isRuleRemnant(Word word) {
    return word.text().matches("[-–—_~]+");
  }

  private static boolean isHeading(Line line) {
    return Headings.isAppendix(SourceLines.of(line.text()).line(1));
  }
}
