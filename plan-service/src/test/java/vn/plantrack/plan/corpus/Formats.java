package vn.plantrack.plan.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.documents.PublishedDocuments;

/** The four renderings of a family, each read back as the import reads its bytes. */
enum Formats {
  TEXT,
  DOCX,
  PDF,
  SCAN;

  static final PublishedDocuments DOCUMENTS =
      new PublishedDocuments("tesseract", "vie", 120, 200, 60_000_000L);

  byte[] render(CorpusPlan plan) throws IOException {
    return switch (this) {
      case TEXT -> TextRendering.render(plan).getBytes(StandardCharsets.UTF_8);
      case DOCX -> DocxRendering.render(plan);
      case PDF -> PdfRendering.render(plan);
      case SCAN -> PdfRendering.scan(PdfRendering.render(plan), plan.family().hashCode());
    };
  }

  DocumentText read(byte[] bytes) {
    return DOCUMENTS.read(bytes);
  }
}
