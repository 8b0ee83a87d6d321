package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
  /** A gap between words wider than this many line heights separates chunks. */
  private static final double CHUNK_GAP = 0.9;

  /** A line of words and its chunks. */
  private record Line(List<Word> words, double y0, double y1) {
    String text() {
      return String.join(" ", words.stream().map(Word::text).toList());
    }

    double confidence() {
      return words.stream().mapToDouble(Word::confidence).average().orElse(100);
    }
  }

  private record Chunk(String text, double x0, double x1, List<Word> words) {}

  /** A table being written: its column borders (n + 1 x positions) and header. */
  static final class Table {
    double[] borders;
    List<String> header;
    int number;
  }

  private final TextBuilder out;
  private final String page;
  private Table open;
  private final int[] tables;

  private PageLayout(TextBuilder out, String page, Table open, int[] tables) {
    this.out = out;
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
    return new PageLayout(out, page, open, tables).write(lines(words));
  }

  private Table write(List<Line> lines) {
    double h = lineHeight(lines);
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
      List<Chunk> chunks = chunks(line, h);
      String text =
          chunks.size() == 1
              ? chunks.get(0).text()
              : String.join(" | ", chunks.stream().map(Chunk::text).toList()) + " |";
      emit(text, page, line.confidence());
      i++;
    }
    return open;
  }

  private void emit(String text, String origin, double confidence) {
    out.line(text, origin, (int) Math.round(confidence));
  }

  /** A header band: its lines [from, to) and its columns' x-ranges and titles. */
  private record Header(int from, int to, List<double[]> columns, List<String> titles) {}

  private Optional<Header> header(List<Line> lines, int from, double h) {
    if (chunks(lines.get(from), h).size() < 2) {
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
    List<Chunk> chunks = new ArrayList<>(chunks(line, h));
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
      List<Chunk> chunks = chunks(line, h);
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
    double[] borders = borders(header, lines.subList(header.from(), end), left, right, h);
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
    List<StringBuilder> row = null;
    int rowNumber = 0;
    double rowConfidence = 100;
    for (int i = header.to(); i < end; i++) {
      Line line = lines.get(i);
      List<List<Word>> cells = cells(line, borders);
      String first = text(cells.get(0));
      Optional<Codes.Code> code = codeColumn == 0 ? Codes.parse(first) : Optional.empty();
      boolean starts = row == null || code.isPresent() || (codeColumn < 0 && !first.isEmpty());
      if (starts) {
        if (row != null) {
          writeRow(row, table, rowNumber, rowConfidence);
        }
        row = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          row.add(new StringBuilder());
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
        String text = text(cells.get(c));
        if (!text.isEmpty()) {
          StringBuilder cell = row.get(c);
          cell.append(cell.length() == 0 ? "" : " ").append(text);
        }
      }
    }
    if (row != null) {
      writeRow(row, table, rowNumber, rowConfidence);
    }
    open = end >= lines.size() ? table : null;
    return end;
  }

  private void writeRow(List<StringBuilder> row, Table table, int number, double confidence) {
    List<String> cells = row.stream().map(c -> c.toString().replace('|', '/').strip()).toList();
    emit(String.join(" | ", cells) + " |", where(table, "row " + number), confidence);
  }

  private String where(Table table, String what) {
    return page + ", table " + table.number + ", " + what;
  }

  /**
   * Column borders: between two header columns, the middle of the widest x-range that no word of
   * the table covers; the header's middle gap when the words leave none.
   */
  private static double[] borders(
      Header header, List<Line> region, double left, double right, double h) {
    List<List<Chunk>> lines = new ArrayList<>();
    for (Line line : region) {
      if (!line.words().isEmpty()
          && Codes.parse(line.words().get(0).text())
              .filter(c -> c.kind() == Codes.Kind.SECTION)
              .isPresent()) {
        continue; // a section row's title runs across merged cells
      }
      lines.add(chunks(line, h));
    }
    List<double[]> columns = header.columns();
    double[] borders = new double[columns.size() + 1];
    borders[0] = Double.NEGATIVE_INFINITY;
    borders[columns.size()] = Double.POSITIVE_INFINITY;
    for (int c = 1; c < columns.size(); c++) {
      double from = columns.get(c - 1)[1];
      double to = columns.get(c)[0];
      List<double[]> covered = new ArrayList<>();
      for (List<Chunk> chunks : lines) {
        for (Chunk chunk : chunks) {
          if (chunk.x0() <= from && chunk.x1() >= to) {
            continue; // a cell merged across this border
          }
          for (Word word : chunk.words()) {
            covered.add(new double[] {word.x0(), word.x1()});
          }
        }
      }
      borders[c] = widestFreeMiddle(covered, from, to).orElse((from + to) / 2);
    }
    return borders;
  }

  private static Optional<Double> widestFreeMiddle(List<double[]> covered, double from, double to) {
    List<double[]> inside = new ArrayList<>();
    for (double[] range : covered) {
      if (range[1] > from && range[0] < to) {
        inside.add(new double[] {Math.max(range[0], from), Math.min(range[1], to)});
      }
    }
    inside.sort(Comparator.comparingDouble(r -> r[0]));
    double best = -1;
    double middle = Double.NaN;
    double cursor = from;
    for (double[] range : inside) {
      if (range[0] - cursor > best) {
        best = range[0] - cursor;
        middle = (cursor + range[0]) / 2;
      }
      cursor = Math.max(cursor, range[1]);
    }
    if (to - cursor > best) {
      best = to - cursor;
      middle = (cursor + to) / 2;
    }
    return best > 0 ? Optional.of(middle) : Optional.empty();
  }

  private static List<List<Word>> cells(Line line, double[] borders) {
    List<List<Word>> cells = new ArrayList<>();
    for (int c = 0; c < borders.length - 1; c++) {
      cells.add(new ArrayList<>());
    }
    for (Word word : line.words()) {
      double x = (word.x0() + word.x1()) / 2;
      for (int c = 0; c < borders.length - 1; c++) {
        if (x >= borders[c] && x < borders[c + 1]) {
          cells.get(c).add(word);
          break;
        }
      }
    }
    return cells;
  }

  private static String text(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList()).strip();
  }

  private static boolean startsWithCode(Line line, double h) {
    List<Chunk> chunks = chunks(line, h);
    return !chunks.isEmpty() && chunks.size() > 1 && Codes.parse(chunks.get(0).text()).isPresent();
  }

  /**
   * The line opens with a code standing in its own cell: a code followed by a column's gutter
   * (wider than half a line height), not by a word space as in "III. TỔ CHỨC THỰC HIỆN".
   */
  private static boolean codeCell(Line line, double h) {
    List<Word> words = line.words();
    if (Codes.parse(words.get(0).text()).isEmpty()) {
      return false;
    }
    return words.size() == 1 || words.get(1).x0() - words.get(0).x1() > 0.5 * h;
  }

  private static boolean isHeading(Line line) {
    return Headings.isAppendix(SourceLines.of(line.text()).line(1));
  }

  /** Words on the same baseline, top to bottom, each line left to right. */
  static List<Line> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.removeIf(w -> w.text().isBlank());
    sorted.sort(Comparator.comparingDouble(Word::middle));
    double h = median(sorted.stream().mapToDouble(Word::height).toArray());
    List<Line> lines = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    double middle = 0;
    for (Word word : sorted) {
      if (!current.isEmpty() && Math.abs(word.middle() - middle) > 0.5 * h) {
        lines.add(line(current));
        current = new ArrayList<>();
      }
      current.add(word);
      middle = current.stream().mapToDouble(Word::middle).average().orElse(word.middle());
    }
    if (!current.isEmpty()) {
      lines.add(line(current));
    }
    lines.removeIf(l -> l.words().isEmpty());
    return lines;
  }

  private static Line line(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::x0));
    // OCR reads what is left of a rule as "|"; the same bar opening a line is a Roman numeral
    // ("|" for I, "||" for II) when a wide gap follows it, as in a table's code column.
    List<Word> kept = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Word word = sorted.get(i);
      if (!word.text().matches("\\|+")) {
        kept.add(word);
      } else if (kept.isEmpty()
          && i + 1 < sorted.size()
          && sorted.get(i + 1).x0() - word.x1() > 2 * word.height()) {
        kept.add(
            new Word(
                word.text().replace('|', 'I'),
                word.x0(),
                word.y0(),
                word.x1(),
                word.y1(),
                Math.min(word.confidence(), 50)));
      }
    }
    sorted = kept;
    double y0 = sorted.stream().mapToDouble(Word::y0).min().orElse(0);
    double y1 = sorted.stream().mapToDouble(Word::y1).max().orElse(0);
    return new Line(List.copyOf(sorted), y0, y1);
  }

  private static List<Chunk> chunks(Line line, double h) {
    List<Chunk> chunks = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double x0 = 0;
    double x1 = 0;
    for (Word word : line.words()) {
      if (text.length() > 0 && word.x0() - x1 > CHUNK_GAP * h) {
        chunks.add(new Chunk(text.toString(), x0, x1, List.copyOf(words)));
        text.setLength(0);
        words.clear();
      }
      words.add(word);
      if (text.length() == 0) {
        x0 = word.x0();
      } else {
        text.append(' ');
      }
      text.append(word.text());
      x1 = Math.max(x1, word.x1());
    }
    if (text.length() > 0) {
      chunks.add(new Chunk(text.toString(), x0, x1, List.copyOf(words)));
    }
    return chunks;
  }

  private static double lineHeight(List<Line> lines) {
    return median(lines.stream().mapToDouble(l -> l.y1() - l.y0()).toArray());
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 10;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return Math.max(1, sorted[sorted.length / 2]);
  }
}
