package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.plan.contract.Frequency;

/**
 * Seed {@code kon-tum-so-khcn-plan-implementing-1570.txt} (Sở KH&CN Kon Tum's plan implementing
 * 1570/KH-UBND), "IV. TỔ CHỨC THỰC HIỆN", clause 2 (the document's line breaks joined):
 *
 * <blockquote>
 *
 * "định kỳ hoặc đột xuất báo cáo kết quả thực hiện (Chi tiết tại các Phụ lục I, II kèm theo) kịp
 * thời, đầy đủ: Báo cáo tuần (trước thứ 5 hàng tuần), tháng (trước ngày 10 hàng tháng), quý, 6
 * tháng, 9 tháng (trước ngày 10 của tháng cuối quý); Báo cáo năm (trước ngày 10 tháng 11 hàng năm)
 * gửi Phòng Quản lý Khoa học để tổng hợp, báo cáo lãnh đạo Sở."
 *
 * </blockquote>
 *
 * <p>Six rules, all sent to "Phòng Quản lý Khoa học".
 */
class SoKhcnKonTumReportingTest {

  static final List<String> RECIPIENTS = List.of("Phòng Quản lý Khoa học");

  /** The sentence as six rules, keyed by the short name used in the tables below. */
  static final Map<String, ReportingObligation> RULES =
      Map.of(
          // "Báo cáo tuần (trước thứ 5 hàng tuần)"
          "WEEK", ReportingObligation.weekly(DayOfWeek.THURSDAY).withRecipients(RECIPIENTS),
          // "tháng (trước ngày 10 hàng tháng)"
          "MONTH", ReportingObligation.monthly(10).withRecipients(RECIPIENTS),
          // "quý, 6 tháng, 9 tháng (trước ngày 10 của tháng cuối quý)"
          "QUARTER", ReportingObligation.quarterly(10).withRecipients(RECIPIENTS),
          "6M", ReportingObligation.sixMonths(10).withRecipients(RECIPIENTS),
          "9M", ReportingObligation.nineMonths(10).withRecipients(RECIPIENTS),
          // "Báo cáo năm (trước ngày 10 tháng 11 hàng năm)"
          "YEAR", ReportingObligation.yearly(11, 10).withRecipients(RECIPIENTS));

  /**
   * Weekly: the report of ISO week W is due before Thursday of W (on time through Wednesday) and
   * covers Thursday of W−1 to Wednesday of W. Rows cross the year boundary (2025-W01 starts Monday
   * 30 Dec 2024), the 53-week years 2020 and 2026, and 29 Feb 2024.
   */
  @ParameterizedTest(name = "{0}: {1}..{2}, due {4}")
  @CsvSource({
    // id,     window start, window end, cumulative, due at
    "2025-W23, 2025-05-29, 2025-06-04, , 2025-06-05T00:00+07:00",
    "2025-W01, 2024-12-26, 2025-01-01, , 2025-01-02T00:00+07:00",
    "2025-W52, 2025-12-18, 2025-12-24, , 2025-12-25T00:00+07:00",
    "2026-W01, 2025-12-25, 2025-12-31, , 2026-01-01T00:00+07:00",
    "2026-W53, 2026-12-24, 2026-12-30, , 2026-12-31T00:00+07:00",
    "2027-W01, 2026-12-31, 2027-01-06, , 2027-01-07T00:00+07:00",
    "2020-W53, 2020-12-24, 2020-12-30, , 2020-12-31T00:00+07:00",
    "2021-W01, 2020-12-31, 2021-01-06, , 2021-01-07T00:00+07:00",
    "2024-W09, 2024-02-22, 2024-02-28, , 2024-02-29T00:00+07:00",
    "2024-W10, 2024-02-29, 2024-03-06, , 2024-03-07T00:00+07:00",
  })
  void weeklyReportIsDueBeforeThursdayOfItsWeek(
      String id, LocalDate start, LocalDate end, LocalDate cumulative, OffsetDateTime dueAt) {
    assertPeriod("WEEK", Frequency.WEEKLY, id, start, end, cumulative, dueAt);
  }

