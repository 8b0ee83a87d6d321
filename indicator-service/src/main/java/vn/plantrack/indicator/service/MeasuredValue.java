package vn.plantrack.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.platform.problem.ProblemException;

/**
 * A value for a period once {@link IndicatorValidation} accepted it: exactly one of number, flag
 * and text, by the indicator's value type; numbers kept to six decimals.
 */
public record MeasuredValue(
    MeasurementPeriod period,
    BigDecimal number,
    Boolean flag,
    String text,
    String source,
    String note) {
  private static final BigDecimal LARGEST = new BigDecimal("1e14");
  private static final int MAX_TEXT = 4000;

  /** The value as the type takes it; a value of another type is a field error of {@code value}. */
  static MeasuredValue of(MeasurementPeriod period, ValueType type, MeasurementData data) {
    JsonNode value = data.value();
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw ProblemException.invalid("value", "a value is required");
    }
    String source = blankToNull(data.source());
    String note = blankToNull(data.note());
    return switch (type) {
      case NUMBER -> {
        if (!value.isNumber()) {
          throw ProblemException.invalid("value", "this indicator takes a number");
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(LARGEST) >= 0) {
          throw ProblemException.invalid("value", "too large");
        }
        yield new MeasuredValue(
            period,
            number.setScale(Math.min(Math.max(number.scale(), 0), 6), RoundingMode.HALF_UP),
            null,
            null,
            source,
            note);
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw ProblemException.invalid("value", "this indicator takes true or false");
        }
        yield new MeasuredValue(period, null, value.booleanValue(), null, source, note);
      }
      case TEXT -> {
        if (!value.isTextual() || value.asText().isBlank()) {
          throw ProblemException.invalid("value", "this indicator takes a text");
        }
        if (value.asText().length() > MAX_TEXT) {
          throw ProblemException.invalid("value", "at most " + MAX_TEXT + " characters");
        }
        yield new MeasuredValue(period, null, null, value.asText().strip(), source, note);
      }
    };
  }

  /** Writes the value, its source and note into the period's measurement. */
  void applyTo(Measurement m) {
    m.numberValue = number;
    m.booleanValue = flag;
    m.textValue = text;
    m.source = source;
    m.note = note;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
