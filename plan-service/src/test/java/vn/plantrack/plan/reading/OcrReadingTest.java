package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.ImportedPlan.Indicator;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/**
 * Tables as a scan's OCR hands them over, word for word: what the reader tolerates, and the doubt
 * it leaves on the line each time.
 */
class OcrReadingTest {
  private final PlanDocumentReader reader = new PlanDocumentReader();

  @Test
  void aSectionRowWhoseRomanCodeWasLostIsReadFromTheNextSection() {
    // The "I" of the first section row left no trace in the OCR; "II" did.
    ImportedPlan plan =
        reader.read(
            "NHIỆM VỤ\n"
                + "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
                + " | Chuẩn bị trước mùa mưa bão |  |  |  |\n"
                + "1 | Kiện toàn Ban Chỉ huy | Sở Nông nghiệp và Môi trường |  | Tháng 3/2026 |\n"
                + "II | Ứng phó và khắc phục hậu quả |  |  |  |\n"
                + "2 | Trực ban 24/24 giờ | Sở Nông nghiệp và Môi trường |  | Thường xuyên |\n");

    assertThat(plan.sections())
        .extracting(Section::code, Section::title, Section::sourceLine)
        .containsExactly(
            tuple("I", "Chuẩn bị trước mùa mưa bão", 3),
            tuple("II", "Ứng phó và khắc phục hậu quả", 5));
    assertThat(plan.tasks())
        .extracting(Task::code, Task::sectionCode)
        .containsExactly(tuple("1", "I"), tuple("2", "II"));
    assertThat(plan.warnings())
        .filteredOn(w -> w.sourceLine() == 3)
        .extracting(ImportWarning::kind)
        .containsExactly(WarningKind.DOUBTFUL_READING);
  }

  @Test
  void aTitleAloneWithoutASectionToInferFromStaysATaskWithItsWarning() {
    ImportedPlan plan =
        reader.read(
            "TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian |\n"
                + " | Rà soát văn bản |  |  |\n"
                + "1 | Kiện toàn Ban Chỉ huy | Sở Tư pháp | Tháng 3/2026 |\n");

    assertThat(plan.sections()).isEmpty();
    assertThat(plan.warnings())
        .filteredOn(w -> w.sourceLine() == 2)
        .extracting(ImportWarning::kind)
        .contains(WarningKind.BROKEN_NUMBERING);
  }

  @Test
  void aHeaderTitleWhoseSpaceOcrLostIsStillItsColumnAndADoubt() {
    // "Đơn vị tính" as OCR printed it: "Đơnvị tính".
    ImportedPlan plan =
        reader.read(
            "TT | Chỉ tiêu | Đơnvị tính | Đến năm 2030 | Cơ quan theo dõi, đánh giá |\n"
                + "1 | Tỷ trọng kinh tế số trong GRDP | % GRDP | 20 | Sở Tài chính |\n");

    assertThat(plan.indicators()).extracting(Indicator::unit).containsExactly("% GRDP");
    assertThat(plan.warnings())
        .filteredOn(w -> w.sourceLine() == 1)
        .extracting(ImportWarning::kind)
        .contains(WarningKind.DOUBTFUL_READING);
  }
}
