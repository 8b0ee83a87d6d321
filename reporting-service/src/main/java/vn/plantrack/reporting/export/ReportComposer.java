package vn.plantrack.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TaskRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;
import vn.plantrack.reporting.export.Document.AdministrativeHeader;
import vn.plantrack.reporting.export.Document.Blank;
import vn.plantrack.reporting.export.Document.Block;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Column;
import vn.plantrack.reporting.export.Document.Heading;
import vn.plantrack.reporting.export.Document.Line;
import vn.plantrack.reporting.export.Document.PageBreak;
import vn.plantrack.reporting.export.Document.Paragraph;
import vn.plantrack.reporting.export.Document.Row;
import vn.plantrack.reporting.export.Document.Rule;
import vn.plantrack.reporting.export.Document.Signature;
import vn.plantrack.reporting.export.Document.Size;
import vn.plantrack.reporting.export.Document.Span;
import vn.plantrack.reporting.export.Document.Style;
import vn.plantrack.reporting.export.Document.Table;

/**
 * Writes the consolidated report once, as a {@link Document}: a Vietnamese administrative report
 * (Nghị định 30/2020/NĐ-CP) — the two-column heading; "BÁO CÁO" and the subject; sections I–IV; the
 * recipients and signature block; then, on landscape pages, annex I (tasks) and annex II
 * (indicators) — and the workbook's sheets ({@link WorkbookComposer}). Every sentence of the
 * exports and the order of their parts are here.
 */
final class ReportComposer {
  private ReportComposer() {}

  static Document compose(ConsolidatedReportDocument d) {
    Table tasks = tasksAnnex(d.tasks());
    return new Document(info(d.header()), pages(d, tasks), WorkbookComposer.sheets(d, tasks), true);
  }

  private static Document.Info info(Header h) {
    return new Document.Info(
        "Báo cáo " + Labels.subject(h),
        h.issuingOrganization() + " - " + h.provinceName(),
        Labels.plan(h) + ", " + h.periodLabel(),
        "PlanTrack",
        "vi-VN");
  }

  private static List<Block> pages(ConsolidatedReportDocument d, Table tasks) {
    Header h = d.header();
    List<Block> b = new ArrayList<>();
    b.add(heading(h));
    b.add(new Blank());
    b.add(Paragraph.centered("BÁO CÁO", Style.BOLD, Size.TITLE));
    b.add(Paragraph.centered(Labels.subject(h), Style.BOLD, Size.TITLE));
    b.add(new Rule(0.21f));
    b.add(Paragraph.centered(Labels.window(h), Style.ITALIC, Size.BODY));
    String version = Labels.version(h);
    if (!version.isEmpty()) {
      b.add(Paragraph.centered(version, Style.ITALIC, Size.SMALL));
    }
    b.add(
        Paragraph.body(
            "Thực hiện "
                + Labels.plan(h)
                + ", "
                + h.issuingOrganization()
                + " tổng hợp, báo cáo kết quả thực hiện "
                + h.periodLabel()
                + " như sau:"));
    results(b, d);
    indicators(b, d);
    compliance(b, d);
    difficulties(b, d);
    closing(b, h);
    b.add(new PageBreak(true));
    annexTitle(b, h, "PHỤ LỤC I", "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
    b.add(tasks);
    b.add(new PageBreak(true));
    annexTitle(b, h, "PHỤ LỤC II", "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU");
    b.add(indicatorsAnnex(d.indicators()));
    return b;
  }

  /** Issuing body left, national name and motto right. */
  private static AdministrativeHeader heading(Header h) {
    List<Line> right = new ArrayList<>();
    right.add(Line.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, Size.BODY));
    right.add(new Line("Độc lập - Tự do - Hạnh phúc", Style.BOLD, Size.TITLE, 0.55f));
    right.add(Line.of(Labels.placeAndDate(h), Style.ITALIC, Size.BODY));
    if (h.draft()) {
      right.add(Line.of("DỰ THẢO", Style.BOLD, Size.SMALL));
    }
    return new AdministrativeHeader(
        List.of(
            Line.of(Labels.parentBody(h), Style.REGULAR, Size.BODY),
            new Line(Labels.upper(h.issuingOrganization()), Style.BOLD, Size.BODY, 0.35f),
            Line.of(Labels.documentNumber(h), Style.REGULAR, Size.BODY)),
        right);
  }

