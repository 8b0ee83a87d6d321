package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.plantrack.plan.documents.PageLines.Chunk;
import vn.plantrack.plan.documents.PageLines.Line;
import vn.plantrack.plan.reading.lines.Codes;

/**
 * A table's columns on the page: the borders between the header's columns, set in the gutters the
 * table's words leave free, and each word of a line placed in the column it stands in.
 */
final class ColumnBorders {
  private ColumnBorders() {}

  /**
   * Column borders: between two header columns, the middle of the widest x-range that no word of
   * the table covers; the header's middle gap when the words leave none.
   */
  static double[] between(List<double[]> columns, List<Line> region, double h) {
    List<List<Chunk>> lines = new ArrayList<>();
    for (Line line : region) {
      if (!line.words().isEmpty()
          && Codes.parse(line.words().get(0).text())
              .filter(c -> c.kind() == Codes.Kind.SECTION)
              .isPresent()) {
        continue; // a section row's title runs across merged cells
      }
      lines.add(PageLines.chunks(line, h));
    }
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

  static List<List<Word>> cells(Line line, double[] borders) {
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
}
