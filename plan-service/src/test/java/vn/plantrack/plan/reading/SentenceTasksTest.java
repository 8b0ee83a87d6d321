package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/** Tasks a plan writes as one numbered sentence each, in its tasks chapter. */
class SentenceTasksTest {
  private final PlanDocumentReader reader = new PlanDocumentReader();

  private static final String PLAN =
      "ỦY BAN NHÂN DÂN TỈNH HÀ LAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
          + "Số: 77/KH-UBND | Hà Lam, ngày 02 tháng 4 năm 2026 |\n"
          + "KẾ HOẠCH\n"
          + "Phát triển du lịch cộng đồng năm 2026\n"
          + "I. MỤC ĐÍCH, YÊU CẦU\n"
          + "1. Khai thác lợi thế văn hóa của các xã vùng cao.\n"
          + "II. NHIỆM VỤ CỤ THỂ\n"
          + "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính khảo sát các"
          + " bản làng có tiềm năng du lịch cộng đồng, hoàn thành trong quý II năm 2026.\n"
          + "2. Sở Công Thương chủ trì xây dựng bộ nhận diện sản phẩm đặc trưng của tỉnh, hoàn"
          + " thành trước ngày 30/9/2026.\n"
          + "3. Ủy ban nhân dân các xã chủ trì, phối hợp với Hội Nông dân tỉnh và Sở Nội vụ\n"
          + "tập huấn kỹ năng đón khách cho hộ gia đình, thực hiện hằng năm.\n"
          + "4. Các doanh nghiệp lữ hành được khuyến khích tham gia liên kết tour.\n"
          + "III. TỔ CHỨC THỰC HIỆN\n"
          + "1. Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí thực hiện Kế hoạch.\n"
          + "2. Sở Văn hóa, Thể thao và Du lịch chủ trì theo dõi, tổng hợp kết quả.\n"
          + "TM. ỦY BAN NHÂN DÂN\n"
          + "CHỦ TỊCH\n"
          + "Lê Văn Hòa\n";

  @Test
  void readsEachNumberedSentenceOfTheTasksChapterAsATask() {
    ImportedPlan plan = reader.read(PLAN);

    assertThat(plan.sections())
        .extracting(Section::code, Section::title)
        .containsExactly(tuple("II", "NHIỆM VỤ CỤ THỂ"));
    assertThat(plan.tasks())
        .extracting(
            Task::code,
            Task::sectionCode,
            Task::title,
            Task::leadText,
            Task::cooperatingText,
            Task::deadlineText,
            Task::sourceLine)
        .containsExactly(
            tuple(
                "1",
                "II",
                "khảo sát các bản làng có tiềm năng du lịch cộng đồng",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Sở Tài chính",
                "quý II năm 2026",
                8),
            tuple(
                "2",
                "II",
                "xây dựng bộ nhận diện sản phẩm đặc trưng của tỉnh",
                "Sở Công Thương",
                null,
                "trước ngày 30/9/2026",
                9),
            tuple(
                "3",
                "II",
                "tập huấn kỹ năng đón khách cho hộ gia đình",
                "Ủy ban nhân dân các xã",
                "Hội Nông dân tỉnh và Sở Nội vụ",
                "hằng năm",
                10));
    assertThat(plan.tasks().get(2).cooperatingNames())
        .containsExactly("Hội Nông dân tỉnh", "Sở Nội vụ");
  }

  @Test
  void aNumberedLineOfTheTasksChapterReadAsNothingIsAWarningOnItsLine() {
    // "4." names no lead: not a task, and said so; "Tổ chức thực hiện" lines are no tasks at all.
    ImportedPlan plan = reader.read(PLAN);

    assertThat(plan.warnings())
        .extracting(ImportWarning::sourceLine, ImportWarning::kind)
        .containsExactly(tuple(12, WarningKind.UNREAD_LINE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a lead, but no verb to tell the cooperating agencies from the task
        "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và các sở liên quan.",
        // "chủ trì" with nothing after it
        "1. Sở Nội vụ chủ trì."
      })
  void aSentenceThatLooksLikeATaskButCannotBeReadIsAWarning(String sentence) {
    ImportedPlan plan =
        reader.read(
            "II. NHIỆM VỤ\n"
                + "1. Sở Y tế chủ trì tổ chức khám sàng lọc cho học sinh, hoàn thành trong năm 2026.\n"
                + sentence.replace("1.", "2.")
                + "\n");

    assertThat(plan.tasks()).extracting(Task::code).containsExactly("1");
    assertThat(plan.warnings())
        .filteredOn(w -> w.sourceLine() == 3)
        .extracting(ImportWarning::kind)
        .containsExactly(WarningKind.UNREAD_LINE);
  }
}
