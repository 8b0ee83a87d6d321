package vn.plantrack.workbook;

/** What a column holds, how a cell of it is read, and how the template helps a person fill it. */
public enum ColumnType {
  /** Free text (kept as typed; a number or a date typed in it is read as its text). */
  TEXT("Văn bản"),
  /** A number: a number cell, or text with a decimal comma ("0,7") or point. */
  NUMBER("Số"),
  /** A day: a date cell, or text as dd/mm/yyyy or yyyy-mm-dd. */
  DATE("Ngày (dd/mm/yyyy)"),
  /** One value of a fixed list (its code or its label). */
  ENUM("Chọn một giá trị trong danh sách"),
  /** A system id (UUID), filled in by exports so an edited row finds its record again. */
  UUID("Mã hệ thống (UUID)"),
  /** Several values (codes or names) separated by ";" or line breaks. */
  LIST("Một hoặc nhiều giá trị, cách nhau bằng dấu chấm phẩy (;)");

  private final String label;

  ColumnType(String label) {
    this.label = label;
  }

  /** How the instructions sheet names the type. */
  public String label() {
    return label;
  }
}
