package vn.plantrack.workbook;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of a sheet's XML, read with SAX: the first non-empty row is the header, the non-empty
 * ones after it data; each cell becomes a {@link RawCell} by its type and its style (shared text,
 * inline text, a number shown as a date or a percentage, a yes/no, a formula error). Reading stops
 * at the first row over the limit, or a cell over Excel's own size.
 */
final class SheetHandler extends DefaultHandler {
  /** Columns past this one are not read: no sheet of ours has half as many. */
  static final int MAX_COLUMNS = 100;

  private final List<String> strings;
  private final XlsxParts.Styles styles;
  private final boolean date1904;
  private final int maxRows;

  private int headerRow;
  private final SortedMap<Integer, String> headers = new TreeMap<>();
  private final List<ParsedSheet.Row> rows = new ArrayList<>();

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

  SheetHandler(List<String> strings, XlsxParts.Styles styles, boolean date1904, int maxRows) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.maxRows = maxRows;
  }

  /** Reads a sheet's XML as the sheet of that name. */
  ParsedSheet read(InputStream in, String name) throws Exception {
    XlsxParts.parse(in, this);
    return new ParsedSheet(name, headerRow, headers, rows);
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a)
      throws SAXException {
    switch (XlsxParts.name(local, qName)) {
      case "row" -> {
        Integer r = XlsxParts.integer(a.getValue("r"));
        rowNumber = r == null || r <= rowNumber ? rowNumber + 1 : r;
        cells = new TreeMap<>();
        column = -1;
      }
      case "c" -> {
        String ref = a.getValue("r");
        int parsed = ref == null ? -1 : columnOf(ref);
        column = parsed < 0 ? column + 1 : parsed;
        type = a.getValue("t");
        Integer s = XlsxParts.integer(a.getValue("s"));
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
      if (target.length() + length > XlsxParts.MAX_CELL_CHARS) {
        throw new XlsxParts.Refused(
            "a cell holds more than " + XlsxParts.MAX_CELL_CHARS + " characters");
      }
      target.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    switch (XlsxParts.name(local, qName)) {
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
      cells.forEach((i, c) -> headers.put(i, c.kind() == RawCell.Kind.TEXT ? c.text() : c.shown()));
    } else {
      if (rows.size() >= maxRows) {
        throw new XlsxParts.Refused(
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
        Integer index = XlsxParts.integer(text.strip());
        if (index == null || index < 0 || index >= strings.size()) {
          throw new XlsxParts.Refused("a cell refers to a text the workbook does not have");
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
          LocalDate day = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
          return new RawCell(RawCell.Kind.DATE, day.toString(), number, false);
        }
        return new RawCell(RawCell.Kind.NUMBER, text.strip(), number, styles.percent(style));
      }
    }
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
}
