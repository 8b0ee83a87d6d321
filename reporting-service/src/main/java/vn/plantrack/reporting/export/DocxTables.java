package vn.plantrack.reporting.export;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.plantrack.reporting.export.Document.Align;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Column;
import vn.plantrack.reporting.export.Document.Row;
import vn.plantrack.reporting.export.Document.Style;
import vn.plantrack.reporting.export.Document.Table;

/** Tables in Word: fixed column widths, borders, a bold grey header row repeated on each page. */
final class DocxTables {
  private static final String HEADER_FILL = "E7E6E6";

  private DocxTables() {}

  /** {@code t} across {@code width} twips, its columns as wide as their weights say. */
  static void table(XWPFDocument doc, Table t, int width, Progress progress) {
    List<Column> columns = t.columns();
    XWPFTable table = doc.createTable(1, columns.size());
    widths(table, columns.stream().mapToInt(Column::weight).toArray(), width);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int i = 0; i < columns.size(); i++) {
      XWPFTableCell cell = header.getCell(i);
      cell.setColor(HEADER_FILL);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setSpacingAfter(0);
      DocxRenderer.run(p, columns.get(i).header(), Style.BOLD, t.size());
    }
    cellWidths(header, table);
    for (Row r : t.rows()) {
      XWPFTableRow row = table.createRow();
      for (int i = 0; i < columns.size(); i++) {
        Cell c = i < r.cells().size() ? r.cells().get(i) : Cell.text("");
        XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (columns.get(i).align() == Align.CENTER) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        DocxRenderer.run(p, c.text(), r.bold() ? Style.BOLD : Style.REGULAR, t.size());
      }
      cellWidths(row, table);
      progress.step();
    }
  }

  /** Fixed layout: the grid's column widths (twips) as shares of {@code width}. */
  static void widths(XWPFTable t, int[] weights, int width) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    CTTblPr pr =
        t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    CTTblGrid grid =
        t.getCTTbl().getTblGrid() == null
            ? t.getCTTbl().addNewTblGrid()
            : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int weight : weights) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) width * weight / total));
    }
    cellWidths(t.getRow(0), t);
  }

  private static void cellWidths(XWPFTableRow row, XWPFTable t) {
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    for (int i = 0; i < row.getTableCells().size() && i < grid.sizeOfGridColArray(); i++) {
      CTTcPr pr =
          row.getCell(i).getCTTc().isSetTcPr()
              ? row.getCell(i).getCTTc().getTcPr()
              : row.getCell(i).getCTTc().addNewTcPr();
      CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(grid.getGridColArray(i).getW());
    }
  }
}
