package vn.plantrack.reporting.export;

import java.util.ArrayList;
import java.util.List;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;
import vn.plantrack.reporting.export.Document.Blank;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Column;
import vn.plantrack.reporting.export.Document.Field;
import vn.plantrack.reporting.export.Document.Fields;
import vn.plantrack.reporting.export.Document.Paragraph;
import vn.plantrack.reporting.export.Document.Row;
import vn.plantrack.reporting.export.Document.Sheet;
import vn.plantrack.reporting.export.Document.SheetBlock;
import vn.plantrack.reporting.export.Document.Size;
import vn.plantrack.reporting.export.Document.Style;
import vn.plantrack.reporting.export.Document.Table;

/**
 * The workbook's part of the report, one sheet per part: "Tổng hợp" (the heading and the totals),
 * "Nhiệm vụ" (annex I, the same table as the paged document's), "Chỉ tiêu" (annex II with the
 * milestone year as a number), "Tình hình báo cáo" (who reported, when, and what they wrote). In a
 * sheet's own tables a column's weight is its width in characters.
 */
final class WorkbookComposer {
  private WorkbookComposer() {}

  static List<Sheet> sheets(ConsolidatedReportDocument d, Table tasks) {
    return List.of(
        summary(d),
        new Sheet("Nhiệm vụ", List.of(tasks), List.of(8, 60, 28, 32, 16, 16, 10, 24, 50)),
        indicators(d.indicators()),
        units(d.units()));
  }

  private static Sheet summary(ConsolidatedReportDocument d) {
    Header h = d.header();
    List<SheetBlock> b = new ArrayList<>();
    b.add(
        Paragraph.centered(
            "BÁO CÁO TỔNG HỢP " + Labels.upper(h.periodLabel()), Style.BOLD, Size.TITLE));
    b.add(
        new Fields(
            List.of(
                new Field("Tỉnh", h.provinceName()),
                new Field("Cơ quan tổng hợp", h.issuingOrganization()),
                new Field("Kế hoạch", Labels.subject(h)),
                new Field("Kỳ báo cáo", h.periodLabel() + " (" + h.periodId() + ")"),
                new Field("Số liệu từ ngày", Labels.date(h.dataFrom())),
                new Field("Số liệu đến ngày", Labels.date(h.dataTo())),
                new Field("Phiên bản", h.version() > 0 ? Integer.toString(h.version()) : ""),
                new Field("Trạng thái", Labels.reportStatus(h.status())),
                new Field("Ban hành lúc", Labels.dateTime(h.issuedAt())))));
    b.add(new Blank());

    var totals = d.totals();
    int tasks = totals.tasks();
    List<Row> classes = new ArrayList<>();
    for (TimelinessClass c : TimelinessClass.values()) {
      classes.add(count(c.label, totals.count(c), tasks, false));
    }
    classes.add(count("Tổng số nhiệm vụ", tasks, tasks, true));
    b.add(counts("Phân loại nhiệm vụ", "Số nhiệm vụ", classes));
    b.add(new Blank());

    int indicators = totals.indicators();
    List<Row> evaluations = new ArrayList<>();
    for (Evaluation e : Evaluation.values()) {
      evaluations.add(count(e.label, totals.count(e), indicators, false));
    }
    evaluations.add(count("Tổng số chỉ tiêu", indicators, indicators, true));
    b.add(counts("Đánh giá chỉ tiêu", "Số chỉ tiêu", evaluations));
    b.add(new Blank());

    var c = d.compliance();
    b.add(
        counts(
            "Tình hình báo cáo",
            "Số đơn vị",
            List.of(
                count("Đơn vị phải báo cáo", c.expected(), c.expected(), false),
                count("Đã gửi báo cáo", c.received(), c.expected(), false),
                count("Gửi đúng hạn", c.receivedOnTime(), c.expected(), false))));
    return new Sheet("Tổng hợp", b, List.of(34, 90, 12));
  }

  private static Row count(String label, int count, int whole, boolean total) {
    return new Row(
        List.of(
            Cell.text(label),
            Cell.number(count),
            Cell.percent(Labels.percent(count, whole), count, whole)),
        total);
  }

  private static Table counts(String what, String count, List<Row> rows) {
    return new Table(
        List.of(Column.left(what, 34), Column.center(count, 12), Column.center("Tỷ lệ", 12)),
        rows,
        Size.TABLE);
  }

  private static Sheet indicators(List<IndicatorRow> indicators) {
    List<Row> rows = new ArrayList<>(indicators.size());
    for (IndicatorRow i : indicators) {
      rows.add(
          Row.of(
              Cell.text(i.code()),
              Cell.text(i.name()),
              Cell.text(i.unit()),
              Cell.text(Labels.join(i.monitoringOrgNames())),
              Cell.text(i.baseline()),
              Cell.number(i.milestoneYear()),
              Cell.text(i.target()),
              Cell.text(i.latestValue()),
              Cell.text(Labels.label(i.evaluation()))));
    }
    return list(
        "Chỉ tiêu",
        new Table(
            List.of(
                Column.center("TT", 8),
                Column.left("Chỉ tiêu", 60),
                Column.center("Đơn vị tính", 14),
                Column.left("Cơ quan chủ trì theo dõi, đánh giá", 30),
                Column.center("Giá trị cơ sở", 16),
                Column.center("Mốc (năm)", 10),
                Column.center("Mục tiêu", 22),
                Column.center("Kết quả mới nhất", 18),
                Column.center("Đánh giá", 22)),
            rows,
            Size.ANNEX));
  }

  private static Sheet units(List<Unit> units) {
    TimelinessClass[] classes = TimelinessClass.values();
    List<Column> columns = new ArrayList<>();
    columns.add(Column.center("STT", 6));
    columns.add(Column.left("Đơn vị", 36));
    columns.add(Column.center("Tổng số nhiệm vụ", 10));
    for (TimelinessClass c : classes) {
      columns.add(Column.center(c.label, 12));
    }
    columns.add(Column.center("Trạng thái báo cáo", 16));
    columns.add(Column.center("Thời điểm gửi", 18));
    columns.add(Column.center("Gửi đúng hạn", 10));
    columns.add(Column.left("Kết quả thực hiện", 50));
    columns.add(Column.left("Khó khăn, vướng mắc", 50));
    columns.add(Column.left("Đề xuất, kiến nghị", 50));
    List<Row> rows = new ArrayList<>();
    int n = 1;
    for (Unit u : units) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.number(n++));
      cells.add(Cell.text(u.orgName()));
      cells.add(Cell.number(u.taskCount()));
      for (TimelinessClass c : classes) {
        cells.add(Cell.number(u.count(c)));
      }
      cells.add(Cell.text(Labels.label(u.reportStatus())));
      cells.add(Cell.text(Labels.dateTime(u.submittedAt())));
      cells.add(Cell.text(Labels.onTime(u.onTime())));
      cells.add(Cell.text(u.narrative().results()));
      cells.add(Cell.text(u.narrative().difficulties()));
      cells.add(Cell.text(u.narrative().proposals()));
      rows.add(new Row(cells, false));
    }
    return list("Tình hình báo cáo", new Table(columns, rows, Size.TABLE));
  }

  /** A sheet that is one table, its columns as wide (in characters) as their weights. */
  private static Sheet list(String name, Table table) {
    return new Sheet(name, List.of(table), table.columns().stream().map(Column::weight).toList());
  }
}
