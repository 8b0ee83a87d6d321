package vn.plantrack.plan.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A corpus document as a Word file, written with POI the way Word saves one: paragraphs; tables
 * with a header row marked to repeat on every page and section rows merged across the columns after
 * the code (gridSpan); with {@code docx-numbering: true}, list markers ("1.", "a)", "-", "+") as
 * Word's automatic numbering instead of typed text, restarting after each Roman chapter.
 */
final class DocxRendering {
  private static final Pattern MARKER = Pattern.compile("^(\\d{1,2}\\.|[a-zđ]\\)|[-+]) (.*)$");
  private static final Pattern ROMAN = Pattern.compile("^[IVX]+\\. .*");

  private DocxRendering() {}

  static byte[] render(CorpusPlan plan) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean numbered = plan.option("docx-numbering").equals("true");
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger abstractId = numbered ? numbering.addAbstractNum(lists()) : null;
      BigInteger numId = numbered ? numbering.addNum(abstractId) : null;
      for (CorpusPlan.Block block : plan.blocks()) {
        if (block instanceof CorpusPlan.Paragraph p) {
          XWPFParagraph paragraph = doc.createParagraph();
          String text = p.text();
          Matcher m = MARKER.matcher(text);
          if (numbered && ROMAN.matcher(text).matches()) {
            numId = numbering.addNum(abstractId);
          } else if (numbered && m.matches()) {
            String marker = m.group(1);
            int level =
                Character.isDigit(marker.charAt(0))
                    ? 0
                    : marker.endsWith(")") ? 1 : marker.equals("-") ? 2 : 3;
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(level));
            text = m.group(2);
          }
          paragraph.createRun().setText(text);
        } else if (block instanceof CorpusPlan.SideBySide s) {
          XWPFTable table = doc.createTable(1, 2);
          table.getRow(0).getCell(0).setText(s.left());
          table.getRow(0).getCell(1).setText(s.right());
        } else if (block instanceof CorpusPlan.PageBreak) {
          doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof CorpusPlan.Table t) {
          table(doc, t);
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void table(XWPFDocument doc, CorpusPlan.Table t) {
    int width = t.header().size();
    XWPFTable table = doc.createTable(1 + t.rows().size(), width);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    fill(header, t.header(), width);
    for (int i = 0; i < t.rows().size(); i++) {
      fill(table.getRow(i + 1), t.rows().get(i), width);
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, int width) {
    if (cells.size() < width) {
      // The last cell spans the rest of the row: drop the covered cells, widen it.
      for (int c = width - 1; c >= cells.size(); c--) {
        row.removeCell(c);
      }
      XWPFTableCell last = row.getCell(cells.size() - 1);
      last.getCTTc()
          .addNewTcPr()
          .addNewGridSpan()
          .setVal(BigInteger.valueOf(width - cells.size() + 1));
    }
    for (int c = 0; c < cells.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      String[] paragraphs = cells.get(c).split(" // ");
      cell.setText(paragraphs[0]);
      for (int p = 1; p < paragraphs.length; p++) {
        cell.addParagraph().createRun().setText(paragraphs[p]);
      }
    }
  }

  /** One list definition: "1." then "a)" then "-" then "+". */
  private static XWPFAbstractNum lists() {
    CTAbstractNum list = CTAbstractNum.Factory.newInstance();
    list.setAbstractNumId(BigInteger.ONE);
    level(list, 0, STNumberFormat.DECIMAL, "%1.");
    level(list, 1, STNumberFormat.LOWER_LETTER, "%2)");
    level(list, 2, STNumberFormat.BULLET, "-");
    level(list, 3, STNumberFormat.BULLET, "+");
    return new XWPFAbstractNum(list);
  }

  private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text) {
    CTLvl level = list.addNewLvl();
    level.setIlvl(BigInteger.valueOf(ilvl));
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
  }
}
