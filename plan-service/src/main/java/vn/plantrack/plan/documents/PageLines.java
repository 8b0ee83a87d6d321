package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Words placed on a page → lines: words on the same baseline make a line, read left to right; a
 * line falls into chunks where the gap between two words is wider than a word space (side-by-side
 * blocks, table cells). What {@link PageLayout} builds paragraphs and tables from.
 */
final class PageLines {
  /** A gap between words wider than this many line heights separates chunks. */
  private static final double CHUNK_GAP = 0.9;

  /** A line of words and its chunks. */
  record Line(List<Word> words, double y0, double y1) {
    String text() {
      return String.join(" ", words.stream().map(Word::text).toList());
    }

    double confidence() {
      return words.stream().mapToDouble(Word::confidence).average().orElse(100);
    }
  }

  record Chunk(String text, double x0, double x1, List<Word> words) {}

  /** Words on the same baseline, top to bottom, each line left to right. */
  static List<Line> of(List<Word> words) {
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
        kept.add(word.readAs(word.text().replace('|', 'I')));
      }
    }
    sorted = kept;
    double y0 = sorted.stream().mapToDouble(Word::y0).min().orElse(0);
    double y1 = sorted.stream().mapToDouble(Word::y1).max().orElse(0);
    return new Line(List.copyOf(sorted), y0, y1);
  }

  static List<Chunk> chunks(Line line, double h) {
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

  static double lineHeight(List<Line> lines) {
    return median(lines.stream().mapToDouble(l -> l.y1() - l.y0()).toArray());
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 10;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return Math.max(1, sorted[sorted.length / 2]);
  }

  private PageLines() {}
}
