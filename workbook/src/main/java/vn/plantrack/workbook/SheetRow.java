package vn.plantrack.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One data row of an upload, its cells converted by their columns. {@link #has} tells whether the
 * workbook has the column at all: an update leaves a field alone when its column was left out, and
 * clears it when the column is there and the cell empty.
 */
public final class SheetRow {
  private final int number;
  private final Map<String, Object> values;
  private final Set<String> present;
  private final Map<String, Integer> columns;
  private final List<RowError> errors;

  SheetRow(
      int number,
      Map<String, Object> values,
      Set<String> present,
      Map<String, Integer> columns,
      List<RowError> errors) {
    this.number = number;
    this.values = values;
    this.present = present;
    this.columns = columns;
    this.errors = List.copyOf(errors);
  }

  /** The address of this row's cell in a column ("C5"), or null when the column is absent. */
  public String cell(String key) {
    Integer index = columns.get(key);
    return index == null ? null : SheetReader.cell(index, number);
  }

  /** The row number Excel shows. */
  public int number() {
    return number;
  }

  /** Whether the workbook has this column. */
  public boolean has(String key) {
    return present.contains(key);
  }

  /** Whether the cell is empty (or the column absent). */
  public boolean blank(String key) {
    return values.get(key) == null;
  }

  /** The conversion errors of this row; a row with errors is not applied. */
  public List<RowError> errors() {
    return errors;
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  public Object value(String key) {
    return values.get(key);
  }

  public String text(String key) {
    return (String) values.get(key);
  }

  public BigDecimal number(String key) {
    return (BigDecimal) values.get(key);
  }

  /** A whole-number column's value (the column's bounds keep it in range). */
  public Integer integer(String key) {
    BigDecimal value = number(key);
    return value == null ? null : value.intValueExact();
  }

  public LocalDate date(String key) {
    return (LocalDate) values.get(key);
  }

  public UUID uuid(String key) {
    return (UUID) values.get(key);
  }

  /** The value (not the label) of the chosen item. */
  public String choice(String key) {
    return (String) values.get(key);
  }

  /** The values of a list column, or an empty list. */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    Object value = values.get(key);
    return value == null ? List.of() : (List<String>) value;
  }
}
