package vn.plantrack.plan;

/**
 * The kind of issued document (Kế hoạch, Chương trình, Nghị quyết, Quyết định, Chỉ thị, Công văn).
 */
public enum DocumentType {
  PLAN,
  PROGRAM,
  RESOLUTION,
  DECISION,
  DIRECTIVE,
  OFFICIAL_LETTER,
  OTHER
}
