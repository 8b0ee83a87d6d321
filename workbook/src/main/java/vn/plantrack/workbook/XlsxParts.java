package vn.plantrack.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every sheet of a workbook is read with, each part read once with SAX: whether its dates
 * count from 1904, which cell styles show a date or a percentage, and its shared strings (with a
 * limit on their size). Also the XML helpers the sheet reader shares.
 */
record XlsxParts(boolean date1904, XlsxParts.Styles styles, List<String> strings) {
  /** All shared strings together, in characters. */
  static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;

  /** Excel's own limit on a cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Signals a reading stopped on purpose (a limit); its message is the caller's answer. */
  static final class Refused extends SAXException {
    Refused(String message) {
      super(message);
    }
  }

  /** The parts of an opened package. */
  static XlsxParts of(OPCPackage pkg, XSSFReader reader) throws Exception {
    return new XlsxParts(date1904(reader), styles(pkg), sharedStrings(pkg));
  }

  /** A handler for one sheet's rows, at most {@code maxRows} of them. */
  SheetHandler sheet(int maxRows) {
    return new SheetHandler(strings, styles, date1904, maxRows);
  }

  static void parse(InputStream in, DefaultHandler handler) throws Exception {
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

  static String name(String local, String qName) {
    if (local != null && !local.isEmpty()) {
      return local;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  static Integer integer(String text) {
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
