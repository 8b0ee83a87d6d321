package vn.plantrack.indicator.rules;

/** What a recorded value measures. */
public enum Counting {
  /** A value per year ("Tỷ lệ … trong năm"): each year stands alone. */
  PERIODIC,
  /** A running total since the plan began ("Số doanh nghiệp … được hỗ trợ"). */
  CUMULATIVE,
  /** A level at a point in time ("Tỷ lệ phủ sóng 5G", a rank). */
  LEVEL
}
