package vn.plantrack.reporting.export;

/** The documents a consolidated report is exported to. */
public enum ExportFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  PDF("application/pdf", "pdf");

  public final String mediaType;
  public final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }
}
