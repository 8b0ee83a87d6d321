package vn.plantrack.indicator.rules;

import java.util.Collection;
import vn.plantrack.indicator.contract.TargetKind;

/** What a measured value is, following the indicator's targets. */
public enum ValueType {
  NUMBER,
  BOOLEAN,
  TEXT;

  /**
   * A numeric target makes the indicator numeric; only yes/no targets make it yes/no; qualitative
   * (or unread) targets alone make it text. An indicator without targets (a group row) has none.
   */
  public static ValueType of(Collection<TargetKind> kinds) {
    if (kinds.isEmpty()) {
      return null;
    }
    if (kinds.stream().anyMatch(ValueType::numeric)) {
      return NUMBER;
    }
    if (kinds.contains(TargetKind.BOOLEAN)) {
      return BOOLEAN;
    }
    return TEXT;
  }

  private static boolean numeric(TargetKind kind) {
    return switch (kind) {
      case BOOLEAN, QUALITATIVE, UNRECOGNIZED -> false;
      default -> true;
    };
  }
}
