package vn.plantrack.workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The first row each target was on, so a second row for the same target (a code, an ID, an
 * indicator's period) is refused instead of overwriting the first.
 */
public final class SeenRows {
  private final Map<Object, Integer> first = new HashMap<>();

  /** The row the key was first on, or null when this row is its first. */
  public Integer before(Object key, SheetRow row) {
    return first.putIfAbsent(key, row.number());
  }
}
