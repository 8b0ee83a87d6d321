package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.IntConsumer;
import vn.plantrack.reporting.ConsolidatedContent;

/**
 * The one entry to the exports: composes the consolidated report once ({@link ReportComposer}) and
 * hands it to the renderer of the format asked (XLSX, DOCX or PDF).
 */
public final class Exporters {
  private Exporters() {}

  /** Writes {@code document} in {@code format} to {@code out} (which stays open). */
  public static void write(
      ConsolidatedReportDocument document, ExportFormat format, OutputStream out)
      throws IOException {
    write(document, format, out, p -> {});
  }

  /**
   * Writes {@code document} in {@code format} to {@code out} (which stays open), reporting progress
   * (0–100) as it goes; 100 once the last byte is written.
   */
  public static void write(
      ConsolidatedReportDocument document,
      ExportFormat format,
      OutputStream out,
      IntConsumer progress)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Document composed = ReportComposer.compose(document);
    switch (format) {
      case XLSX -> XlsxRenderer.write(composed, out, progress);
      case DOCX -> DocxRenderer.write(composed, out, progress);
      case PDF -> PdfRenderer.write(composed, out, progress);
    }
  }

  /**
   * Writes a stored consolidated content, for callers that hold only that: the heading then has no
   * version and no issue date (see {@link DocumentMapping#from} to give them).
   *
   * @param issuer the consolidating body, e.g. "Sở Khoa học và Công nghệ"
   * @param province the province as the heading names it, e.g. "Tỉnh Kon Tum"
   */
  public static void write(
      ConsolidatedContent content,
      ExportFormat format,
      String issuer,
      String province,
      OutputStream out,
      IntConsumer progress)
      throws IOException {
    write(DocumentMapping.from(content, issuer, province, 0, null, null), format, out, progress);
  }
}
