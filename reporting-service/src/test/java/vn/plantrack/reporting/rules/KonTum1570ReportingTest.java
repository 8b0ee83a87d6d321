package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.plan.contract.Frequency;

/**
 * Seed {@code kon-tum-1570-KH-UBND-2025.txt}: "Số: 1570/KH-UBND | Kon Tum, ngày 08 tháng 5 năm
 * 2025", section "V. TỔ CHỨC THỰC HIỆN".
 *
 * <p>Clause 3 (periodic, from the departments and communes to the Department of Science and
 * Technology):
 *
 * <blockquote>
 *
 * "định kỳ hoặc đột xuất báo cáo kết quả thực hiện gửi Sở Khoa học và Công nghệ (Chi tiết tại các
 * Phụ lục I, II kèm theo) kịp thời, đầy đủ: Báo cáo tháng (trước ngày 10 hàng tháng), quý, 6 tháng,
 * 9 tháng (trước ngày 10 của tháng cuối quý); Báo cáo năm (trước ngày 10 tháng 11 hàng năm)."
 *
 * </blockquote>
 *
 * <p>Clause 1 (ad hoc, once):
 *
 * <blockquote>
 *
 * "báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ) chậm nhất sau 05 ngày kể
 * từ khi Kế hoạch này được ban hành."
 *
 * </blockquote>
 *
 * <p>Clause 2 ("định kỳ hàng năm hoặc đột xuất tổng hợp báo cáo kết quả thực hiện về Bộ Khoa học và
 * Công nghệ, Ủy ban nhân dân tỉnh theo quy định") names no due day, so it is no rule here: a
 * coordinator sets one.
 */
class KonTum1570ReportingTest {

  static final LocalDate ISSUED_ON = LocalDate.of(2025, 5, 8);
  static final List<String> TO_DEPARTMENT = List.of("Sở Khoa học và Công nghệ");

  static final Map<String, ReportingObligation> RULES =
      Map.of(
          "MONTH", ReportingObligation.monthly(10).withRecipients(TO_DEPARTMENT),
          "QUARTER", ReportingObligation.quarterly(10).withRecipients(TO_DEPARTMENT),
          "6M", ReportingObligation.sixMonths(10).withRecipients(TO_DEPARTMENT),
          "9M", ReportingObligation.nineMonths(10).withRecipients(TO_DEPARTMENT),
          "YEAR", ReportingObligation.yearly(11, 10).withRecipients(TO_DEPARTMENT));

  /** Clause 1 as stored on the plan once it is issued. */
  static final ReportingObligation UNIT_PLANS =
      ReportingObligation.adHoc("KE-HOACH-DON-VI", ISSUED_ON, 5)
          .withRecipients(List.of("Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ)"));

  @ParameterizedTest(name = "{0} {1}: {2}..{3}, due {5}")
  @CsvSource({
    // rule,  id,      window start, window end, cumulative, due at (before the 10th = by the 9th)
    "6M,      2025-H1, 2024-12-15,   2025-06-14, 2024-12-15, 2025-06-10T00:00+07:00",
    "YEAR,    2025,    2024-12-15,   2025-12-14, 2024-12-15, 2025-11-10T00:00+07:00",
    "9M,      2025-9M, 2024-12-15,   2025-09-14, 2024-12-15, 2025-09-10T00:00+07:00",
    "6M,      2026-H1, 2025-12-15,   2026-06-14, 2025-12-15, 2026-06-10T00:00+07:00",
    "YEAR,    2024,    2023-12-15,   2024-12-14, 2023-12-15, 2024-11-10T00:00+07:00",
    "QUARTER, 2025-Q2, 2025-03-15,   2025-06-14, ,           2025-06-10T00:00+07:00",
    "QUARTER, 2026-Q1, 2025-12-15,   2026-03-14, ,           2026-03-10T00:00+07:00",
    "MONTH,   2025-05, 2025-04-15,   2025-05-14, ,           2025-05-10T00:00+07:00",
    "MONTH,   2026-01, 2025-12-15,   2026-01-14, ,           2026-01-10T00:00+07:00",
    "MONTH,   2024-02, 2024-01-15,   2024-02-14, ,           2024-02-10T00:00+07:00",
  })
  void periodicReportsToTheDepartment(
      String rule,
      String id,
      LocalDate start,
      LocalDate end,
      LocalDate cumulative,
      OffsetDateTime dueAt) {
    ReportingObligation reportingRule = RULES.get(rule);

    ReportingPeriod period = ReportingCalendar.period(reportingRule, id);

    assertThat(period)
        .isEqualTo(
            new ReportingPeriod(
                id,
                ReportingPeriodId.parse(id).frequency(),
                start,
                end,
                cumulative,
                dueAt.toInstant()));
    assertThat(reportingRule.recipients()).containsExactly("Sở Khoa học và Công nghệ");
  }

