package vn.plantrack.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jboss.logging.Logger;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Reads one sheet of an XLSX file as a stream, so a hostile workbook costs little: the file is
 * opened from disk (entries are inflated only while read, with POI's zip-bomb checks), the sheet,
 * its shared strings and its styles are read with SAX (no document tree), and reading stops at the
 * first row over the limit. Anything that is not a readable workbook is a 400 naming the file.
 */
final class XlsxParser {
  private static final Logger LOG = Logger.getLogger(XlsxParser.class);

  /** An inflated entry larger than this is refused (a sheet of 5,000 full rows is a few MB). */
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

  static {
    // Process-wide POI settings, the same for every reader of this service: an entry that inflates
    // more than 100 times, or beyond 64 MB, is a zip bomb.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(1000);
  }

  private XlsxParser() {}

  static ParsedSheet parse(byte[] file, String wantedSheet, int maxRows) {
    return open(file, pkg -> read(pkg, wantedSheet, maxRows));
  }

  /** Every sheet of the workbook, in order, each of at most {@code maxRows} rows. */
  static List<ParsedSheet> parseAll(byte[] file, int maxRows) {
    return open(file, pkg -> readAll(pkg, maxRows));
  }

  /** What is read from the opened package. */
  @FunctionalInterface
  private interface PackageReader<T> {
    T read(OPCPackage pkg) throws Exception;
  }

  /** Opens an uploaded workbook with the guards (size, format, zip bombs) and reads it. */
  private static <T> T open(byte[] file, PackageReader<T> reader) {
    if (file == null || file.length == 0) {
      throw ProblemException.invalid("file", "the file is empty; send an .xlsx workbook");
    }
    if (file.length > SheetReader.MAX_BYTES) {
      throw ProblemException.invalid(
          "file", "larger than " + SheetReader.MAX_BYTES / (1024 * 1024) + " MB");
    }
    if (isOle2(file)) {
      throw ProblemException.invalid(
          "file", "an old Excel 97-2003 (.xls) workbook: save it as .xlsx and send it again");
    }
    if (!isZip(file)) {
      throw ProblemException.invalid("file", "not an .xlsx workbook");
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("plantrack-upload-", ".xlsx");
      Files.write(temp, file);
      // From the zip's central directory only: POI would otherwise fall back to reading a damaged
      // file as a stream, every entry into memory. revert(), not close(): nothing is saved.
      ZipSecureFile zip = new ZipSecureFile(temp.toFile());
      OPCPackage pkg;
      try {
        pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
      } catch (Exception e) {
        zip.close();
        throw e;
      }
      try {
        return reader.read(pkg);
      } finally {
        pkg.revert();
      }
    } catch (ProblemException e) {
      throw e;
    } catch (XlsxParts.Refused e) {
      throw ProblemException.invalid("file", e.getMessage());
    } catch (Exception | StackOverflowError e) {
      // A damaged or hostile file: POI and the XML parser say why in many ways, none of them ours.
      LOG.debugf(e, "unreadable workbook");
      throw ProblemException.invalid("file", "not a readable .xlsx workbook");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warnf("could not delete %s", temp);
        }
      }
    }
  }

  static boolean isZip(byte[] file) {
    return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  static boolean isOle2(byte[] file) {
    return file.length >= 8
        && (file[0] & 0xff) == 0xD0
        && (file[1] & 0xff) == 0xCF
        && (file[2] & 0xff) == 0x11
        && (file[3] & 0xff) == 0xE0;
  }

  private static List<ParsedSheet> readAll(OPCPackage pkg, int maxRows) throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    XlsxParts parts = XlsxParts.of(pkg, reader);
    List<ParsedSheet> all = new ArrayList<>();
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      try (InputStream in = sheets.next()) {
        all.add(parts.sheet(maxRows).read(in, sheets.getSheetName()));
      }
    }
    return all;
  }

  private static ParsedSheet read(OPCPackage pkg, String wantedSheet, int maxRows)
      throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    XlsxParts parts = XlsxParts.of(pkg, reader);
    List<String> names = new ArrayList<>();
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      try (InputStream ignored = sheets.next()) {
        names.add(sheets.getSheetName());
      }
    }
    int chosen = choose(names, wantedSheet);
    if (chosen < 0) {
      throw ProblemException.invalid("file", "the workbook has no sheet");
    }
    sheets = reader.getSheetIterator();
    for (int i = 0; sheets.hasNext(); i++) {
      try (InputStream in = sheets.next()) {
        if (i == chosen) {
          return parts.sheet(maxRows).read(in, names.get(i));
        }
      }
    }
    throw ProblemException.invalid("file", "the workbook has no sheet");
  }

  /**
   * The sheet named as wanted (case and diacritics aside), else the first one that is not an
   * instructions or list sheet, else the first.
   */
  static int choose(List<String> names, String wanted) {
    String folded = SheetReader.fold(wanted);
    for (int i = 0; i < names.size(); i++) {
      if (SheetReader.fold(names.get(i)).equals(folded)) {
        return i;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      String name = SheetReader.fold(names.get(i));
      if (!name.equals(SheetReader.fold(SheetWriter.INSTRUCTIONS))
          && !name.equals(SheetReader.fold(SheetWriter.LISTS))) {
        return i;
      }
    }
    return names.isEmpty() ? -1 : 0;
  }
}
