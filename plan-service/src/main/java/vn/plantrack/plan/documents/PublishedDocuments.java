package vn.plantrack.plan.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.plantrack.platform.problem.ProblemException;

/**
 * A plan as published — Word, PDF (with a text layer or scanned), an image, or plain text — turned
 * into the text the reading pipeline reads, with where each line came from. The format is told by
 * the bytes, never by the name or the declared type: a ZIP holding {@code word/document.xml} is
 * DOCX, one holding {@code xl/workbook.xml} XLSX, {@code %PDF} a PDF, PNG/JPEG/TIFF signatures an
 * image, and valid UTF-8 without control characters text.
 *
 * <p>Refusals are problems, never a 500: 415 for a format the import does not read (with the list
 * of those it does), 413 for a document over the page or pixel limits, 422 for a document of a
 * known format that cannot be read (damaged, encrypted, an image with no text), 503 when the OCR
 * engine is not installed.
 */
@ApplicationScoped
public class PublishedDocuments {
  static final String UNREADABLE = "https://plantrack.vn/problems/unreadable-document";
  static final String ACCEPTED =
      "plain text (UTF-8), DOCX, XLSX, PDF (with a text layer or scanned), PNG, JPEG, TIFF";

  /** What the bytes are. */
  public enum Format {
    TEXT,
    DOCX,
    XLSX,
    PDF,
    IMAGE,
    UNKNOWN
  }

  private final Ocr ocr;
  private final int maxPages;
  private final long maxPixels;

  public PublishedDocuments(
      @ConfigProperty(name = "plantrack.import.ocr.command", defaultValue = "tesseract")
          String command,
      @ConfigProperty(name = "plantrack.import.ocr.languages", defaultValue = "vie")
          String languages,
      @ConfigProperty(name = "plantrack.import.ocr.page-timeout-seconds", defaultValue = "120")
          long timeout,
      @ConfigProperty(name = "plantrack.import.max-pages", defaultValue = "200") int maxPages,
      @ConfigProperty(name = "plantrack.import.max-image-pixels", defaultValue = "60000000")
          long maxPixels) {
    this.ocr = new Ocr(command, languages, timeout);
    this.maxPages = maxPages;
    this.maxPixels = maxPixels;
  }

  /** The format of {@code bytes}; 415 when it is none the import reads. */
  public Format format(byte[] bytes) {
    Format format = sniff(bytes);
    if (format == Format.UNKNOWN) {
      throw new ProblemException(
          415,
          vn.plantrack.platform.problem.ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
          "Unsupported Media Type",
          "the document is none of the formats plans are imported from: " + ACCEPTED);
    }
    return format;
  }

  /**
   * Reads a DOCX, PDF or image (TEXT and XLSX are read by their own paths). Slow for scans (OCR
   * runs at about a page per few seconds): run it in an import job for long documents.
   */
  public DocumentText read(byte[] bytes) {
    Format format = format(bytes);
    try {
      return switch (format) {
        case DOCX -> DocxText.read(bytes);
        case PDF -> PdfToText.read(bytes, ocr, maxPages);
        case IMAGE -> image(bytes);
        case TEXT -> DocumentText.plain("TEXT", new String(bytes, StandardCharsets.UTF_8));
        default ->
            throw new UnreadableDocument("a " + format + " document is read by its own endpoint");
      };
    } catch (DocumentTooLarge e) {
      throw new ProblemException(
          413,
          vn.plantrack.platform.problem.ProblemTypes.PAYLOAD_TOO_LARGE,
          "Payload Too Large",
          e.getMessage());
    } catch (UnreadableDocument e) {
      throw unreadable(e.getMessage());
    } catch (OcrUnavailable e) {
      throw new ProblemException(
          503,
          "https://plantrack.vn/problems/ocr-unavailable",
          "Service Unavailable",
          e.getMessage());
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw unreadable("the " + format + " file is damaged or not what it claims to be");
    }
  }

  private static ProblemException unreadable(String detail) {
    return new ProblemException(422, UNREADABLE, "Unreadable document", detail);
  }

  /** An image (every page of a TIFF) read by OCR, page by page. */
  private DocumentText image(byte[] bytes) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = imageReader(in);
      try {
        reader.setInput(in, false, true);
        int pages = checkSize(reader);
        TextBuilder out = new TextBuilder();
        PageLayout.Table open = null;
        int[] tables = {0};
        for (int p = 0; p < pages; p++) {
          Ocr.Page read = ocr.page(reader.read(p));
          open =
              PageLayout.write(
                  read.words(),
                  "image p. " + (p + 1) + " (OCR)",
                  out,
                  open,
                  tables,
                  read.digits(),
                  read.marked());
        }
        if (out.size() == 0) {
          throw new UnreadableDocument("OCR found no text in the image");
        }
        out.doubtBelow(0, Ocr.DOUBTFUL_BELOW);
        return out.build("IMAGE");
      } finally {
        reader.dispose();
      }
    }
  }

  private static ImageReader imageReader(ImageInputStream in) {
    var readers = in == null ? null : ImageIO.getImageReaders(in);
    if (readers == null || !readers.hasNext()) {
      throw new UnreadableDocument("the image cannot be decoded");
    }
    return readers.next();
  }

  /** Pages and pixels from the image's headers, before any pixel is decoded (no image bomb). */
  private int checkSize(ImageReader reader) throws IOException {
    int pages = reader.getNumImages(true);
    if (pages > maxPages) {
      throw new DocumentTooLarge("the image has " + pages + " pages; at most " + maxPages);
    }
    for (int i = 0; i < pages; i++) {
      long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
      if (pixels > maxPixels) {
        throw new DocumentTooLarge(
            "a page of the image has " + pixels + " pixels; at most " + maxPixels);
      }
    }
    return pages;
  }

  static Format sniff(byte[] b) {
    if (b == null || b.length == 0) {
      return Format.UNKNOWN;
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return Format.PDF;
    }
    if (starts(b, 0x89, 'P', 'N', 'G')
        || starts(b, 0xFF, 0xD8, 0xFF)
        || starts(b, 'I', 'I', 0x2A, 0x00)
        || starts(b, 'M', 'M', 0x00, 0x2A)) {
      return Format.IMAGE;
    }
    if (starts(b, 'P', 'K', 3, 4)) {
      return office(b);
    }
    return isText(b) ? Format.TEXT : Format.UNKNOWN;
  }

  /** Which Office document a ZIP is, by its part names (only names are read). */
  private static Format office(byte[] b) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
      int entries = 0;
      for (ZipEntry e = zip.getNextEntry(); e != null && entries < 2000; e = zip.getNextEntry()) {
        entries++;
        if (e.getName().equals("word/document.xml")) {
          return Format.DOCX;
        }
        if (e.getName().equals("xl/workbook.xml")) {
          return Format.XLSX;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Format.UNKNOWN;
    }
    return Format.UNKNOWN;
  }

  private static boolean isText(byte[] b) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(b))
              .toString();
      return text.chars()
          .noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
