package vn.plantrack.indicator.rules;

import java.math.BigDecimal;

/**
 * The structured reading of a target expression, beside its original text.
 *
 * <ul>
 *   <li>AT_LEAST, GREATER_THAN: {@code min} (inclusive, exclusive);
 *   <li>AT_MOST, LESS_THAN, RANK: {@code max} (inclusive, exclusive; a rank N means "N or better");
 *   <li>EXACT: {@code min = max} — the reader does not guess the direction of a bare number;
 *   <li>RANGE: {@code min} and {@code max};
 *   <li>BOOLEAN: {@code min = max} = 1 (yes) or 0 (no);
 *   <li>QUALITATIVE, UNRECOGNIZED: no bounds; only UNRECOGNIZED {@code needsReview}.
 * </ul>
 *
 * {@code unit} is the unit written after the number ("% GRDP", "Doanh nghiệp"), else the
 * indicator's. {@code rising}: "… và tăng dần" — at least min, and not below the year before.
 */
public record TargetReading(
    String text,
    TargetKind kind,
    String operator,
    BigDecimal min,
    BigDecimal max,
    String unit,
    boolean rising,
    boolean needsReview,
    String note) {}
