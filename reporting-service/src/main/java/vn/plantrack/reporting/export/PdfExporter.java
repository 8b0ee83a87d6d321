package vn.plantrack.reporting.export;

import static vn.plantrack.reporting.export.PdfLayout.Align.CENTER;
import static vn.plantrack.reporting.export.PdfLayout.Align.LEFT;
import static vn.plantrack.reporting.export.PdfLayout.CM;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TaskRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;
import vn.plantrack.reporting.export.PdfLayout.Column;
import vn.plantrack.reporting.export.PdfLayout.HeadingLine;
import vn.plantrack.reporting.export.PdfLayout.Span;
import vn.plantrack.reporting.export.PdfLayout.Style;

/**
 * The consolidated report as a PDF, with the same parts as the DOCX: the administrative heading,
 * "BÁO CÁO" and the subject, sections I–IV, the signature block, then annex I (tasks) and annex II
 * (indicators) on landscape pages. DejaVu Serif is embedded (subset), so every Vietnamese letter —
 * ệ, ộ, ữ, ẫ, ằ, Đ — renders on any reader and the text can be searched and copied.
 */
final class PdfExporter {
  private static final float BODY = 11;
  private static final float TABLE = 9;
  private static final float ANNEX = 8;
  private static final float INDENT = 1 * CM;

  private PdfExporter() {}

  static void write(ConsolidatedReportDocument d, OutputStream out, IntConsumer progress)
      throws IOException {
    try (PDDocument doc = new PDDocument();
        PdfLayout layout = new PdfLayout(doc)) {
      info(doc, d.header());
      Header h = d.header();
      layout.newPage(false);
      heading(layout, h);
      layout.gap(16);
      layout.paragraph("BÁO CÁO", Style.BOLD, CENTER, 13, 2);
      layout.paragraph(Labels.subject(h), Style.BOLD, CENTER, BODY, 4);
      layout.paragraph(Labels.window(h), Style.ITALIC, CENTER, BODY - 1, 2);
      String version = Labels.version(h);
      if (!version.isEmpty()) {
        layout.paragraph(version, Style.ITALIC, CENTER, BODY - 1, 2);
      }
      layout.gap(8);
      body(
          layout,
          "Thực hiện "
              + Labels.plan(h)
              + ", "
              + h.issuingOrganization()
              + " tổng hợp, báo cáo kết quả thực hiện "
              + h.periodLabel()
              + " như sau:");

      results(layout, d);
      progress.accept(20);
      indicators(layout, d);
      compliance(layout, d);
      difficulties(layout, d);
      closing(layout, h);
      progress.accept(40);

      layout.newPage(true);
      annexTitle(layout, h, "PHỤ LỤC I", "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
      tasksAnnex(layout, d.tasks());
      progress.accept(80);
      layout.newPage(true);
      annexTitle(layout, h, "PHỤ LỤC II", "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU");
      indicatorsAnnex(layout, d.indicators());
      layout.pageNumbers(BODY - 1);
      doc.save(out);
      out.flush();
    }
    progress.accept(100);
  }

  private static void info(PDDocument doc, Header h) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle("Báo cáo " + Labels.subject(h));
    info.setAuthor(h.issuingOrganization() + " - " + h.provinceName());
    info.setSubject(Labels.plan(h) + ", " + h.periodLabel());
    info.setCreator("PlanTrack");
    Calendar now = new GregorianCalendar(TimeZone.getTimeZone(DocumentMapping.VIETNAM));
    info.setCreationDate(now);
    doc.getDocumentCatalog().setLanguage("vi-VN");
  }

