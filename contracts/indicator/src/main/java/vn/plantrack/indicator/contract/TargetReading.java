package vn.plantrack.indicator.contract;

import java.math.BigDecimal;

/**
 * The structured reading of a target expression, beside its original text.
 *
 * <p>Bounds by kind ({@code operator} in brackets):
 *
 * <ul>
 *   <li>AT_LEAST [≥]: {@code min}, inclusive — "≥ 25", "tối thiểu 25", "25% trở lên";
 *   <li>GREATER_THAN [>]: {@code min}, exclusive — ">60", "trên 60";
 *   <li>AT_MOST [≤]: {@code max}, inclusive — "≤55", "tối đa 5", "không quá 5";
 *   <li>LESS_THAN [<]: {@code max}, exclusive — "< 5", "dưới 5";
 *   <li>EXACT [=]: {@code min = max} — a bare number ("100", "90", "05"): the reader does not guess
 *       its direction; the evaluation uses the indicator's;
 *   <li>RANGE [–]: {@code min < max} — "10-15", "80-90%", "10 – 15", "từ 10 đến 15";
 *   <li>BOOLEAN [null]: {@code min = max} = 1 for "Có", "Đạt", "Hoàn thành", "Yes"; 0 for "Không";
 *   <li>RANK [≤]: {@code max} = N, "place N or better", lower is better — a number, "≤ N" or "N các
 *       tỉnh, thành" in a rank unit ("Thứ bậc", "Thứ hạng", "Hạng"), and "Top N", "nhóm N tỉnh dẫn
 *       đầu", "xếp hạng thứ N" in any unit; "< N" in a rank unit is place N-1 or better;
 *   <li>QUALITATIVE [null]: no bounds, no number to compare — a person judges it;
 *   <li>UNRECOGNIZED [null]: no bounds; {@code needsReview} with the reason in {@code note}.
 * </ul>
 *
 * @param text the target as written, untouched
 * @param operator "≥", ">", "≤", "<", "=", "–", or null for BOOLEAN, QUALITATIVE and UNRECOGNIZED
 * @param unit the unit written after the number ("% GRDP", "Doanh nghiệp", "%"), else the
 *     indicator's unit; null when neither has one
 * @param rising "… và tăng dần": at least {@code min}, and each year not below the year before
 * @param needsReview true only for UNRECOGNIZED: a person must read the target
 * @param note why the target was flagged, or a short explanation of a reading; may be null
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
