package vn.plantrack.indicator.service;

import java.math.BigDecimal;
import vn.plantrack.indicator.contract.TargetKind;

/**
 * A milestone target as a client writes it: the document's text, and optionally a reading that
 * overrides the reader's (a coordinator fixing what was flagged).
 */
public record TargetData(
    Integer year,
    String text,
    TargetKind kind,
    String operator,
    BigDecimal min,
    BigDecimal max,
    String unit) {}
