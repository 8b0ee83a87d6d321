package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.reporting.export.KonTumReport.CONG_AN;
import static vn.plantrack.reporting.export.KonTumReport.SKHCN;
import static vn.plantrack.reporting.export.KonTumReport.STTTT;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plantrack.reporting.export.Document.AdministrativeHeader;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Heading;
import vn.plantrack.reporting.export.Document.Line;
import vn.plantrack.reporting.export.Document.PageBreak;
import vn.plantrack.reporting.export.Document.Paragraph;
import vn.plantrack.reporting.export.Document.Signature;
import vn.plantrack.reporting.export.Document.Table;

/** What every export says, and in which order, composed once for the three renderers. */
class ReportComposerTest {

  @Test
  void theReportHasItsSectionsInTheAdministrativeOrder() {
    Document d = ReportComposer.compose(KonTumReport.document(12));
    assertThat(d.pages().get(0)).isInstanceOf(AdministrativeHeader.class);
    assertThat(d.pages())
        .filteredOn(Heading.class::isInstance)
        .extracting(b -> ((Heading) b).text())
        .containsExactly(
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
            "1. Kết quả chung",
            "2. Kết quả theo đơn vị",
            "3. Kết quả nổi bật của các đơn vị",
            "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU",
            "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
            "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ",
            "1. Khó khăn, vướng mắc",
            "2. Đề xuất, kiến nghị");
    // The signature closes the portrait report; each annex starts a landscape page.
    List<String> outline =
        d.pages().stream()
            .map(
                b ->
                    b instanceof PageBreak p
                        ? (p.landscape() ? "landscape" : "portrait")
                        : b instanceof Signature
                            ? "signature"
                            : b instanceof Paragraph p && p.text().startsWith("PHỤ LỤC")
                                ? p.text()
                                : "")
            .filter(s -> !s.isEmpty())
            .toList();
    assertThat(outline)
        .containsExactly("signature", "landscape", "PHỤ LỤC I", "landscape", "PHỤ LỤC II");
    assertThat(d.pageNumbers()).isTrue();
    assertThat(d.info().author()).isEqualTo(SKHCN + " - Tỉnh Kon Tum");
    assertThat(d.sheets())
        .extracting(Document.Sheet::name)
        .containsExactly("Tổng hợp", "Nhiệm vụ", "Chỉ tiêu", "Tình hình báo cáo");
  }

  @Test
  void theSentencesCountTasksIndicatorsAndReports() {
    List<String> paragraphs = paragraphs(ReportComposer.compose(KonTumReport.document(12)));
    assertThat(paragraphs)
        .contains(
            "BÁO CÁO",
            "Thực hiện Kế hoạch số 1570/KH-UBND ngày 08/05/2025 của UBND tỉnh, Sở Khoa học và"
                + " Công nghệ tổng hợp, báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:",
            "Tổng số nhiệm vụ được giao: 12 nhiệm vụ, trong đó: hoàn thành đúng hạn 1 (8,3%);"
                + " hoàn thành quá hạn 1 (8,3%); đang thực hiện trong hạn 7 (58,3%); quá hạn chưa"
                + " hoàn thành 1 (8,3%); thường xuyên 1 (8,3%); chờ điều kiện 1 (8,3%).",
            "Tổng số chỉ tiêu theo dõi: 8, trong đó: đạt 1; không đạt 1; đúng tiến độ 2; có nguy"
                + " cơ không đạt 2; chưa có số liệu 1; cần đánh giá 1. Chi tiết tại Phụ lục II kèm"
                + " theo.",
            "Có 3/4 đơn vị đã gửi báo cáo (đạt 75,0%), trong đó 2 đơn vị gửi đúng hạn (50,0%).",
            "Các đơn vị chưa gửi báo cáo: Sở Tài chính.",
            "Các đơn vị gửi báo cáo chậm: Sở Thông tin và Truyền thông.",
            "- " + CONG_AN + ": " + KonTumReport.PROPOSAL_CONG_AN,
            "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 1570/KH-UBND ngày 08/05/2025 của"
                + " UBND tỉnh 6 tháng đầu năm 2025 của Sở Khoa học và Công nghệ./.");
    // A narrative of two paragraphs: the second follows as a paragraph of its own.
    assertThat(paragraphs)
        .containsSubsequence(
            "- " + SKHCN + ": " + KonTumReport.DIFFICULTY_SKHCN,
            "Kiểm tra chữ: " + KonTumReport.LETTERS + " ỹ ử đ.");
  }

  @Test
  void withoutNarrativesEachPartSaysThereIsNone() {
    ConsolidatedReportDocument base = KonTumReport.document(3);
    List<ConsolidatedReportDocument.Unit> silent =
        base.units().stream()
            .map(
                u ->
                    new ConsolidatedReportDocument.Unit(
                        u.orgName(),
                        u.tasks(),
                        u.reportStatus(),
                        u.submittedAt(),
                        u.onTime(),
                        null))
            .toList();
    Document d =
        ReportComposer.compose(
            new ConsolidatedReportDocument(
                base.header(),
                base.totals(),
                silent,
                base.tasks(),
                base.indicators(),
                base.compliance()));
    assertThat(paragraphs(d)).filteredOn("Không có."::equals).hasSize(3);
  }

  @Test
  void aDraftLeavesTheDateToFillInAndTheSignerIsTheDepartmentsDirector() {
    Document d = ReportComposer.compose(KonTumReport.document(3, null));
    var header = (AdministrativeHeader) d.pages().get(0);
    assertThat(header.right())
        .extracting(Line::text)
        .containsExactly(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Kon Tum, ngày …… tháng …… năm ……",
            "DỰ THẢO");
    assertThat(header.left())
        .extracting(Line::text)
        .containsExactly("UBND TỈNH KON TUM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:        /BC-SKHCN");
    Signature signature =
        d.pages().stream()
            .filter(Signature.class::isInstance)
            .map(Signature.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(signature.signer()).extracting(Line::text).containsExactly("GIÁM ĐỐC");
    assertThat(signature.recipients()).extracting(Line::text).startsWith("Nơi nhận:");
  }

  @Test
  void annexOneIsTheWorkbooksTaskSheetAndNamesEachTasksAgencies() {
    Document d = ReportComposer.compose(KonTumReport.document(12));
    Table annex =
        d.pages().stream()
            .filter(Table.class::isInstance)
            .map(Table.class::cast)
            .filter(t -> t.columns().get(1).header().equals("Nhiệm vụ"))
            .findFirst()
            .orElseThrow();
    assertThat(d.sheets().get(1).blocks()).containsExactly(annex);
    assertThat(annex.columns())
        .extracting(Document.Column::header)
        .containsExactly(
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Trạng thái",
            "Tiến độ (%)",
            "Phân loại",
            "Tình hình thực hiện mới nhất");
    List<Cell> fire = annex.rows().get(9).cells(); // 38.19
    assertThat(fire).extracting(Cell::text).startsWith("38.19");
    assertThat(fire.get(2).text()).isEqualTo(CONG_AN);
    assertThat(fire.get(3).text()).isEqualTo(STTTT);
    assertThat(fire.get(6).kind()).isEqualTo(Document.Kind.NUMBER);
  }

  private static List<String> paragraphs(Document d) {
    return d.pages().stream()
        .filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text())
        .toList();
  }
}