  /**
   * "Chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành": issued Thursday 8 May 2025, the
   * issue day is not counted, day 5 is Tuesday 13 May, on time through its end.
   */
  @Test
  void adHocReportIsDueAtTheEndOfTheFifthDayAfterIssue() {
    ReportingPeriod period = ReportingCalendar.period(UNIT_PLANS, "ADHOC-KE-HOACH-DON-VI");

    assertThat(period)
        .isEqualTo(
            new ReportingPeriod(
                "ADHOC-KE-HOACH-DON-VI",
                Frequency.AD_HOC,
                LocalDate.of(2025, 5, 8),
                LocalDate.of(2025, 5, 13),
                null,
                OffsetDateTime.parse("2025-05-14T00:00+07:00").toInstant()));
    assertThat(period.lastDayOnTime()).isEqualTo(LocalDate.of(2025, 5, 13));
  }

  @ParameterizedTest(name = "submitted {0} -> on time {1}")
  @CsvSource({
    "2025-05-08T08:00:00+07:00, true",
    "2025-05-13T23:59:59+07:00, true",
    "2025-05-13T16:59:59.999Z,  true",
    "2025-05-14T00:00:00+07:00, false",
    "2025-05-13T17:00:00Z,      false",
    "2025-05-14T08:00:00+07:00, false",
  })
  void adHocOnTimeAtTheBoundary(OffsetDateTime submittedAt, boolean onTime) {
    ReportingPeriod period = ReportingCalendar.period(UNIT_PLANS, "ADHOC-KE-HOACH-DON-VI");

    assertThat(ReportingCalendar.onTime(submittedAt.toInstant(), period)).isEqualTo(onTime);
  }

  @ParameterizedTest(name = "{0}..{1} -> {2}")
  @CsvSource({
    "2025-05-01, 2025-05-07, ''",
    "2025-05-01, 2025-05-08, ADHOC-KE-HOACH-DON-VI",
    "2025-05-13, 2025-12-31, ADHOC-KE-HOACH-DON-VI",
    "2025-05-14, 2025-12-31, ''",
  })
  void adHocPeriodIsListedOnlyWhenItsWindowTouchesTheRange(
      LocalDate from, LocalDate to, String ids) {
    assertThat(ReportingCalendar.periods(UNIT_PLANS, from, to))
        .extracting(ReportingPeriod::id)
        .containsExactly(ids.isEmpty() ? new String[0] : new String[] {ids});
  }

  @Test
  void beforeTheIssueDateIsKnownTheAdHocPeriodCannotBeComputed() {
    ReportingObligation draft = UNIT_PLANS.withAnchorDate(null);

    assertThatThrownBy(() -> ReportingCalendar.period(draft, "ADHOC-KE-HOACH-DON-VI"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no anchor date");
    assertThat(draft.withAnchorDate(ISSUED_ON)).isEqualTo(UNIT_PLANS);
  }

  @ParameterizedTest
  @CsvSource({"ADHOC-OTHER", "ADHOC-ke-hoach-don-vi", "2025-05", "2025"})
  void adHocRuleYieldsOnlyItsOwnId(String id) {
    assertThatThrownBy(() -> ReportingCalendar.period(UNIT_PLANS, id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining("ADHOC-KE-HOACH-DON-VI");
  }
}
