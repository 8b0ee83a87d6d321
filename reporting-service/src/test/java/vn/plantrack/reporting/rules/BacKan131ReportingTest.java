package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.plan.contract.Frequency;
import vn.plantrack.reporting.rules.ReportingObligation.AnnualDate;

/**
 * Seed {@code bac-kan-131-KH-UBND-2025.txt} (131/KH-UBND, Bắc Kạn, 28/02/2025), "IV. TỔ CHỨC THỰC
 * HIỆN", clause 1, to "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố":
 *
 * <blockquote>
 *
 * "Trực tiếp chỉ đạo, thực hiện các nội dung của Kế hoạch; định kỳ 06 tháng, hằng năm báo cáo kết
 * quả thực hiện báo cáo UBND tỉnh (Qua Sở Khoa học và Công nghệ) trước ngày 01/6 và trước ngày
 * 15/11 để tổng hợp."
 *
 * </blockquote>
 *
 * <p>One twice-yearly rule: the 6-month report ({@code YYYY-H1}) before 1 June, the yearly report
 * ({@code YYYY}) before 15 November. Clause 3 ("Sở Khoa học và Công nghệ … định kỳ hằng năm báo cáo
 * UBND tỉnh") names no due day, so it is no rule here.
 */
class BacKan131ReportingTest {

  static final ReportingObligation RULE =
      ReportingObligation.twiceYearly(AnnualDate.of(6, 1), AnnualDate.of(11, 15))
          .withRecipients(List.of("UBND tỉnh (Qua Sở Khoa học và Công nghệ)"));

  @ParameterizedTest(name = "{0}: {2}..{3}, due {5}")
  @CsvSource({
    // id,     kind,       window start, window end, cumulative, due at
    "2025-H1, SIX_MONTHS, 2024-12-15,   2025-06-14, 2024-12-15, 2025-06-01T00:00+07:00",
    "2025,    YEARLY,     2024-12-15,   2025-12-14, 2024-12-15, 2025-11-15T00:00+07:00",
    "2024-H1, SIX_MONTHS, 2023-12-15,   2024-06-14, 2023-12-15, 2024-06-01T00:00+07:00",
    "2024,    YEARLY,     2023-12-15,   2024-12-14, 2023-12-15, 2024-11-15T00:00+07:00",
    "2026-H1, SIX_MONTHS, 2025-12-15,   2026-06-14, 2025-12-15, 2026-06-01T00:00+07:00",
    "2026,    YEARLY,     2025-12-15,   2026-12-14, 2025-12-15, 2026-11-15T00:00+07:00",
  })
  void sixMonthReportBefore1JuneAndYearlyReportBefore15November(
      String id,
      Frequency kind,
      LocalDate start,
      LocalDate end,
      LocalDate cumulative,
      OffsetDateTime dueAt) {
    assertThat(ReportingCalendar.period(RULE, id))
        .isEqualTo(new ReportingPeriod(id, kind, start, end, cumulative, dueAt.toInstant()));
  }

  @ParameterizedTest(name = "{0}..{1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-03-01 | 2025-10-31 | 2025-H1, 2025",
        "2025-06-15 | 2025-12-14 | 2025",
        // windows of 2026 start on 15 Dec 2025
        "2025-01-01 | 2025-12-31 | 2025-H1, 2025, 2026-H1, 2026",
        "2024-12-14 | 2024-12-15 | 2024, 2025-H1, 2025",
      })
  void periodsInRangeInOrder(LocalDate from, LocalDate to, String ids) {
    assertThat(ReportingCalendar.periods(RULE, from, to))
        .extracting(ReportingPeriod::id)
        .containsExactly(ids.split(",\\s*"));
  }

  /** "Trước ngày 01/6": on time through 31 May, late from 1 June 00:00 in Vietnam. */
  @ParameterizedTest(name = "{0} submitted {1} -> on time {2}")
  @CsvSource({
    "2025-H1, 2025-05-31T23:59:59+07:00,           true",
    "2025-H1, 2025-05-31T23:59:59.999999999+07:00, true",
    "2025-H1, 2025-05-31T16:59:59Z,                true",
    "2025-H1, 2025-06-01T00:00:00+07:00,           false",
    "2025-H1, 2025-05-31T17:00:00Z,                false",
    "2025,    2025-11-14T23:59:59+07:00,           true",
    "2025,    2025-11-15T00:00:00+07:00,           false",
    "2025,    2025-11-15T06:59:59+07:00,           false",
  })
  void onTimeUntilTheEndOfTheDayBefore(String id, OffsetDateTime submittedAt, boolean onTime) {
    ReportingPeriod period = ReportingCalendar.period(RULE, id);

    assertThat(ReportingCalendar.onTime(submittedAt.toInstant(), period)).isEqualTo(onTime);
  }

  @ParameterizedTest
  @CsvSource({"2025-9M", "2025-Q2", "2025-06", "2025-W23", "ADHOC-X"})
  void idsOfOtherFrequenciesDoNotFit(String id) {
    assertThatThrownBy(() -> ReportingCalendar.period(RULE, id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining("6-month (YYYY-H1) and yearly (YYYY)");
  }

  @ParameterizedTest
  @CsvSource({"2025-H2", "2025-H0"})
  void thereIsNoSecondHalfId(String id) {
    assertThatThrownBy(() -> ReportingCalendar.period(RULE, id))
        .isInstanceOf(InvalidPeriodIdException.class)
        .hasMessageContaining("the only 6-month period is H1");
  }
}
