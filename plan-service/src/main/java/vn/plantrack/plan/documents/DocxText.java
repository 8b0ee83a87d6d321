package vn.plantrack.plan.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx) → text: the body's paragraphs and tables in document order.
 *
 * <p>A numbered paragraph gets the label Word would print ("1.", "1.2.", "a)", "II.", "-"), counted
 * per list and level from the numbering definitions, so numbered prose reads as it prints. A table
 * is written as "|"-separated rows, a cell's paragraphs on lines of their own; a cell merged across
 * columns is written once, followed by the empty cells it covers; a cell merged down rows repeats
 * its text on every row it covers (one lead agency for several tasks); a header row repeated inside
 * the table, or at the top of a table continuing the previous one (a table split across pages), is
 * written once.
 */
final class DocxText {
  private static final Pattern LEVEL = Pattern.compile("%(\\d)");

  private final TextBuilder out = new TextBuilder();
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private int paragraphs;
  private int tables;
  private List<String> lastHeader;

  private DocxText() {}

  static DocumentText read(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      DocxText text = new DocxText();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          text.paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
          text.table(table);
        }
      }
      return text.out.build("DOCX");
    }
  }

  private void paragraph(XWPFParagraph paragraph) {
    paragraphs++;
    String text = clean(paragraph.getText());
    String label = label(paragraph);
    if (text.isEmpty() && label.isEmpty()) {
      out.line("", "paragraph " + paragraphs, 100);
      return;
    }
    lastHeader = null;
    out.line(label.isEmpty() ? text : label + " " + text, "paragraph " + paragraphs, 100);
  }

  /** The list label Word prints before a numbered paragraph, "" when it is not numbered. */
  private String label(XWPFParagraph paragraph) {
    BigInteger numId = paragraph.getNumID();
    if (numId == null) {
      return "";
    }
    int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
    String format = paragraph.getNumFmt();
    String pattern = paragraph.getNumLevelText();
    if (format == null || pattern == null) {
      return "";
    }
    int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
    count[level]++;
    for (int deeper = level + 1; deeper < count.length; deeper++) {
      count[deeper] = 0;
    }
    if (format.equals("bullet")) {
      String bullet = pattern.strip();
      return bullet.equals("-") || bullet.equals("+") ? bullet : "-";
    }
    Matcher m = LEVEL.matcher(pattern);
    StringBuilder label = new StringBuilder();
    while (m.find()) {
      int l = Integer.parseInt(m.group(1)) - 1;
      int n = Math.max(1, l >= 0 && l < count.length ? count[l] : 1);
      m.appendReplacement(
          label, Matcher.quoteReplacement(l == level ? format(n, format) : String.valueOf(n)));
    }
    m.appendTail(label);
    return label.toString().strip();
  }

  private static String format(int n, String format) {
    return switch (format) {
      case "lowerLetter" -> letter(n);
      case "upperLetter" -> letter(n).toUpperCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
      default -> String.valueOf(n);
    };
  }

  private static String letter(int n) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    return String.valueOf(letters.charAt((n - 1) % letters.length()));
  }

  private static String roman(int n) {
    String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      while (n >= v[i]) {
        s.append(r[i]);
        n -= v[i];
      }
    }
    return s.toString();
  }

  private void table(XWPFTable table) {
    tables++;
    List<String> header = null;
    Map<Integer, String> mergedDown = new HashMap<>();
    int rowNumber = 0;
    for (XWPFTableRow row : table.getRows()) {
      rowNumber++;
      List<String> cells = cells(row, mergedDown);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      String origin = "table " + tables + ", row " + rowNumber;
      if (header == null) {
        header = flat(cells);
        if (header.equals(lastHeader)) {
          continue; // the same table continued after a page break
        }
        out.line(String.join(" | ", header) + " |", origin, 100);
        continue;
      }
      if (flat(cells).equals(header)) {
        continue; // the header repeated on a new page
      }
      out.line(String.join(" | ", cells) + " |", origin, 100);
    }
    lastHeader = header;
  }

  /** A row's cells in grid order: spans written once then empty, vertical merges repeated. */
  private static List<String> cells(XWPFTableRow row, Map<Integer, String> mergedDown) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr properties = cell.getCTTc().getTcPr();
      int span = 1;
      if (properties != null && properties.isSetGridSpan()) {
        span = Math.max(1, properties.getGridSpan().getVal().intValue());
      }
      int column = cells.size();
      String text = cellText(cell);
      if (properties != null && properties.isSetVMerge()) {
        boolean restart = properties.getVMerge().getVal() == STMerge.RESTART;
        if (restart) {
          mergedDown.put(column, text);
        } else {
          text = mergedDown.getOrDefault(column, text);
        }
      } else {
        mergedDown.remove(column);
      }
      cells.add(text);
      for (int i = 1; i < span; i++) {
        cells.add("");
      }
    }
    return cells;
  }

  private static String cellText(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      String text = clean(paragraph.getText());
      if (!text.isEmpty()) {
        lines.add(text.replace('|', '/'));
      }
    }
    return String.join("\n", lines);
  }

  private static List<String> flat(List<String> cells) {
    return cells.stream().map(c -> c.replaceAll("\\s+", " ").strip()).toList();
  }

  /** Non-breaking spaces as spaces, tabs and breaks inside a paragraph as spaces. */
  private static String clean(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