  /**
   * Monthly, quarterly, 6-month, 9-month and yearly: Decree 09 windows (15th to 14th), due before
   * the 10th of the period's last month, and the year before 10 November.
   */
  @ParameterizedTest(name = "{0} {1}: {2}..{3}, due {5}")
  @CsvSource({
    // rule,  id,      window start, window end, cumulative, due at
    "MONTH,   2025-06, 2025-05-15,   2025-06-14, ,           2025-06-10T00:00+07:00",
    "MONTH,   2025-01, 2024-12-15,   2025-01-14, ,           2025-01-10T00:00+07:00",
    "MONTH,   2025-12, 2025-11-15,   2025-12-14, ,           2025-12-10T00:00+07:00",
    "MONTH,   2024-03, 2024-02-15,   2024-03-14, ,           2024-03-10T00:00+07:00",
    "MONTH,   2025-03, 2025-02-15,   2025-03-14, ,           2025-03-10T00:00+07:00",
    "QUARTER, 2025-Q1, 2024-12-15,   2025-03-14, ,           2025-03-10T00:00+07:00",
    "QUARTER, 2025-Q2, 2025-03-15,   2025-06-14, ,           2025-06-10T00:00+07:00",
    "QUARTER, 2025-Q3, 2025-06-15,   2025-09-14, ,           2025-09-10T00:00+07:00",
    "QUARTER, 2025-Q4, 2025-09-15,   2025-12-14, ,           2025-12-10T00:00+07:00",
    "6M,      2025-H1, 2024-12-15,   2025-06-14, 2024-12-15, 2025-06-10T00:00+07:00",
    "6M,      2024-H1, 2023-12-15,   2024-06-14, 2023-12-15, 2024-06-10T00:00+07:00",
    "9M,      2025-9M, 2024-12-15,   2025-09-14, 2024-12-15, 2025-09-10T00:00+07:00",
    "YEAR,    2025,    2024-12-15,   2025-12-14, 2024-12-15, 2025-11-10T00:00+07:00",
    "YEAR,    2026,    2025-12-15,   2026-12-14, 2025-12-15, 2026-11-10T00:00+07:00",
  })
  void periodicReportsFollowTheSeedAndDecree09(
      String rule,
      String id,
      LocalDate start,
      LocalDate end,
      LocalDate cumulative,
      OffsetDateTime dueAt) {
    Frequency frequency = RULES.get(rule).frequency();
    assertPeriod(rule, frequency, id, start, end, cumulative, dueAt);
  }

  /** What a unit of the Department owes for June 2025: every period whose window touches June. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WEEK    | 2025-W23, 2025-W24, 2025-W25, 2025-W26, 2025-W27",
        "MONTH   | 2025-06, 2025-07",
        "QUARTER | 2025-Q2, 2025-Q3",
        "6M      | 2025-H1",
        "9M      | 2025-9M",
        "YEAR    | 2025",
      })
  void periodsTouchingJune2025(String rule, String ids) {
    List<ReportingPeriod> periods =
        ReportingCalendar.periods(
            RULES.get(rule), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));

    assertThat(periods).extracting(ReportingPeriod::id).containsExactly(ids.split(",\\s*"));
  }

  @Test
  void theSeedsRecipientIsKeptOnEveryRule() {
    assertThat(RULES.values()).allSatisfy(r -> assertThat(r.recipients()).isEqualTo(RECIPIENTS));
  }

  static void assertPeriod(
      String rule,
      Frequency frequency,
      String id,
      LocalDate start,
      LocalDate end,
      LocalDate cumulative,
      OffsetDateTime dueAt) {
    ReportingPeriod period = ReportingCalendar.period(RULES.get(rule), id);

    assertThat(period)
        .isEqualTo(new ReportingPeriod(id, frequency, start, end, cumulative, dueAt.toInstant()));
    assertThat(period.lastDayOnTime()).isEqualTo(dueAt.toLocalDate().minusDays(1));
  }
}