  private static void results(List<Block> b, ConsolidatedReportDocument d) {
    var totals = d.totals();
    int total = totals.tasks();
    b.add(new Heading(1, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"));
    b.add(new Heading(2, "1. Kết quả chung"));
    List<String> parts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int i = 1;
    for (TimelinessClass c : TimelinessClass.values()) {
      String share = Labels.percent(totals.count(c), total);
      parts.add(Labels.lowerFirst(c.label) + " " + totals.count(c) + " (" + share + ")");
      rows.add(countRow(i++, c.label, totals.count(c), total));
    }
    b.add(
        Paragraph.body(
            "Tổng số nhiệm vụ được giao: "
                + total
                + " nhiệm vụ, trong đó: "
                + String.join("; ", parts)
                + "."));
    rows.add(totalRow(total));
    b.add(countTable("Phân loại", "Số nhiệm vụ", rows));

    b.add(new Heading(2, "2. Kết quả theo đơn vị"));
    List<Column> columns = new ArrayList<>();
    columns.add(Column.center("TT", 5));
    columns.add(Column.left("Đơn vị", 29));
    columns.add(Column.center("Tổng số", 8));
    for (TimelinessClass c : TimelinessClass.values()) {
      columns.add(Column.center(c.label, 9));
    }
    List<Row> units = new ArrayList<>();
    int n = 1;
    for (Unit u : d.units()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.number(n++));
      cells.add(Cell.text(u.orgName()));
      cells.add(Cell.number(u.taskCount()));
      for (TimelinessClass c : TimelinessClass.values()) {
        cells.add(Cell.number(u.count(c)));
      }
      units.add(new Row(cells, false));
    }
    b.add(new Table(columns, units, Size.ANNEX));

    b.add(new Heading(2, "3. Kết quả nổi bật của các đơn vị"));
    narratives(b, d.units(), u -> u.narrative().results());
  }

  private static void indicators(List<Block> b, ConsolidatedReportDocument d) {
    var totals = d.totals();
    int total = totals.indicators();
    b.add(new Heading(1, "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU"));
    List<String> parts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int i = 1;
    for (Evaluation e : Evaluation.values()) {
      if (totals.count(e) > 0) {
        parts.add(Labels.lowerFirst(e.label) + " " + totals.count(e));
      }
      rows.add(countRow(i++, e.label, totals.count(e), total));
    }
    b.add(
        Paragraph.body(
            "Tổng số chỉ tiêu theo dõi: "
                + total
                + (parts.isEmpty() ? "" : ", trong đó: " + String.join("; ", parts))
                + ". Chi tiết tại Phụ lục II kèm theo."));
    rows.add(totalRow(total));
    b.add(countTable("Đánh giá", "Số chỉ tiêu", rows));
  }

  private static Row countRow(int number, String label, int count, int total) {
    return Row.of(
        Cell.number(number),
        Cell.text(label),
        Cell.number(count),
        Cell.percent(Labels.percent(count, total), count, total));
  }

  private static Row totalRow(int total) {
    return new Row(
        List.of(
            Cell.text(""),
            Cell.text("Tổng cộng"),
            Cell.number(total),
            Cell.percent(total == 0 ? "" : "100%", total, total)),
        true);
  }

  private static Table countTable(String what, String count, List<Row> rows) {
    return new Table(
        List.of(
            Column.center("TT", 8),
            Column.left(what, 52),
            Column.center(count, 20),
            Column.center("Tỷ lệ", 20)),
        rows,
        Size.TABLE);
  }

  private static void compliance(List<Block> b, ConsolidatedReportDocument d) {
    var c = d.compliance();
    b.add(new Heading(1, "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"));
    b.add(
        Paragraph.body(
            "Có "
                + c.received()
                + "/"
                + c.expected()
                + " đơn vị đã gửi báo cáo (đạt "
                + Labels.percent(c.received(), c.expected())
                + "), trong đó "
                + c.receivedOnTime()
                + " đơn vị gửi đúng hạn ("
                + Labels.percent(c.receivedOnTime(), c.expected())
                + ")."));
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int n = 1;
    for (Unit u : d.units()) {
      if (u.submittedAt() == null) {
        missing.add(u.orgName());
      } else if (Boolean.FALSE.equals(u.onTime())) {
        late.add(u.orgName());
      }
      rows.add(
          Row.of(
              Cell.number(n++),
              Cell.text(u.orgName()),
              Cell.text(Labels.label(u.reportStatus())),
              Cell.text(Labels.dateTime(u.submittedAt())),
              Cell.text(Labels.onTime(u.onTime()))));
    }
    if (!missing.isEmpty()) {
      b.add(Paragraph.body("Các đơn vị chưa gửi báo cáo: " + String.join(", ", missing) + "."));
    }
    if (!late.isEmpty()) {
      b.add(Paragraph.body("Các đơn vị gửi báo cáo chậm: " + String.join(", ", late) + "."));
    }
    b.add(
        new Table(
            List.of(
                Column.center("TT", 7),
                Column.left("Đơn vị", 43),
                Column.center("Tình trạng báo cáo", 18),
                Column.center("Thời điểm gửi", 20),
                Column.center("Đúng hạn", 12)),
            rows,
            Size.TABLE));
  }

  private static void difficulties(List<Block> b, ConsolidatedReportDocument d) {
    b.add(new Heading(1, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"));
    b.add(new Heading(2, "1. Khó khăn, vướng mắc"));
    narratives(b, d.units(), u -> u.narrative().difficulties());
    b.add(new Heading(2, "2. Đề xuất, kiến nghị"));
    narratives(b, d.units(), u -> u.narrative().proposals());
  }

  /** Per unit that wrote something: its name in bold, then what it wrote; else "Không có.". */
  private static void narratives(List<Block> b, List<Unit> units, Function<Unit, String> text) {
    boolean any = false;
    for (Unit u : units) {
      List<String> paragraphs = Labels.paragraphs(text.apply(u));
      if (paragraphs.isEmpty()) {
        continue;
      }
      any = true;
      b.add(
          new Paragraph(
              List.of(Span.bold("- " + u.orgName() + ": "), Span.of(paragraphs.get(0))),
              Size.BODY,
              false));
      paragraphs.subList(1, paragraphs.size()).forEach(p -> b.add(Paragraph.body(p)));
    }
    if (!any) {
      b.add(Paragraph.body("Không có."));
    }
  }

  private static void closing(List<Block> b, Header h) {
    b.add(
        Paragraph.body(
            "Trên đây là báo cáo kết quả thực hiện "
                + Labels.plan(h)
                + " "
                + h.periodLabel()
                + " của "
                + h.issuingOrganization()
                + "./."));
    String signer = h.issuingOrganization().startsWith("Sở ") ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN";
    b.add(
        new Signature(
            List.of(
                Line.of("Nơi nhận:", Style.BOLD_ITALIC, Size.SMALL),
                Line.of("- UBND tỉnh (b/c);", Style.REGULAR, Size.ANNEX),
                Line.of("- Các đơn vị liên quan;", Style.REGULAR, Size.ANNEX),
                Line.of("- Lưu: VT.", Style.REGULAR, Size.ANNEX)),
            List.of(Line.of(signer, Style.BOLD, Size.BODY))));
  }

  private static void annexTitle(List<Block> b, Header h, String number, String title) {
    b.add(Paragraph.centered(number, Style.BOLD, Size.BODY));
    b.add(Paragraph.centered(title, Style.BOLD, Size.BODY));
    b.add(
        Paragraph.centered(
            "(Kèm theo Báo cáo số        /BC-"
                + Labels.abbreviation(h.issuingOrganization())
                + " của "
                + h.issuingOrganization()
                + ", "
                + h.periodLabel()
                + ")",
            Style.ITALIC,
            Size.SMALL));
  }

  /** Annex I, which is also the workbook's sheet of tasks. */
  static Table tasksAnnex(List<TaskRow> tasks) {
    List<Row> rows = new ArrayList<>(tasks.size());
    for (TaskRow r : tasks) {
      rows.add(
          Row.of(
              Cell.text(r.code()),
              Cell.text(r.title()),
              Cell.text(Labels.join(r.leadOrgNames())),
              Cell.text(Labels.join(r.cooperatingOrgNames())),
              Cell.text(r.deadlineText()),
              Cell.text(Labels.taskStatus(r.status())),
              Cell.number(r.progressPercent()),
              Cell.text(Labels.label(r.timeliness())),
              Cell.text(r.latestProgressNote())));
    }
    return new Table(
        List.of(
            Column.center("TT", 5),
            Column.left("Nhiệm vụ", 25),
            Column.left("Cơ quan chủ trì", 12),
            Column.left("Cơ quan phối hợp", 12),
            Column.center("Thời gian hoàn thành", 9),
            Column.center("Trạng thái", 8),
            Column.center("Tiến độ (%)", 6),
            Column.center("Phân loại", 10),
            Column.left("Tình hình thực hiện mới nhất", 13)),
        rows,
        Size.ANNEX);
  }

  private static Table indicatorsAnnex(List<IndicatorRow> indicators) {
    List<Row> rows = new ArrayList<>(indicators.size());
    for (IndicatorRow i : indicators) {
      rows.add(
          Row.of(
              Cell.text(i.code()),
              Cell.text(i.name()),
              Cell.text(i.unit()),
              Cell.text(Labels.join(i.monitoringOrgNames())),
              Cell.text(i.baseline()),
              Cell.text(
                  Labels.nz(i.target())
                      + (i.milestoneYear() == null ? "" : " (năm " + i.milestoneYear() + ")")),
              Cell.text(i.latestValue()),
              Cell.text(Labels.label(i.evaluation()))));
    }
    return new Table(
        List.of(
            Column.center("TT", 5),
            Column.left("Chỉ tiêu", 30),
            Column.center("Đơn vị tính", 9),
            Column.left("Cơ quan chủ trì theo dõi, đánh giá", 15),
            Column.center("Giá trị cơ sở", 9),
            Column.center("Mục tiêu", 12),
            Column.center("Kết quả", 10),
            Column.center("Đánh giá", 10)),
        rows,
        Size.ANNEX);
  }
}
