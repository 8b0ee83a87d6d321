package vn.plantrack.plan.reading.rows;

/** What a table column holds, read from its header cell. */
public enum ColumnMeaning {
  /** "TT", "STT", "Mã": the row's code. */
  CODE,
  /** "Nhiệm vụ", "Tên nhiệm vụ", "Nội dung", "Công việc". */
  TASK,
  /** "Cơ quan chủ trì", "Đơn vị chủ trì", "Đơn vị chịu trách nhiệm thực hiện". */
  LEAD,
  /** "Cơ quan phối hợp". */
  COOPERATING,
  /** "Cơ quan chủ trì theo dõi, đánh giá", "Đơn vị theo dõi, đánh giá". */
  MONITORING,
  /** "Sản phẩm", "Kết quả/sản phẩm" in a task table. */
  OUTPUT,
  /** "Thời gian hoàn thành", "Thời hạn", "Tiến độ". */
  DEADLINE,
  /** "Chỉ tiêu", "Tên chỉ tiêu". */
  INDICATOR_NAME,
  /** "Đơn vị tính", or a bare "Đơn vị" next to indicators. */
  UNIT,
  /** "Hiện trạng", or a year before the plan's own year ("Năm 2024" in a 2025 plan). */
  BASELINE,
  /** "Mục tiêu", "2030", "Năm 2030", "Đến năm 2030"; the year, if any, is the milestone. */
  TARGET,
  /**
   * "Kết quả": the expected output of a task, or the target of an indicator; settled by {@link
   * ColumnMapper#map} once the kind of table is known.
   */
  RESULT,
  /** "Ghi chú". */
  NOTE,
  /** "Kinh phí", "Nguồn vốn". */
  FUNDING,
  UNKNOWN
}
