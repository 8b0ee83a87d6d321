package vn.plantrack.indicator.reading;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;

/**
 * Targets without a number to compare: yes/no ("Có", "Đạt", "Hoàn thành", "Yes" are yes (1),
 * "Không", "No" is no (0)), and sentences a person judges ("đạt mức trung bình chung của cả nước").
 * A sign or operator word without its number is not a sentence: it is flagged.
 */
final class QualitativeForms {
  private static final Pattern YES = Pattern.compile("co|dat|yes|hoan thanh");
  private static final Pattern NO = Pattern.compile("khong|no");

  private QualitativeForms() {}

  /** Yes (1) or no (0) when the whole folded target says so, else null. */
  static TargetReading yesNo(String folded, String unit) {
    if (YES.matcher(folded).matches()) {
      return yesNo(BigDecimal.ONE, unit);
    }
    if (NO.matcher(folded).matches()) {
      return yesNo(BigDecimal.ZERO, unit);
    }
    return null;
  }

  /** A target without any digit: qualitative, unless it is only an operator or rises. */
  static TargetReading withoutNumber(String folded, boolean rising, String unit) {
    if (OperatorForms.operatorOnly(folded)) {
      throw new Unreadable("an operator or sign without a number");
    }
    if (rising) {
      throw new Unreadable("“tăng dần” without the number it rises from");
    }
    return new TargetReading(
        null,
        TargetKind.QUALITATIVE,
        null,
        null,
        null,
        unit,
        false,
        false,
        "a qualitative target: a person judges it");
  }

  private static TargetReading yesNo(BigDecimal value, String unit) {
    return new TargetReading(
        null, TargetKind.BOOLEAN, null, value, value, unit, false, false, null);
  }
}
