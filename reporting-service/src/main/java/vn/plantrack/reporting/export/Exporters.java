package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntConsumer;
import vn.plantrack.reporting.ConsolidatedContent;

/** Writes a consolidated report in one of the formats, reporting progress (0–100) as it goes. */
public final class Exporters {
  private Exporters() {}

  /**
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
    switch (format) {
      case XLSX -> XlsxExporter.write(content, out, progress);
      case DOCX -> {
        DocxExporter.write(content, issuer, province, out);
        progress.accept(100);
      }
      case PDF -> {
        PdfExporter.write(content, issuer, province, out);
        progress.accept(100);
      }
    }
  }
}
