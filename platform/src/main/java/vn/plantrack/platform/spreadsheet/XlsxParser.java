package vn.plantrack.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jboss.logging.Logger;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.text.VietnameseText;

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

  /** All shared strings together, in characters. */
  static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;

  /** Excel's own limit on a cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Columns past this one are not read: no sheet of ours has half as many. */
  static final int MAX_COLUMNS = 100;

  static {
    // Process-wide POI settings, the same for every reader of this service: an entry that inflates
    // more than 100 times, or beyond 64 MB, is a zip bomb.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(1000);
  }

  private XlsxParser() {}

  /** Signals a reading stopped on purpose (a limit); its message is the caller's answer. */
  static final class Refused extends SAXException {
    Refused(String message) {
      super(message);
    }
  }

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
    } catch (Refused e) {
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
    boolean date1904 = date1904(reader);
    Styles styles = styles(pkg);
    List<String> strings = sharedStrings(pkg);
    List<ParsedSheet> all = new ArrayList<>();
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      try (InputStream in = sheets.next()) {
        SheetHandler handler = new SheetHandler(strings, styles, date1904, maxRows);
        parse(in, handler);
        all.add(
            new ParsedSheet(
                sheets.getSheetName(), handler.headerRow, handler.headers, handler.rows));
      }
    }
    return all;
  }

  private static ParsedSheet read(OPCPackage pkg, String wantedSheet, int maxRows)
      throws Exception {
    XSSFReader reader = new XSSFReader(pkg);
    boolean date1904 = date1904(reader);
    Styles styles = styles(pkg);
    List<String> strings = sharedStrings(pkg);

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
          SheetHandler handler = new SheetHandler(strings, styles, date1904, maxRows);
          parse(in, handler);
          return new ParsedSheet(names.get(i), handler.headerRow, handler.headers, handler.rows);
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
    String folded = fold(wanted);
    for (int i = 0; i < names.size(); i++) {
      if (fold(names.get(i)).equals(folded)) {
        return i;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      String name = fold(names.get(i));
      if (!name.equals(fold(SheetWriter.INSTRUCTIONS)) && !name.equals(fold(SheetWriter.LISTS))) {
        return i;
      }
    }
    return names.isEmpty() ? -1 : 0;
  }

  static String fold(String text) {
    return VietnameseText.fold(VietnameseText.normalize(text == null ? "" : text));
  }

  private static void parse(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static PackagePart part(OPCPackage pkg, XSSFRelation relation) {
    List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
    return parts.isEmpty() ? null : parts.get(0);
  }

  private static boolean date1904(XSSFReader reader) throws Exception {
    boolean[] found = new boolean[1];
    try (InputStream in = reader.getWorkbookData()) {
      parse(
          in,
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if (name(local, qName).equals("workbookPr")) {
                String value = a.getValue("date1904");
                found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
              }
            }
          });
    }
    return found[0];
  }

  /** For each cell style (its index), whether its number format shows a date or a percentage. */
  record Styles(List<Boolean> dates, List<Boolean> percents) {
    boolean date(int style) {
      return style >= 0 && style < dates.size() && dates.get(style);
    }

    boolean percent(int style) {
      return style >= 0 && style < percents.size() && percents.get(style);
    }
  }

  private static Styles styles(OPCPackage pkg) throws Exception {
    PackagePart part = part(pkg, XSSFRelation.STYLES);
    List<Boolean> dates = new ArrayList<>();
    List<Boolean> percents = new ArrayList<>();
    if (part == null) {
      return new Styles(dates, percents);
    }
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    try (InputStream in = part.getInputStream()) {
      parse(
          in,
          new DefaultHandler() {
            boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a)
                throws SAXException {
              switch (name(local, qName)) {
                case "numFmt" -> {
                  Integer id = integer(a.getValue("numFmtId"));
                  String code = a.getValue("formatCode");
                  if (id != null && code != null && formats.size() < 10_000) {
                    formats.put(id, code);
                  }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                  if (inCellXfs) {
                    if (xfs.size() >= 65_000) {
                      throw new Refused("too many cell styles");
                    }
                    Integer id = integer(a.getValue("numFmtId"));
                    xfs.add(id == null ? 0 : id);
                  }
                }
                default -> {}
              }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
              if (name(local, qName).equals("cellXfs")) {
                inCellXfs = false;
              }
            }
          });
    }
    for (int id : xfs) {
      String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
      dates.add(code != null && DateUtil.isADateFormat(id, code));
      percents.add(code != null && code.replaceAll("\"[^\"]*\"", "").contains("%"));
    }
    return new Styles(dates, percents);
  }

  private static List<String> sharedStrings(OPCPackage pkg) throws Exception {
    PackagePart part = part(pkg, XSSFRelation.SHARED_STRINGS);
    List<String> strings = new ArrayList<>();
    if (part == null) {
      return strings;
    }
    try (InputStream in = part.getInputStream()) {
      parse(
          in,
          new DefaultHandler() {
            final StringBuilder text = new StringBuilder();
            long total;
            boolean inText;
            int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              switch (name(local, qName)) {
                case "si" -> text.setLength(0);
                case "t" -> inText = phonetic == 0;
                case "rPh" -> phonetic++;
                default -> {}
              }
            }

            @Override
            public void endElement(String uri, String local, String qName) throws SAXException {
              switch (name(local, qName)) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                  total += text.length();
                  if (total > MAX_TEXT_CHARS) {
                    throw new Refused("too much text for a workbook of at most 5,000 rows");
                  }
                  strings.add(text.toString());
                }
                default -> {}
              }
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
              if (inText) {
                if (text.length() + length > MAX_CELL_CHARS) {
                  throw new Refused("a cell holds more than " + MAX_CELL_CHARS + " characters");
                }
                text.append(ch, start, length);
              }
            }
          });
    }
    return strings;
  }

  /**
   * The rows of a sheet: the first non-empty one is the header, the non-empty ones after it data.
   */
  static final class SheetHandler extends DefaultHandler {
    private final List<String> strings;
    private final Styles styles;
    private final boolean date1904;
    private final int maxRows;

    int headerRow;
    final SortedMap<Integer, String> headers = new TreeMap<>();
    final List<ParsedSheet.Row> rows = new ArrayList<>();

    private int rowNumber;
    private SortedMap<Integer, RawCell> cells;
    private int column = -1;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean inValue;
    private boolean inInline;
    private boolean sawValue;
    private int phonetic;

    SheetHandler(List<String> strings, Styles styles, boolean date1904, int maxRows) {
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.maxRows = maxRows;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a)
        throws SAXException {
      switch (name(local, qName)) {
        case "row" -> {
          Integer r = integer(a.getValue("r"));
          rowNumber = r == null || r <= rowNumber ? rowNumber + 1 : r;
          cells = new TreeMap<>();
          column = -1;
        }
        case "c" -> {
          String ref = a.getValue("r");
          int parsed = ref == null ? -1 : columnOf(ref);
          column = parsed < 0 ? column + 1 : parsed;
          type = a.getValue("t");
          Integer s = integer(a.getValue("s"));
          style = s == null ? 0 : s;
          value.setLength(0);
          inline.setLength(0);
          sawValue = false;
        }
        case "v" -> {
          inValue = true;
          sawValue = true;
        }
        case "t" -> inInline = phonetic == 0 && "inlineStr".equals(type);
        case "rPh" -> phonetic++;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      StringBuilder target = inValue ? value : inInline ? inline : null;
      if (target != null) {
        if (target.length() + length > MAX_CELL_CHARS) {
          throw new Refused("a cell holds more than " + MAX_CELL_CHARS + " characters");
        }
        target.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (name(local, qName)) {
        case "v" -> inValue = false;
        case "t" -> inInline = false;
        case "rPh" -> phonetic--;
        case "c" -> {
          if (cells != null && column >= 0 && column < MAX_COLUMNS) {
            RawCell cell = cell();
            if (cell != null && !cell.blank()) {
              cells.put(column, cell);
            }
          }
        }
        case "row" -> endRow();
        default -> {}
      }
    }

    private void endRow() throws SAXException {
      if (cells == null || cells.isEmpty()) {
        return;
      }
      if (headerRow == 0) {
        headerRow = rowNumber;
        cells.forEach((i, c) -> headers.put(i, c.kind() == RawCell.Kind.TEXT ? c.text() : show(c)));
      } else {
        if (rows.size() >= maxRows) {
          throw new Refused(
              "more than "
                  + maxRows
                  + " rows; split the workbook (every row under the header counts)");
        }
        rows.add(new ParsedSheet.Row(rowNumber, cells));
      }
      cells = null;
    }

    private RawCell cell() throws SAXException {
      String text = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          Integer index = integer(text.strip());
          if (index == null || index < 0 || index >= strings.size()) {
            throw new Refused("a cell refers to a text the workbook does not have");
          }
          return RawCell.text(strings.get(index));
        }
        case "inlineStr" -> {
          // A value written over an inline string (POI does so) is what the cell shows.
          return RawCell.text(sawValue ? text : inline.toString());
        }
        case "str" -> {
          return RawCell.text(text);
        }
        case "b" -> {
          return new RawCell(
              RawCell.Kind.BOOLEAN, "1".equals(text.strip()) ? "TRUE" : "FALSE", 0, false);
        }
        case "e" -> {
          return new RawCell(RawCell.Kind.ERROR, text.strip(), 0, false);
        }
        case "d" -> {
          return new RawCell(RawCell.Kind.TEXT, text.strip(), 0, false);
        }
        default -> {
          if (text.isBlank()) {
            return null;
          }
          double number;
          try {
            number = Double.parseDouble(text.strip());
          } catch (NumberFormatException e) {
            return RawCell.text(text);
          }
          if (Double.isNaN(number) || Double.isInfinite(number)) {
            return RawCell.text(text);
          }
          if (styles.date(style) && DateUtil.isValidExcelDate(number)) {
            java.time.LocalDate day = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            return new RawCell(RawCell.Kind.DATE, day.toString(), number, false);
          }
          return new RawCell(RawCell.Kind.NUMBER, text.strip(), number, styles.percent(style));
        }
      }
    }
  }

  /** The text a person sees for a cell that is not text (a header typed as a number). */
  static String show(RawCell cell) {
    return switch (cell.kind()) {
      case NUMBER -> plain(cell.number());
      default -> cell.text();
    };
  }

  static String plain(double number) {
    return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** "AB12" → 27; -1 when the reference has no column letters. */
  static int columnOf(String reference) {
    int column = 0;
    int i = 0;
    while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z' || i >= 3) {
        return -1;
      }
      column = column * 26 + (c - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : column - 1;
  }

  private static String name(String local, String qName) {
    if (local != null && !local.isEmpty()) {
      return local;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
