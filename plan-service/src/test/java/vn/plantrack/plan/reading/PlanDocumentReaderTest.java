package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.ImportedPlan.Indicator;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Target;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

class PlanDocumentReaderTest {
  private final PlanDocumentReader reader = new PlanDocumentReader();

  @Test
  void readsAnOcrTabTableWithColumnsInAnotherOrderAndNumberingPerSection() {
    ImportedPlan plan =
        reader.read(
            "UBND TINH KON TUM | CONG HOA XA HOI CHU NGHIA VIET NAM |\n"
                + "So: 45/KH-UBND | Kon Tum, ngay 02 thang 6 nam 2025 |\n"
                + "KE HOACH\n"
                + "THUC HIEN KE HOACH SO 1570/KH-UBND\n"
                + "I. MUC DICH\n"
                + "PHU LUC II\n"
                + "DANH MUC CAC NHIEM VU CU THE\n"
                + "(Kem theo Ke hoach so 45/KH-UBND)\n"
                + "STT\tThoi han\tNoi dung nhiem vu\tDon vi phoi hop\tCo quan chu tri\n"
                + "I\tNang cao nhan thuc\n"
                + "1\tThuong xuyen\tTuyen truyen Nghi quyet\tCac so, nganh\tSo Van hoa, The thao va Du lich\n"
                + "2\tQuy IV/2025\tXay dung ke hoach\n"
                + "chuyen doi so\tSo Noi vu\tSo Khoa hoc va Cong nghe\n"
                + "II\tHoan thien the che\n"
                + "1\t12/2025\tRa soat van ban\t\tSo Tu phap\n");

    assertThat(plan.sections())
        .extracting(Section::code, Section::title, Section::sourceLine)
        .containsExactly(
            tuple("I", "Nang cao nhan thuc", 10), tuple("II", "Hoan thien the che", 14));
    assertThat(plan.tasks())
        .extracting(Task::code, Task::printedCode, Task::sectionCode, Task::deadlineText)
        .containsExactly(
            tuple("I.1", "1", "I", "Thuong xuyen"),
            tuple("I.2", "2", "I", "Quy IV/2025"),
            tuple("II.1", "1", "II", "12/2025"));
    Task second = plan.tasks().get(1);
    assertThat(second.title()).isEqualTo("Xay dung ke hoach\nchuyen doi so");
    assertThat(second.leadText()).isEqualTo("So Khoa hoc va Cong nghe");
    assertThat(second.cooperatingNames()).containsExactly("So Noi vu");
    assertThat(plan.tasks().get(0).leadNames()).containsExactly("So Van hoa, The thao va Du lich");
    assertThat(plan.tasks().get(2).cooperatingText()).isNull();
    assertThat(plan.counts()).isEqualTo(new ImportedPlan.Counts(2, 3, 0, 0, 0, 1));
    assertThat(plan.warnings())
        .extracting(ImportWarning::kind)
        .containsExactly(WarningKind.MISSING_HEADER_FIELD); // no signature in this snippet
  }

  @Test
  void readsMilestoneColumnsABaselineAndAGroupRow() {
    ImportedPlan plan =
        reader.read(
            """
            Số: 9/KH-UBND | Hà Giang, ngày 10 tháng 3 năm 2025 |
            KẾ HOẠCH
            PHÁT TRIỂN HẠ TẦNG SỐ
            I. MỤC TIÊU
            PHỤ LỤC I
            | STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | 2025 | 2030 | 2035 | 2040 | 2045 | Đơn vị theo dõi, đánh giá |
            |---|---|---|---|---|---|---|---|---|---|
            | 1 | Hạ tầng số | | | | | | | | Sở Khoa học và Công nghệ |
            | 1.1 | Phủ sóng 5G | % dân số | 60 | 70 | 99 | 100 | 100 | 100 | Sở Khoa học và Công nghệ |
            | 1.2 | Hộ gia đình có cáp quang | % | 50 | | ≥ 80 | | | 100 | Sở Khoa học và Công nghệ |
            """);

    assertThat(plan.indicators())
        .extracting(Indicator::code, Indicator::parentCode, Indicator::group)
        .containsExactly(
            tuple("1", null, true), tuple("1.1", "1", false), tuple("1.2", "1", false));
    Indicator coverage = plan.indicators().get(1);
    assertThat(coverage.unit()).isEqualTo("% dân số");
    assertThat(coverage.baselineText()).isEqualTo("60");
    assertThat(coverage.targets())
        .containsExactly(
            new Target(2025, "70"),
            new Target(2030, "99"),
            new Target(2035, "100"),
            new Target(2040, "100"),
            new Target(2045, "100"));
    assertThat(plan.indicators().get(2).targets())
        .containsExactly(new Target(2030, "≥ 80"), new Target(2045, "100"));
    assertThat(plan.indicators().get(0).targets()).isEmpty();
    assertThat(coverage.monitoringNames()).containsExactly("Sở Khoa học và Công nghệ");
    assertThat(plan.counts().indicators()).isEqualTo(1);
    assertThat(plan.counts().subIndicators()).isEqualTo(2);
  }

  @Test
  void reportsAnAppendixWithoutATableAndAColumnItCannotRead() {
    ImportedPlan plan =
        reader.read(
            """
            KẾ HOẠCH
            PHÁT TRIỂN KHOA HỌC
            I. MỤC TIÊU
            PHỤ LỤC I
            TT | Nội dung | Cơ quan chủ trì | Lãnh đạo phụ trách | Thời gian |
            1 | Rà soát văn bản | Sở Tư pháp | Phó Chủ tịch | 6/2025 |
            PHỤ LỤC III
            BIỂU MẪU BÁO CÁO ĐỊNH KỲ
            Các đơn vị điền số liệu theo mẫu.
            """);

    assertThat(plan.tasks())
        .extracting(Task::code, Task::deadlineText)
        .containsExactly(tuple("1", "6/2025"));
    assertThat(plan.warnings())
        .extracting(ImportWarning::sourceLine, ImportWarning::kind)
        .contains(tuple(5, WarningKind.UNKNOWN_COLUMN), tuple(7, WarningKind.UNKNOWN_HEADING));
  }

  @Test
  void keepsARowWithABrokenNumberAndPointsAtItsLine() {
    ImportedPlan plan =
        reader.read(
            """
            DANH MỤC CÁC NHIỆM VỤ CỤ THỂ
            TT | Nội dung | Cơ quan chủ trì | Thời gian |
            1 | Rà soát | Sở Tư pháp | 6/2025 |
            3 | Ban hành | Sở Nội vụ | 12/2025 |
            3 | Báo cáo | Sở Tài chính |
            """);

    assertThat(plan.tasks()).extracting(Task::code).containsExactly("1", "3", "3");
    assertThat(plan.warnings())
        .extracting(ImportWarning::sourceLine, ImportWarning::kind)
        .contains(
            tuple(4, WarningKind.BROKEN_NUMBERING),
            tuple(5, WarningKind.DUPLICATE_CODE),
            tuple(5, WarningKind.UNSPLIT_ROW),
            tuple(5, WarningKind.MISSING_CELL));
  }
}
