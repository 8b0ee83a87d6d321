package vn.plantrack.plan.corpus;

/** The corpus's renderings for other tests (the import endpoint's formats). */
public final class CorpusFiles {
  private CorpusFiles() {}

  public static byte[] docx(String family) throws Exception {
    return DocxRendering.render(CorpusPlan.load(family));
  }

  public static byte[] pdf(String family) throws Exception {
    return PdfRendering.render(CorpusPlan.load(family));
  }
}
