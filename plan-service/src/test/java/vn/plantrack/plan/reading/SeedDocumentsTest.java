package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.ImportedPlan.Indicator;
import vn.plantrack.plan.reading.ImportedPlan.IndicatorSection;
import vn.plantrack.plan.reading.ImportedPlan.Section;
import vn.plantrack.plan.reading.ImportedPlan.Target;
import vn.plantrack.plan.reading.ImportedPlan.Task;
import vn.plantrack.plan.reading.header.FrequencyAsRead;
import vn.plantrack.plan.reading.header.PlanHeader;
import vn.plantrack.plan.reading.header.PlanHeader.DocumentRef;
import vn.plantrack.plan.reading.header.ReportingRuleAsRead;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.WarningKind;

/**
 * The three real plans in test resources, end to end. Every count and every expected warning was
 * checked against the documents by reading them.
 */
class SeedDocumentsTest {

  static ImportedPlan read(String name) {
    try (InputStream in = SeedDocumentsTest.class.getResourceAsStream("/seeds/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new PlanDocumentReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Task task(ImportedPlan plan, String code) {
    return plan.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  static Indicator indicator(ImportedPlan plan, String code) {
    return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  /**
   * Kon Tum 1570/KH-UBND, pasted from the portal: "|" tables broken where cells are empty. Appendix
   * II lists sections I–VII, tasks 1–87, and task 38 with 110 sub-tasks printed 38.1 … 38.99, then
   * ten times "38.10" and once "38.11" (meaning 38.100 … 38.110). Appendix I lists indicators 1–25
   * under "I Đến năm 2030" (1–23) and "II Đến năm 2045" (24–25); 7 and 15 are group rows with
   * children 7.1–7.9 and 15.1–15.2, so 36 indicator rows in all.
   */
  @Nested
  class KonTum1570 {
    final ImportedPlan plan = read("kon-tum-1570-KH-UBND-2025.txt");

    @Test
    void counts() {
      assertThat(plan.counts()).isEqualTo(new ImportedPlan.Counts(7, 87, 110, 25, 11, 12));
      assertThat(plan.sections())
          .extracting(Section::code)
          .containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
      assertThat(plan.tasks().stream().filter(t -> t.parentCode() == null).map(Task::code))
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, 87).mapToObj(String::valueOf).toList());
      assertThat(plan.tasks().stream().filter(t -> "38".equals(t.parentCode())).map(Task::code))
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, 110).mapToObj(i -> "38." + i).toList());
    }

    @Test
    void everyWarningPointsAtADocumentProblem() {
      List<Integer> cutShort = List.of(393, 395, 397, 399, 401, 403, 405, 407, 409, 411, 413);
      assertThat(plan.warnings())
          .filteredOn(w -> w.kind() == WarningKind.BROKEN_NUMBERING)
          .extracting(ImportWarning::sourceLine)
          .containsExactlyElementsOf(cutShort);
      assertThat(plan.warnings().get(1).message())
          .isEqualTo(
              "Code printed as 38.10 where the numbering expects 38.100 (the number looks cut"
                  + " short); read as 38.100, check the source.");
      assertThat(plan.warnings())
          .filteredOn(w -> w.kind() != WarningKind.BROKEN_NUMBERING)
          .extracting(ImportWarning::sourceLine, ImportWarning::kind, ImportWarning::excerpt)
          .containsExactly(
              // Task 29 prints a condition in the cooperating column.
              tuple(183, WarningKind.MISPLACED_CELL, "Sau khi có hướng dẫn của Trung ương"));
    }

    @Test
    void theBrokenSubTaskNumbersAreKeptAsPrintedAndReadInSequence() {
      Task realTen = task(plan, "38.10");
      Task hundredth = task(plan, "38.100");
      Task last = task(plan, "38.110");

      assertThat(realTen.title()).isEqualTo("CSDL Địa chỉ số quốc gia");
      assertThat(realTen.sourceLine()).isEqualTo(213);
      assertThat(hundredth.printedCode()).isEqualTo("38.10");
      assertThat(hundredth.title()).isEqualTo("CSDL Mã ngân hàng");
      assertThat(hundredth.leadText()).isEqualTo("Ngân hàng nhà nước khu vực");
      assertThat(hundredth.sourceLine()).isEqualTo(393);
      assertThat(last.printedCode()).isEqualTo("38.11");
      assertThat(last.leadText()).isEqualTo("Công an tỉnh");
      assertThat(last.sourceLine()).isEqualTo(413);
    }

    @Test
    void spotChecksTasks() {
      Task first = task(plan, "1");
      assertThat(first.sectionCode()).isEqualTo("I");
      assertThat(first.sourceLine()).isEqualTo(148);
      assertThat(first.title())
          .isEqualTo(
              "Xây dựng Kế hoạch định hướng tuyên truyền nội dung Nghị quyết 57-NQ/TW; Chương"
                  + " trình 95- CTr/TU, Nghị quyết 71/NQ-CP và Kế hoạch của UBND tỉnh theo hướng:"
                  + " đa dạng hóa các hình thức, cụ thể hóa nội dung và có mục tiêu cụ thể.");
      assertThat(first.leadText()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
      assertThat(first.leadNames()).containsExactly("Sở Văn hóa, Thể thao và Du lịch");
      assertThat(first.cooperatingNames())
          .containsExactly(
              "Ban Tuyên giáo và Dân vận Tỉnh ủy",
              "các Sở ban ngành, đơn vị, địa phương",
              "Trung tâm truyền thông tỉnh",
              "các cơ quan báo chí");
      assertThat(first.outputText()).isEqualTo("Kế hoạch");
      assertThat(first.deadlineText()).isEqualTo("6/2025");

      Task parent = task(plan, "38");
      assertThat(parent.leadText()).isEqualTo("Các đơn vị, địa phương");
      assertThat(parent.cooperatingText()).isNull();
      assertThat(parent.outputText())
          .isEqualTo(
              "Hoàn thành các CSDL quốc gia; Các CSDL dùng chung của các bộ, ngành; CSDL của tỉnh");
      assertThat(parent.deadlineText()).isNull();

      Task sub = task(plan, "38.12");
      assertThat(sub)
          .extracting(Task::title, Task::leadText, Task::outputText, Task::deadlineText)
          .containsExactly(
              "CSDL định danh điện tử", "Công an tỉnh", "Hoàn thành, khai thác sử dụng", "6/2026");

      assertThat(task(plan, "4").deadlineText()).isEqualTo("Sau khi có hướng dẫn của Trung ương");
      assertThat(task(plan, "51").leadNames())
          .containsExactly("Sở Tài Chính", "Sở Khoa học và Công nghệ");
      assertThat(task(plan, "58").deadlineText()).isEqualTo("2025- 2026");
      assertThat(task(plan, "68"))
          .extracting(Task::leadText, Task::cooperatingText, Task::outputText, Task::deadlineText)
          .containsExactly("Sở Y tế", null, null, "Sau khi có văn bản hướng dẫn của Trung ương");
      assertThat(task(plan, "81").cooperatingNames()).isEmpty(); // printed "-"
      assertThat(task(plan, "87").sectionCode()).isEqualTo("VII");
    }

    @Test
    void readsTheIndicatorAppendix() {
      assertThat(plan.indicatorSections())
          .extracting(IndicatorSection::code, IndicatorSection::milestoneYear)
          .containsExactly(tuple("I", 2030), tuple("II", 2045));
      assertThat(plan.indicators().stream().filter(Indicator::group).map(Indicator::code))
          .containsExactly("7", "15");
      Indicator group = indicator(plan, "7");
      assertThat(group.targets()).isEmpty();
      assertThat(group.name())
          .isEqualTo(
              "Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công và chỉ đạo, điều hành, quản"
                  + " trị nội bộ trên môi trường điện tử");
      assertThat(indicator(plan, "7.1"))
          .extracting(
              Indicator::parentCode, Indicator::unit, Indicator::targets, Indicator::monitoringText)
          .containsExactly("7", "%", List.of(new Target(2030, "≥ 80")), "Văn phòng UBND tỉnh");
      assertThat(indicator(plan, "2").targets())
          .containsExactly(new Target(2030, "45 các tỉnh, thành"));
      assertThat(indicator(plan, "15").monitoringText()).isEqualTo("Sở Khoa học và Công nghệ");
      assertThat(indicator(plan, "15.2").unit()).isEqualTo("% dân số");
      assertThat(indicator(plan, "16").monitoringNames())
          .containsExactly("UBND Thành phố Kon Tum", "UBND huyện Kon Plông");
      assertThat(indicator(plan, "25"))
          .extracting(Indicator::sectionCode, Indicator::targets, Indicator::sourceLine)
          .containsExactly("II", List.of(new Target(2045, "3-5")), 142);
    }

    @Test
    void readsTheHeader() {
      PlanHeader header = plan.header();
      assertThat(header.documentType()).isEqualTo("KẾ HOẠCH");
      assertThat(header.number()).isEqualTo("1570/KH-UBND");
      // The portal dropped "TỈNH KON TUM" under "ỦY BAN NHÂN DÂN"; its record says where.
      assertThat(header.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
      assertThat(header.place()).isEqualTo("Kon Tum");
      assertThat(header.issuedOn()).isEqualTo(LocalDate.of(2025, 5, 8));
      assertThat(header.title()).startsWith("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT 71/NQ-CP");
      assertThat(header.implementsDocuments())
          .extracting(DocumentRef::kind, DocumentRef::number, DocumentRef::issuedOn)
          .containsExactly(
              tuple("Nghị quyết", "71/NQ-CP", LocalDate.of(2025, 4, 1)),
              tuple("Chương trình", "95-CTr/TU", LocalDate.of(2025, 1, 24)));
      assertThat(header.implementsIndirectly())
          .extracting(DocumentRef::number)
          .containsExactly("57-NQ/TW");
      assertThat(header.supersedes())
          .extracting(DocumentRef::number, DocumentRef::issuedOn, DocumentRef::sourceLine)
          .containsExactly(tuple("484/KH-UBND", LocalDate.of(2025, 2, 14), 88));
      // The signature table holds only "TM. ỦY BAN NHÂN DÂN"; the name is in the portal's record.
      assertThat(header.signer().capacity()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
      assertThat(header.signer().name()).isEqualTo("Nguyễn Hữu Tháp");
    }

    @Test
    void readsTheReportingRules() {
      assertThat(plan.header().reportingRules())
          .extracting(
              ReportingRuleAsRead::sourceLine,
              ReportingRuleAsRead::frequency,
              ReportingRuleAsRead::dueDay,
              ReportingRuleAsRead::dueMonth,
              ReportingRuleAsRead::withinDays)
          .containsExactly(
              tuple(82, FrequencyAsRead.AD_HOC, null, null, 5),
              tuple(84, FrequencyAsRead.YEARLY, null, null, null),
              tuple(85, FrequencyAsRead.MONTHLY, 10, null, null),
              tuple(85, FrequencyAsRead.QUARTERLY, 10, null, null),
              tuple(85, FrequencyAsRead.HALF_YEARLY, 10, null, null),
              tuple(85, FrequencyAsRead.NINE_MONTHS, 10, null, null),
              tuple(85, FrequencyAsRead.YEARLY, 10, 11, null));
    }
  }

  /**
   * Bắc Kạn 131/KH-UBND, copied from a web page: one cell per line, cells separated by empty lines.
   * Appendix I lists indicators 1–33 under "I Đến năm 2030" (1–28) and "II ĐẾN NĂM 2045" (29–33) in
   * a single "Kết quả" column: 9 and 19 are groups with 9.1–9.12 and 19.1–19.2, 47 rows. Appendix
   * II lists sections I–VII and tasks 1–78, no sub-tasks.
   */
  @Nested
  class BacKan131 {
    final ImportedPlan plan = read("bac-kan-131-KH-UBND-2025.txt");

    @Test
    void counts() {
      assertThat(plan.counts()).isEqualTo(new ImportedPlan.Counts(7, 78, 0, 33, 14, 3));
      assertThat(plan.tasks())
          .extracting(Task::code)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, 78).mapToObj(String::valueOf).toList());
      assertThat(plan.indicators()).hasSize(47);
    }

    @Test
    void everyWarningPointsAtADocumentProblem() {
      // Tasks 38, 41 and 45 print "Quyết định củ UBND tỉnh" | "a Tháng …": "của" split in two.
      assertThat(plan.warnings())
          .extracting(ImportWarning::sourceLine, ImportWarning::kind, ImportWarning::excerpt)
          .containsExactly(
              tuple(1240, WarningKind.MISPLACED_CELL, "Quyết định củ UBND tỉnh | a Tháng 12/2025"),
              tuple(1276, WarningKind.MISPLACED_CELL, "Quyết định củ UBND tỉnh | a Tháng 12/2025"),
              tuple(1334, WarningKind.MISPLACED_CELL, "Quyết định củ UBND tỉnh | a Tháng 9/2025"));
    }

    @Test
    void spotChecksTasks() {
      Task first = task(plan, "1");
      assertThat(first.sourceLine()).isEqualTo(760);
      assertThat(first.sectionCode()).isEqualTo("I");
      assertThat(first.title())
          .isEqualTo(
              "Xây dựng, trình UBND tỉnh ban hành và tổ chức triển khai chương trình tuyên truyền"
                  + " thường xuyên, sâu rộng về nội dung Nghị quyết 57-NQ/TW theo hướng: đa dạng hóa"
                  + " các hình thức, cụ thể hóa nội dung và có mục tiêu cụ thể.");
      assertThat(first.leadText()).isEqualTo("Sở Khoa học và Công nghệ");
      assertThat(first.cooperatingNames())
          .containsExactly(
              "Ban Tuyên giáo Tỉnh ủy",
              "các sở, ngành",
              "UBND các huyện, thành phố",
              "Đài Phát thanh và Truyền hình tỉnh");
      assertThat(first.outputText()).isEqualTo("Kế hoạch UBND tỉnh");
      assertThat(first.deadlineText()).isEqualTo("6/2025");

      Task listed = task(plan, "60");
      assertThat(listed.title())
          .startsWith(
              "Hoàn thành việc triển khai các nhiệm vụ phục vụ chuyển đổi số, bảo đảm kết nối với"
                  + " Đề án 06[1], gồm:\n(1) Định danh địa điểm;\n(2) Sàn giao dịch việc làm;")
          .endsWith(
              "(9) Đẩy mạnh thực hiện Chỉ thị 18 chống thất thu thuế, đảm bảo an ninh tiền tệ"
                  + " trên nền tảng thương mại điện tử.");
      assertThat(listed.leadNames()).hasSize(8).startsWith("Công an tỉnh", "Sở Nội vụ");
      assertThat(listed.deadlineText()).isEqualTo("2026");

      assertThat(task(plan, "36"))
          .extracting(Task::cooperatingText, Task::deadlineText)
          .containsExactly(null, "Tháng 06/2025");
      assertThat(task(plan, "70").deadlineText()).isEqualTo("Tháng 11/202");
      assertThat(task(plan, "20").leadNames())
          .containsExactly("Sở Công thương", "Sở Nông nghiệp và Môi trường");
      assertThat(task(plan, "78").sectionCode()).isEqualTo("VII");
    }

    @Test
    void readsTheIndicatorAppendix() {
      assertThat(plan.indicatorSections())
          .extracting(IndicatorSection::title, IndicatorSection::milestoneYear)
          .containsExactly(tuple("Đến năm 2030", 2030), tuple("ĐẾN NĂM 2045", 2045));
      assertThat(plan.indicators().stream().filter(Indicator::group).map(Indicator::code))
          .containsExactly("9", "19");
      assertThat(indicator(plan, "9").targets()).isEmpty();
      assertThat(indicator(plan, "9.12").sourceLine()).isEqualTo(451);
      assertThat(indicator(plan, "19").targets())
          .extracting(Target::year)
          .containsExactly(2030); // this group row carries a target of its own
      assertThat(indicator(plan, "8").monitoringNames())
          .containsExactly("Sở Tài chính", "Sở Khoa học và Công nghệ");
      assertThat(indicator(plan, "33"))
          .extracting(Indicator::unit, Indicator::targets, Indicator::monitoringText)
          .containsExactly("%", List.of(new Target(2045, "5% - 10%")), "Công an tỉnh");
    }

    @Test
    void readsTheHeaderAndReportingRules() {
      PlanHeader header = plan.header();
      assertThat(header.number()).isEqualTo("131/KH-UBND");
      assertThat(header.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
      assertThat(header.place()).isEqualTo("Bắc Kạn");
      assertThat(header.issuedOn()).isEqualTo(LocalDate.of(2025, 2, 28));
      assertThat(header.implementsDocuments())
          .extracting(DocumentRef::kind, DocumentRef::number)
          .containsExactly(
              tuple("Nghị quyết", "03/NQ-CP"), tuple("Chương trình hành động", "35-CTr/TU"));
      assertThat(header.implementsIndirectly())
          .extracting(DocumentRef::number)
          .containsExactly("57-NQ/TW");
      assertThat(header.supersedes()).isEmpty();
      assertThat(header.signer())
          .extracting(
              PlanHeader.Signer::capacity, PlanHeader.Signer::title, PlanHeader.Signer::name)
          .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đăng Bình");
      assertThat(header.reportingRules())
          .extracting(
              ReportingRuleAsRead::sourceLine,
              ReportingRuleAsRead::frequency,
              ReportingRuleAsRead::dueDates)
          .containsExactly(
              tuple(183, FrequencyAsRead.TWICE_YEARLY, List.of("06-01", "11-15")),
              tuple(187, FrequencyAsRead.YEARLY, List.of()));
    }
  }

  /**
   * Sở KH&CN's plan implementing 1570/KH-UBND, extracted from a PDF: prose items with labelled
   * lines, every printed line followed by an empty one. Sections 1–7 hold tasks a)–b), a)–d),
   * a)–c), a)–b), a)–c), a)–c), a)–b): 19 tasks.
   */
  @Nested
  class SoKhcnPlan {
    final ImportedPlan plan = read("kon-tum-so-khcn-plan-implementing-1570.txt");

    @Test
    void counts() {
      assertThat(plan.counts()).isEqualTo(new ImportedPlan.Counts(7, 19, 0, 0, 0, 3));
      assertThat(plan.tasks())
          .extracting(Task::code)
          .containsExactly(
              "1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "3.a", "3.b", "3.c", "4.a", "4.b", "5.a",
              "5.b", "5.c", "6.a", "6.b", "6.c", "7.a", "7.b");
    }

    @Test
    void everyWarningPointsAtADocumentProblem() {
      assertThat(plan.warnings())
          .extracting(ImportWarning::sourceLine, ImportWarning::kind)
          .containsExactly(
              // The extracted text has no "Số: …" line and no "…, ngày … tháng … năm …" line.
              tuple(3, WarningKind.MISSING_HEADER_FIELD),
              tuple(3, WarningKind.MISSING_HEADER_FIELD),
              // "định kỳ tổng hợp báo cáo Giám đốc … theo quy định": periodic, but no period.
              tuple(394, WarningKind.UNREADABLE_REPORTING_RULE));
    }

    @Test
    void spotChecksTasks() {
      Task first = task(plan, "1.a");
      assertThat(first.printedCode()).isEqualTo("a");
      assertThat(first.sectionCode()).isEqualTo("1");
      assertThat(first.sourceLine()).isEqualTo(72);
      assertThat(first.title())
          .startsWith(
              "Thường xuyên phổ biến, tuyên truyền về các nội dung Nghị quyết số 57-NQ/TW,");
      assertThat(first.leadText()).isEqualTo("Phòng Hành chính - Tổng hợp");
      assertThat(first.cooperatingText()).isEqualTo("Các phòng chuyên môn thuộc Sở");
      assertThat(first.deadlineText()).isEqualTo("Thường xuyên");
      assertThat(task(plan, "1.b").deadlineText()).isEqualTo("Quý II-III/2025");
      assertThat(task(plan, "2.b").leadNames())
          .containsExactly("Phòng Hành chính - Tổng hợp", "Phòng Công nghệ và Chuyển đổi số");
      assertThat(task(plan, "3.b").deadlineText()).isEqualTo("Quý IV/2025");
      assertThat(task(plan, "3.c").deadlineText()).isEqualTo("Thường xuyên");
      assertThat(task(plan, "6.b").deadlineText()).isEqualTo("Sau khi có hướng dẫn");
      assertThat(task(plan, "7.b").deadlineText()).isEqualTo("Từ năm 2025 và những năm tiếp theo");
      assertThat(plan.sections().get(6).title())
          .isEqualTo(
              "Tăng cường hợp tác quốc tế trong phát triển khoa học, công nghệ, đổi mới sáng"
                  + " tạo và chuyển đổi số.");
    }

    @Test
    void readsTheHeaderAndReportingRules() {
      PlanHeader header = plan.header();
      assertThat(header.documentType()).isEqualTo("KẾ HOẠCH");
      assertThat(header.number()).isNull();
      assertThat(header.issuedOn()).isNull();
      assertThat(header.issuer()).isEqualTo("Sở Khoa học và Công nghệ");
      assertThat(header.title())
          .startsWith(
              "Triển khai thực hiện Kế hoạch số 1570/KH-UBND ngày 08"
                  + " tháng 5 năm 2025 của Ủy ban nhân dân tỉnh về triển khai thực hiện Nghị quyết 71/NQ-CP");
      assertThat(header.implementsDocuments())
          .extracting(DocumentRef::kind, DocumentRef::number, DocumentRef::issuedOn)
          .containsExactly(tuple("Kế hoạch", "1570/KH-UBND", LocalDate.of(2025, 5, 8)));
      assertThat(header.implementsIndirectly())
          .extracting(DocumentRef::number)
          .containsExactly("71/NQ-CP", "95-CTr/TU", "57-NQ/TW");
      assertThat(header.signer())
          .extracting(
              PlanHeader.Signer::title, PlanHeader.Signer::name, PlanHeader.Signer::sourceLine)
          .containsExactly("GIÁM ĐỐC", "Hoàng Trung Thông", 411);
      assertThat(header.reportingRules())
          .extracting(
              ReportingRuleAsRead::sourceLine,
              ReportingRuleAsRead::frequency,
              ReportingRuleAsRead::dueDay,
              ReportingRuleAsRead::dueMonth,
              ReportingRuleAsRead::dueWeekday)
          .containsExactly(
              tuple(372, FrequencyAsRead.WEEKLY, null, null, DayOfWeek.THURSDAY),
              tuple(372, FrequencyAsRead.MONTHLY, 10, null, null),
              tuple(372, FrequencyAsRead.QUARTERLY, 10, null, null),
              tuple(372, FrequencyAsRead.HALF_YEARLY, 10, null, null),
              tuple(372, FrequencyAsRead.NINE_MONTHS, 10, null, null),
              tuple(374, FrequencyAsRead.YEARLY, 10, 11, null));
    }
  }
}
