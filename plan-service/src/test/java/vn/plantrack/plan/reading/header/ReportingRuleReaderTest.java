package vn.plantrack.plan.reading.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLines;
import vn.plantrack.plan.reading.lines.WarningKind;

class ReportingRuleReaderTest {

  private static ReportingRuleReader.Result read(String sentence) {
    return ReportingRuleReader.readSentence(sentence, i -> 7);
  }

  @Test
  void readsAListOfPeriodsEachCoveredByTheDuePhraseAfterIt() {
    ReportingRuleReader.Result result =
        read(
            "định kỳ hoặc đột xuất báo cáo kết quả thực hiện (Chi tiết tại các Phụ lục I, II kèm"
                + " theo) kịp thời, đầy đủ: Báo cáo tuần (trước thứ 5 hàng tuần), tháng (trước ngày"
                + " 10 hàng tháng), quý, 6 tháng, 9 tháng (trước ngày 10 của tháng cuối quý); Báo"
                + " cáo năm (trước ngày 10 tháng 11 hàng năm).");

    assertThat(result.rules())
        .extracting(
            ReportingRuleAsRead::frequency,
            ReportingRuleAsRead::dueDay,
            ReportingRuleAsRead::dueMonth,
            ReportingRuleAsRead::dueWeekday)
        .containsExactly(
            tuple(FrequencyAsRead.WEEKLY, null, null, DayOfWeek.THURSDAY),
            tuple(FrequencyAsRead.MONTHLY, 10, null, null),
            tuple(FrequencyAsRead.QUARTERLY, 10, null, null),
            tuple(FrequencyAsRead.HALF_YEARLY, 10, null, null),
            tuple(FrequencyAsRead.NINE_MONTHS, 10, null, null),
            tuple(FrequencyAsRead.YEARLY, 10, 11, null));
    assertThat(result.rules()).allSatisfy(r -> assertThat(r.sourceLine()).isEqualTo(7));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aSixMonthAndAYearlyReportOnTwoDatesAreOneRuleTwiceAYear() {
    assertThat(
            read("báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) về"
                    + " Sở Khoa học và Công nghệ.")
                .rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.frequency()).isEqualTo(FrequencyAsRead.TWICE_YEARLY);
              assertThat(r.dueDates()).containsExactly("06-15", "12-15");
            });
    assertThat(
            read("định kỳ 06 tháng, hằng năm báo cáo kết quả thực hiện báo cáo UBND tỉnh (Qua Sở"
                    + " Khoa học và Công nghệ) trước ngày 01/6 và trước ngày 15/11 để tổng hợp.")
                .rules())
        .singleElement()
        .satisfies(r -> assertThat(r.dueDates()).containsExactly("06-01", "11-15"));
  }

  @Test
  void readsAReportDueWithinDaysOfThePlan() {
    assertThat(
            read("Các đơn vị báo cáo kết quả trong vòng 5 ngày kể từ ngày kế hoạch được ban"
                    + " hành.")
                .rules())
        .extracting(ReportingRuleAsRead::frequency, ReportingRuleAsRead::withinDays)
        .containsExactly(tuple(FrequencyAsRead.AD_HOC, 5));
    assertThat(
            read("báo cáo kết quả chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành.")
                .rules())
        .extracting(ReportingRuleAsRead::withinDays)
        .containsExactly(5);
  }

  @Test
  void readsOcrTextWithoutDiacritics() {
    assertThat(
            read("Bao cao thang (truoc ngay 10 hang thang); Bao cao nam (truoc ngay 15/12).")
                .rules())
        .extracting(
            ReportingRuleAsRead::frequency,
            ReportingRuleAsRead::dueDay,
            ReportingRuleAsRead::dueMonth)
        .containsExactly(
            tuple(FrequencyAsRead.MONTHLY, 10, null), tuple(FrequencyAsRead.YEARLY, 15, 12));
  }

  @Test
  void keepsAPeriodWithoutDueDateAndWarnsAboutAPeriodicSentenceItCannotRead() {
    assertThat(read("định kỳ hằng năm báo cáo UBND tỉnh.").rules())
        .extracting(ReportingRuleAsRead::frequency, ReportingRuleAsRead::dueDay)
        .containsExactly(tuple(FrequencyAsRead.YEARLY, null));

    ReportingRuleReader.Result unreadable =
        read("định kỳ tổng hợp báo cáo Giám đốc và báo cáo Ủy ban nhân dân tỉnh theo quy định.");
    assertThat(unreadable.rules()).isEmpty();
    assertThat(unreadable.warnings())
        .extracting(ImportWarning::kind, ImportWarning::sourceLine)
        .containsExactly(tuple(WarningKind.UNREADABLE_REPORTING_RULE, 7));
  }

  @Test
  void ignoresSentencesThatAreNotAboutReportsOrNotPeriodic() {
    assertThat(read("Sở Tài chính đảm bảo nguồn kinh phí thực hiện hằng năm.").rules()).isEmpty();
    ReportingRuleReader.Result prompt =
        read("các đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh để xem xét, quyết định.");
    assertThat(prompt.rules()).isEmpty();
    assertThat(prompt.warnings()).isEmpty();
  }

  @Test
  void findsTheRulesInTheChapterOnOrganizingTheWork() {
    SourceLines lines =
        SourceLines.of(
            """
            IV. TỔ CHỨC THỰC HIỆN
            1. Các sở, ngành định kỳ báo cáo quý (trước ngày 20 của tháng cuối

            quý) về Sở Khoa học và Công nghệ.
            Nơi nhận:
            - Như trên; báo cáo năm (trước ngày 1/12).
            """);

    List<ReportingRuleAsRead> rules = ReportingRuleReader.read(lines).rules();

    assertThat(rules)
        .extracting(
            ReportingRuleAsRead::frequency,
            ReportingRuleAsRead::dueDay,
            ReportingRuleAsRead::sourceLine)
        .containsExactly(tuple(FrequencyAsRead.QUARTERLY, 20, 2));
  }
}
