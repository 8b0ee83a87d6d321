package vn.plantrack.plan.reading.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/**
 * Fits a row's cells to the number of header columns, the same way for every layout, and says so
 * when it has to guess.
 *
 * <p>Surplus cells that are empty are padding (portal and browser renderings add some after section
 * rows) and are dropped; surplus cells with text are joined into the last column and reported.
 * Missing cells are added, empty, at the end; that is silent only for heading rows (a section "I. |
 * title", a group "7 | Chỉ tiêu về …"), which have nothing but a code and a title.
 */
final class RowFitting {
  private RowFitting() {}

  static Row fit(
      List<Cell> cells,
      int expected,
      int sourceLine,
      Optional<Codes.Code> code,
      List<ImportWarning> warnings) {
    List<Cell> fitted = new ArrayList<>(cells);
    String excerpt = new Row(sourceLine, cells).excerpt();
    if (fitted.size() > expected) {
      List<Cell> extra = fitted.subList(expected, fitted.size());
      boolean padding = extra.stream().allMatch(Cell::isBlank);
      if (!padding) {
        StringBuilder joined = new StringBuilder(fitted.get(expected - 1).text());
        for (Cell cell : extra) {
          if (!cell.isBlank()) {
            joined.append(joined.isEmpty() ? "" : " | ").append(cell.text());
          }
        }
        warnings.add(
            ImportWarning.of(
                sourceLine,
                WarningKind.UNSPLIT_ROW,
                "Row has "
                    + cells.size()
                    + " cells where the header has "
                    + expected
                    + "; the extra cells were joined into the last column.",
                excerpt));
        Cell last = fitted.get(expected - 1);
        extra.clear();
        fitted.set(expected - 1, new Cell(joined.toString(), last.sourceLine()));
      } else {
        extra.clear();
      }
    }
    if (fitted.size() < expected) {
      long nonBlank = fitted.stream().filter(c -> !c.isBlank()).count();
      boolean heading =
          code.map(c -> c.kind() == Codes.Kind.SECTION).orElse(false) || nonBlank <= 2;
      if (!heading) {
        warnings.add(
            ImportWarning.of(
                sourceLine,
                WarningKind.UNSPLIT_ROW,
                "Row has "
                    + cells.size()
                    + " of the "
                    + expected
                    + " cells of its header; the missing cells were left empty at the end.",
                excerpt));
      }
      int line = fitted.isEmpty() ? sourceLine : fitted.get(fitted.size() - 1).sourceLine();
      while (fitted.size() < expected) {
        fitted.add(new Cell("", line));
      }
    }
    return new Row(sourceLine, fitted);
  }

  /** Whether the code printed on a row fits the trailing-dot style seen at its depth so far. */
  static boolean sameStyle(Map<Integer, Boolean> dotByDepth, Codes.Code code) {
    Boolean dot = dotByDepth.get(code.depth());
    return dot == null || dot == code.trailingDot();
  }
}
