package vn.plantrack.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A sheet people fill: its name (the tab), a title and notes for the instructions sheet, and its
 * columns in order. Services define one per workbook kind (tasks, progress, indicators, values) and
 * add the lists that depend on the data (organizations, sections) before writing or reading.
 */
public record SheetDefinition(String name, String title, List<String> notes, List<Column> columns) {
  /** Excel's own limit on a sheet name. */
  static final int MAX_NAME = 31;

  public SheetDefinition {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("a sheet name has 1 to 31 characters: " + name);
    }
    notes = notes == null ? List.of() : List.copyOf(notes);
    columns = List.copyOf(columns);
    Set<String> keys = new java.util.HashSet<>();
    for (Column c : columns) {
      if (!keys.add(c.key())) {
        throw new IllegalArgumentException("column " + c.key() + " twice");
      }
    }
  }

  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** The same sheet with one column changed (e.g. given the organizations of a province). */
  public SheetDefinition with(String key, UnaryOperator<Column> change) {
    List<Column> changed = new ArrayList<>();
    boolean found = false;
    for (Column c : columns) {
      if (c.key().equals(key)) {
        changed.add(change.apply(c));
        found = true;
      } else {
        changed.add(c);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no column " + key);
    }
    return new SheetDefinition(name, title, notes, changed);
  }

  /** The same sheet with more columns at the end. */
  public SheetDefinition plus(List<Column> more) {
    List<Column> all = new ArrayList<>(columns);
    all.addAll(more);
    return new SheetDefinition(name, title, notes, all);
  }
}
