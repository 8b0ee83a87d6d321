package vn.plantrack.workbook;

/**
 * What an upload does when some rows are wrong: by default nothing at all (every row is checked,
 * every error reported, nothing changed); on request the valid rows are applied and the others
 * reported.
 */
public enum ImportMode {
  ALL_OR_NOTHING("all-or-nothing"),
  APPLY_VALID_ROWS("apply-valid-rows");

  /** The values of the {@code mode} query parameter, as a pattern for its validation. */
  public static final String PATTERN = "all-or-nothing|apply-valid-rows";

  private final String parameter;

  ImportMode(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  /** The mode a {@code mode} query parameter names; all-or-nothing when it names none. */
  public static ImportMode of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return ALL_OR_NOTHING;
    }
    for (ImportMode mode : values()) {
      if (mode.parameter.equals(parameter)) {
        return mode;
      }
    }
    throw vn.plantrack.platform.problem.ProblemException.invalid("mode", PATTERN);
  }
}
