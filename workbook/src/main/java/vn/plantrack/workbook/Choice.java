package vn.plantrack.workbook;

/**
 * One allowed value of a column: the {@code value} the API uses (an enum constant, an organization
 * code) and the {@code label} a person reads and picks. A cell may hold either; exports write the
 * label (or the value when two choices share a label).
 */
public record Choice(String value, String label) {
  public Choice {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a choice has a value");
    }
    label = label == null || label.isBlank() ? value : label;
  }

  public static Choice of(String value, String label) {
    return new Choice(value, label);
  }
}