  private static void heading(PdfLayout layout, Header h) throws IOException {
    List<HeadingLine> left = new ArrayList<>();
    left.add(new HeadingLine(Labels.parentBody(h), Style.REGULAR, BODY - 0.5f, 0));
    left.add(
        new HeadingLine(Labels.upper(h.issuingOrganization()), Style.BOLD, BODY - 0.5f, 0.35f));
    left.add(new HeadingLine(Labels.documentNumber(h), Style.REGULAR, BODY - 0.5f, 0));
    List<HeadingLine> right = new ArrayList<>();
    right.add(new HeadingLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, BODY - 0.5f, 0));
    right.add(new HeadingLine("Độc lập - Tự do - Hạnh phúc", Style.BOLD, BODY, 0.55f));
    right.add(new HeadingLine(Labels.placeAndDate(h), Style.ITALIC, BODY - 0.5f, 0));
    if (h.draft()) {
      right.add(new HeadingLine("DỰ THẢO", Style.BOLD, BODY - 1, 0));
    }
    layout.twoColumns(0.4f, left, right);
  }

  private static void results(PdfLayout layout, ConsolidatedReportDocument d) throws IOException {
    var totals = d.totals();
    int total = totals.tasks();
    section(layout, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    subsection(layout, "1. Kết quả chung");
    List<String> parts = new ArrayList<>();
    for (TimelinessClass c : TimelinessClass.values()) {
      parts.add(
          lowerFirst(c.label)
              + " "
              + totals.count(c)
              + " ("
              + Labels.percent(totals.count(c), total)
              + ")");
    }
    body(
        layout,
        "Tổng số nhiệm vụ được giao: "
            + total
            + " nhiệm vụ, trong đó: "
            + String.join("; ", parts)
            + ".");
    List<List<String>> rows = new ArrayList<>();
    int i = 1;
    for (TimelinessClass c : TimelinessClass.values()) {
      rows.add(
          List.of(
              Integer.toString(i++),
              c.label,
              Integer.toString(totals.count(c)),
              Labels.percent(totals.count(c), total)));
    }
    rows.add(List.of("", "Tổng cộng", Integer.toString(total), total == 0 ? "" : "100%"));
    layout.table(
        List.of(
            new Column("TT", 8, CENTER),
            new Column("Phân loại", 52, LEFT),
            new Column("Số nhiệm vụ", 20, CENTER),
            new Column("Tỷ lệ", 20, CENTER)),
        rows,
        TABLE);

    subsection(layout, "2. Kết quả theo đơn vị");
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("TT", 5, CENTER));
    columns.add(new Column("Đơn vị", 27, LEFT));
    columns.add(new Column("Tổng số", 8, CENTER));
    for (TimelinessClass c : TimelinessClass.values()) {
      columns.add(new Column(c.label, 10, CENTER));
    }
    List<List<String>> units = new ArrayList<>();
    int n = 1;
    for (Unit u : d.units()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(n++));
      row.add(u.orgName());
      row.add(Integer.toString(u.taskCount()));
      for (TimelinessClass c : TimelinessClass.values()) {
        row.add(Integer.toString(u.count(c)));
      }
      units.add(row);
    }
    layout.table(columns, units, ANNEX);

    subsection(layout, "3. Kết quả nổi bật của các đơn vị");
    narratives(layout, d.units(), u -> u.narrative().results());
  }

  private static void indicators(PdfLayout layout, ConsolidatedReportDocument d)
      throws IOException {
    var totals = d.totals();
    int total = totals.indicators();
    section(layout, "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU");
    List<String> parts = new ArrayList<>();
    for (Evaluation e : Evaluation.values()) {
      if (totals.count(e) > 0) {
        parts.add(lowerFirst(e.label) + " " + totals.count(e));
      }
    }
    body(
        layout,
        "Tổng số chỉ tiêu theo dõi: "
            + total
            + (parts.isEmpty() ? "" : ", trong đó: " + String.join("; ", parts))
            + ". Chi tiết tại Phụ lục II kèm theo.");
    List<List<String>> rows = new ArrayList<>();
    int i = 1;
    for (Evaluation e : Evaluation.values()) {
      rows.add(
          List.of(
              Integer.toString(i++),
              e.label,
              Integer.toString(totals.count(e)),
              Labels.percent(totals.count(e), total)));
    }
    rows.add(List.of("", "Tổng cộng", Integer.toString(total), total == 0 ? "" : "100%"));
    layout.table(
        List.of(
            new Column("TT", 8, CENTER),
            new Column("Đánh giá", 52, LEFT),
            new Column("Số chỉ tiêu", 20, CENTER),
            new Column("Tỷ lệ", 20, CENTER)),
        rows,
        TABLE);
  }

  private static void compliance(PdfLayout layout, ConsolidatedReportDocument d)
      throws IOException {
    var c = d.compliance();
    section(layout, "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
    body(
        layout,
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
            + ").");
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Unit u : d.units()) {
      if (u.submittedAt() == null) {
        missing.add(u.orgName());
      } else if (Boolean.FALSE.equals(u.onTime())) {
        late.add(u.orgName());
      }
    }
    if (!missing.isEmpty()) {
      body(layout, "Các đơn vị chưa gửi báo cáo: " + String.join(", ", missing) + ".");
    }
    if (!late.isEmpty()) {
      body(layout, "Các đơn vị gửi báo cáo chậm: " + String.join(", ", late) + ".");
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (Unit u : d.units()) {
      rows.add(
          List.of(
              Integer.toString(n++),
              u.orgName(),
              Labels.label(u.reportStatus()),
              Labels.dateTime(u.submittedAt()),
              Labels.onTime(u.onTime())));
    }
    layout.table(
        List.of(
            new Column("TT", 7, CENTER),
            new Column("Đơn vị", 43, LEFT),
            new Column("Tình trạng báo cáo", 18, CENTER),
            new Column("Thời điểm gửi", 20, CENTER),
            new Column("Đúng hạn", 12, CENTER)),
        rows,
        TABLE);
  }

  private static void difficulties(PdfLayout layout, ConsolidatedReportDocument d)
      throws IOException {
    section(layout, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ");
    subsection(layout, "1. Khó khăn, vướng mắc");
    narratives(layout, d.units(), u -> u.narrative().difficulties());
    subsection(layout, "2. Đề xuất, kiến nghị");
    narratives(layout, d.units(), u -> u.narrative().proposals());
  }

  /** Per unit that wrote something: its name in bold, then what it wrote. */
  private static void narratives(PdfLayout layout, List<Unit> units, Function<Unit, String> text)
      throws IOException {
    boolean any = false;
    for (Unit u : units) {
      List<String> paragraphs = Labels.paragraphs(text.apply(u));
      if (paragraphs.isEmpty()) {
        continue;
      }
      any = true;
      layout.paragraph(
          List.of(Span.bold("- " + u.orgName() + ": "), Span.of(paragraphs.get(0))),
          LEFT,
          BODY,
          INDENT,
          4);
      for (String more : paragraphs.subList(1, paragraphs.size())) {
        layout.paragraph(List.of(Span.of(more)), LEFT, BODY, INDENT, 4);
      }
    }
    if (!any) {
      body(layout, "Không có.");
    }
  }

  private static void closing(PdfLayout layout, Header h) throws IOException {
    body(
        layout,
        "Trên đây là báo cáo kết quả thực hiện "
            + Labels.plan(h)
            + " "
            + h.periodLabel()
            + " của "
            + h.issuingOrganization()
            + "./.");
    layout.gap(6);
    layout.twoColumns(
        0.5f,
        List.of(
            new HeadingLine("Nơi nhận:", Style.BOLD, BODY - 1, 0),
            new HeadingLine("- UBND tỉnh (b/c);", Style.REGULAR, BODY - 2, 0),
            new HeadingLine("- Các đơn vị liên quan;", Style.REGULAR, BODY - 2, 0),
            new HeadingLine("- Lưu: VT.", Style.REGULAR, BODY - 2, 0)),
        List.of(
            new HeadingLine(
                h.issuingOrganization().startsWith("Sở ") ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN",
                Style.BOLD,
                BODY,
                0)));
  }

  private static void annexTitle(PdfLayout layout, Header h, String number, String title)
      throws IOException {
    layout.paragraph(number, Style.BOLD, CENTER, BODY, 0);
    layout.paragraph(title, Style.BOLD, CENTER, BODY, 0);
    layout.paragraph(
        "(Kèm theo Báo cáo số        /BC-"
            + Labels.abbreviation(h.issuingOrganization())
            + " của "
            + h.issuingOrganization()
            + ", "
            + h.periodLabel()
            + ")",
        Style.ITALIC,
        CENTER,
        BODY - 1,
        8);
  }

  private static void tasksAnnex(PdfLayout layout, List<TaskRow> tasks) throws IOException {
    List<List<String>> rows = new ArrayList<>(tasks.size());
    for (TaskRow r : tasks) {
      rows.add(
          List.of(
              Labels.nz(r.code()),
              Labels.nz(r.title()),
              Labels.join(r.leadOrgNames()),
              Labels.join(r.cooperatingOrgNames()),
              Labels.nz(r.deadlineText()),
              Labels.taskStatus(r.status()),
              r.progressPercent() + "%",
              Labels.label(r.timeliness()),
              Labels.nz(r.latestProgressNote())));
    }
    layout.table(
        List.of(
            new Column("TT", 5, CENTER),
            new Column("Nhiệm vụ", 25, LEFT),
            new Column("Cơ quan chủ trì", 12, LEFT),
            new Column("Cơ quan phối hợp", 12, LEFT),
            new Column("Thời gian hoàn thành", 9, CENTER),
            new Column("Trạng thái", 8, CENTER),
            new Column("Tiến độ", 6, CENTER),
            new Column("Phân loại", 10, CENTER),
            new Column("Tình hình thực hiện", 13, LEFT)),
        rows,
        ANNEX);
  }

  private static void indicatorsAnnex(PdfLayout layout, List<IndicatorRow> indicators)
      throws IOException {
    List<List<String>> rows = new ArrayList<>(indicators.size());
    for (IndicatorRow i : indicators) {
      rows.add(
          List.of(
              Labels.nz(i.code()),
              Labels.nz(i.name()),
              Labels.nz(i.unit()),
              Labels.join(i.monitoringOrgNames()),
              Labels.nz(i.baseline()),
              Labels.nz(i.target())
                  + (i.milestoneYear() == null ? "" : " (năm " + i.milestoneYear() + ")"),
              Labels.nz(i.latestValue()),
              Labels.label(i.evaluation())));
    }
    layout.table(
        List.of(
            new Column("TT", 5, CENTER),
            new Column("Chỉ tiêu", 30, LEFT),
            new Column("Đơn vị tính", 9, CENTER),
            new Column("Cơ quan chủ trì theo dõi, đánh giá", 15, LEFT),
            new Column("Giá trị cơ sở", 9, CENTER),
            new Column("Mục tiêu", 12, CENTER),
            new Column("Kết quả", 10, CENTER),
            new Column("Đánh giá", 10, CENTER)),
        rows,
        ANNEX);
  }

  private static void section(PdfLayout layout, String text) throws IOException {
    layout.gap(4);
    layout.keep(6 * BODY);
    layout.paragraph(text, Style.BOLD, LEFT, BODY, 3);
  }

  private static void subsection(PdfLayout layout, String text) throws IOException {
    layout.keep(5 * BODY);
    layout.paragraph(List.of(Span.bold(text)), LEFT, BODY, INDENT, 3);
  }

  private static void body(PdfLayout layout, String text) throws IOException {
    for (String p : Labels.paragraphs(text)) {
      layout.paragraph(List.of(Span.of(p)), LEFT, BODY, INDENT, 4);
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
