package vn.plantrack.task.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;

class DeadlineReaderTest {

  /**
   * Every distinct phrase of the "Thời gian hoàn thành" column (Phụ lục II of the two provincial
   * plans) and the "Thời gian:" field (Sở KH&CN's plan), copied exactly. Seeds: KT =
   * kon-tum-1570-KH-UBND-2025.txt, BK = bac-kan-131-KH-UBND-2025.txt, SO =
   * kon-tum-so-khcn-plan-implementing-1570.txt.
   */
  @ParameterizedTest(name = "[{index}] \"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                                              | kind         | due        | start      | from | review
          # KT, BK: "6/2025"; KT also 7/2025 … 12/2028 below
          6/2025                                              | MONTH        | 2025-06-30 |            |      | false
          # KT, BK, SO
          Thường xuyên                                        | ONGOING      |            |            |      | false
          # KT
          Sau khi có hướng dẫn của Trung ương                 | CONDITIONAL  |            |            |      | false
          # KT
          8/2025                                              | MONTH        | 2025-08-31 |            |      | false
          # KT, BK, SO
          12/2025                                             | MONTH        | 2025-12-31 |            |      | false
          # KT
          2025 và các năm tiếp theo                           | RECURRING    |            |            | 2025 | false
          # KT
          11/2025                                             | MONTH        | 2025-11-30 |            |      | false
          # KT
          7/2025                                              | MONTH        | 2025-07-31 |            |      | false
          # KT
          Sau khi có Văn bản của Trung ương                   | CONDITIONAL  |            |            |      | false
          # KT
          9/2025                                              | MONTH        | 2025-09-30 |            |      | false
          # KT
          Năm 2025 và các năm tiếp theo                       | RECURRING    |            |            | 2025 | false
          # KT (task 25; "Chương trình" spilled into the cell, the condition is still clear)
          Sau khi có văn bản của Trung ương Chương trình      | CONDITIONAL  |            |            |      | false
          # KT
          2/2026                                              | MONTH        | 2026-02-28 |            |      | false
          # KT, BK, SO
          Hằng năm                                            | RECURRING    |            |            |      | false
          # KT
          12/2028                                             | MONTH        | 2028-12-31 |            |      | false
          # KT
          Sau khi có văn bản hướng dẫn của Trung ương         | CONDITIONAL  |            |            |      | false
          # KT
          6/2026                                              | MONTH        | 2026-06-30 |            |      | false
          # KT
          3/2026                                              | MONTH        | 2026-03-31 |            |      | false
          # KT
          3/2027                                              | MONTH        | 2027-03-31 |            |      | false
          # KT (task 40): 2025 is due in September, later years read as 31 December, flagged
          9/2025 và các năm tiếp theo                         | RECURRING    | 2025-09-30 |            | 2025 | true
          # KT, BK
          2025                                                | YEAR         | 2025-12-31 |            |      | false
          # KT
          12/2026                                             | MONTH        | 2026-12-31 |            |      | false
          # KT
          2025 và tiếp tục duy trì cho những năm tiếp theo    | RECURRING    |            |            | 2025 | false
          # KT (task 58)
          2025- 2026                                          | RANGE        | 2026-12-31 | 2025-01-01 |      | false
          # KT, SO
          Khi Trung ương ban hành                             | CONDITIONAL  |            |            |      | false
          # KT
          Sau khi Bộ hướng dẫn                                | CONDITIONAL  |            |            |      | false
          # KT
          4/2026                                              | MONTH        | 2026-04-30 |            |      | false
          # KT
          10/2025                                             | MONTH        | 2025-10-31 |            |      | false
          # KT
          2025 và những năm tiếp theo                         | RECURRING    |            |            | 2025 | false
          # KT
          2026 và những năm tiếp theo                         | RECURRING    |            |            | 2026 | false
          # KT
          4/2027                                              | MONTH        | 2027-04-30 |            |      | false
          # KT
          4/2025                                              | MONTH        | 2025-04-30 |            |      | false
          # KT
          Sau khi có văn bản của Trung ương                   | CONDITIONAL  |            |            |      | false
          # KT
          2029                                                | YEAR         | 2029-12-31 |            |      | false
          # KT
          2026 và các năm tiếp theo                           | RECURRING    |            |            | 2026 | false
          # BK
          3/2025                                              | MONTH        | 2025-03-31 |            |      | false
          # BK (tasks 13, 14): a start and no end, read as ongoing from 2026, flagged
          Từ 2026                                             | ONGOING      |            | 2026-01-01 |      | true
          # BK
          Tháng 6/2026                                        | MONTH        | 2026-06-30 |            |      | false
          # BK
          Tháng 8/2026                                        | MONTH        | 2026-08-31 |            |      | false
          # BK
          Năm 2030                                            | YEAR         | 2030-12-31 |            |      | false
          # BK
          Năm 2027                                            | YEAR         | 2027-12-31 |            |      | false
          # BK
          Năm 2026                                            | YEAR         | 2026-12-31 |            |      | false
          # BK
          Tháng 12/2028                                       | MONTH        | 2028-12-31 |            |      | false
          # BK
          Tháng 4/2026                                        | MONTH        | 2026-04-30 |            |      | false
          # BK
          Tháng 12/2025                                       | MONTH        | 2025-12-31 |            |      | false
          # BK
          Tháng 12/2030                                       | MONTH        | 2030-12-31 |            |      | false
          # BK
          Tháng 3/2026                                        | MONTH        | 2026-03-31 |            |      | false
          # BK
          Tháng 06/2025                                       | MONTH        | 2025-06-30 |            |      | false
          # BK (tasks 38, 41): the "a" of "củ|a" spilled from the result column, flagged
          a Tháng 12/2025                                     | MONTH        | 2025-12-31 |            |      | true
          # BK
          2026                                                | YEAR         | 2026-12-31 |            |      | false
          # BK
          Tháng 9/2025                                        | MONTH        | 2025-09-30 |            |      | false
          # BK (task 45): same spill
          a Tháng 9/2025                                      | MONTH        | 2025-09-30 |            |      | true
          # BK
          Tháng 6/2028                                        | MONTH        | 2028-06-30 |            |      | false
          # BK
          Tháng 6/2025                                        | MONTH        | 2025-06-30 |            |      | false
          # BK
          Tháng 5/2026                                        | MONTH        | 2026-05-31 |            |      | false
          # BK
          Tháng 8/2025                                        | MONTH        | 2025-08-31 |            |      | false
          # BK
          2027                                                | YEAR         | 2027-12-31 |            |      | false
          # BK (task 70): the typo, never guessed
          Tháng 11/202                                        | UNRECOGNIZED |            |            |      | true
          # SO
          Quý II–III/2025                                     | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          # SO
          Năm 2025 và những năm tiếp theo                     | RECURRING    |            |            | 2025 | false
          # SO
          năm 2025 và những năm tiếp theo                     | RECURRING    |            |            | 2025 | false
          # SO
          Quý IV/2025                                         | QUARTER      | 2025-12-31 |            |      | false
          # SO (with the two trailing spaces of the seed)
          'Năm 2025  '                                        | YEAR         | 2025-12-31 |            |      | false
          # SO
          Năm 2025 và những năm tiếp theo.                    | RECURRING    |            |            | 2025 | false
          # SO
          Từ năm 2025, thực hiện thường xuyên                 | RECURRING    |            |            | 2025 | false
          # SO
          Sau khi có hướng dẫn                                | CONDITIONAL  |            |            |      | false
          # SO
          Từ năm 2025 và những năm tiếp theo                  | RECURRING    |            |            | 2025 | false
          """)
  void readsEveryDeadlineOfTheSeedTables(
      String text,
      DeadlineKind kind,
      LocalDate due,
      LocalDate start,
      Integer fromYear,
      boolean review) {
    assertReading(text, kind, due, start, fromYear, review);
  }

  /** Deadlines written in the seeds' prose, where a task or a rule names its time. */
  @ParameterizedTest(name = "[{index}] \"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                                                        | kind         | due        | start      | from | review
          # KT: "Trong tháng 4/2025, tổ chức phát động phong trào thi đua…"
          Trong tháng 4/2025                                            | MONTH        | 2025-04-30 |            |      | false
          # KT: "Phấn đấu đến hết năm 2025, 100% cán bộ…"
          đến hết năm 2025                                              | YEAR         | 2025-12-31 |            |      | false
          # KT
          Trong năm 2025                                                | YEAR         | 2025-12-31 |            |      | false
          # SO, BK: "đưa vào ứng dụng trong năm 2025"
          trong năm 2025                                                | YEAR         | 2025-12-31 |            |      | false
          # BK: "hoàn thành trong năm 2025"
          hoàn thành trong năm 2025                                     | YEAR         | 2025-12-31 |            |      | false
          # KT, BK: Phụ lục I, "Đến năm 2030"
          Đến năm 2030                                                  | YEAR         | 2030-12-31 |            |      | false
          # KT: Phụ lục I, "Đến năm 2045"
          Đến năm 2045                                                  | YEAR         | 2045-12-31 |            |      | false
          # BK: "Thời hạn ban hành kế hoạch của các đơn vị: tháng 3/2025."
          tháng 3/2025.                                                 | MONTH        | 2025-03-31 |            |      | false
          # KT
          giai đoạn 2021- 2025                                          | RANGE        | 2025-12-31 | 2021-01-01 |      | false
          # KT
          giai đoạn 2025-2030                                           | RANGE        | 2030-12-31 | 2025-01-01 |      | false
          # KT
          giai đoạn 2021-2030                                           | RANGE        | 2030-12-31 | 2021-01-01 |      | false
          # KT: counted from the plan's issue: a coordinator sets the date, flagged
          chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành    | CONDITIONAL  |            |            |      | true
          # KT
          sau khi cấp có thẩm quyền ban hành                            | CONDITIONAL  |            |            |      | false
          # KT
          khi có chủ trương của Trung ương                              | CONDITIONAL  |            |            |      | false
          # KT
          sau khi Trung ương ban hành Bộ tiêu chí đánh giá              | CONDITIONAL  |            |            |      | false
          # KT
          khi đủ điều kiện                                              | CONDITIONAL  |            |            |      | false
          # KT
          (nếu đủ điều kiện)                                            | CONDITIONAL  |            |            |      | false
          # KT
          (khi đủ điều kiện)                                            | CONDITIONAL  |            |            |      | false
          # BK
          (sau khi có đủ căn cứ pháp lý)                                | CONDITIONAL  |            |            |      | false
          # KT, BK, SO
          hằng năm                                                      | RECURRING    |            |            |      | false
          # KT
          định kỳ hàng năm                                              | RECURRING    |            |            |      | false
          # KT, SO: reporting rules, not one task deadline
          trước ngày 10 hàng tháng                                      | UNRECOGNIZED |            |            |      | true
          # KT
          Định kỳ hàng tháng                                            | UNRECOGNIZED |            |            |      | true
          # SO
          trước thứ 5 hàng tuần                                         | UNRECOGNIZED |            |            |      | true
          # KT
          trước ngày 10 tháng 11 hàng năm                               | UNRECOGNIZED |            |            |      | true
          # BK
          định kỳ 06 tháng, hằng năm                                    | UNRECOGNIZED |            |            |      | true
          # BK: "trước ngày 01/6 và trước ngày 15/11": no year
          trước ngày 01/6                                               | UNRECOGNIZED |            |            |      | true
          # BK
          trước ngày 15/11                                              | UNRECOGNIZED |            |            |      | true
          # KT: two years, not a range the document states
          năm 2025 và 2026                                              | UNRECOGNIZED |            |            |      | true
          # KT
          trong 5 năm tiếp theo                                         | UNRECOGNIZED |            |            |      | true
          # KT
          Tầm nhìn đến năm 2045                                         | UNRECOGNIZED |            |            |      | true
          """)
  void readsTheDeadlinesOfTheSeedProse(
      String text,
      DeadlineKind kind,
      LocalDate due,
      LocalDate start,
      Integer fromYear,
      boolean review) {
    assertReading(text, kind, due, start, fromYear, review);
  }

  /** The same phrases as OCR, keyboards without diacritics and careless typing give them. */
  @ParameterizedTest(name = "[{index}] \"{0}\" → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                                         | kind         | due        | start      | from | review
          # without diacritics
          Thuong xuyen                                   | ONGOING      |            |            |      | false
          THƯỜNG XUYÊN                                   | ONGOING      |            |            |      | false
          thường xuyên, liên tục                         | ONGOING      |            |            |      | false
          Quy IV/2025                                    | QUARTER      | 2025-12-31 |            |      | false
          Hang nam                                       | RECURRING    |            |            |      | false
          Hàng năm                                       | RECURRING    |            |            |      | false
          HẰNG NĂM                                       | RECURRING    |            |            |      | false
          Thang 12/2025                                  | MONTH        | 2025-12-31 |            |      | false
          Nam 2026                                       | YEAR         | 2026-12-31 |            |      | false
          2025 va cac nam tiep theo                      | RECURRING    |            |            | 2025 | false
          Tu nam 2025, thuc hien thuong xuyen            | RECURRING    |            |            | 2025 | false
          Sau khi co huong dan cua Trung uong            | CONDITIONAL  |            |            |      | false
          Khi Trung uong ban hanh                        | CONDITIONAL  |            |            |      | false
          Sau khi Bo huong dan                           | CONDITIONAL  |            |            |      | false
          Quy II-III/2025                                | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          # quarters in Roman and Arabic, with a slash or in words
          Quý 4/2025                                     | QUARTER      | 2025-12-31 |            |      | false
          Quý I/2026                                     | QUARTER      | 2026-03-31 |            |      | false
          Quý 1/2026                                     | QUARTER      | 2026-03-31 |            |      | false
          Quý II/2025                                    | QUARTER      | 2025-06-30 |            |      | false
          Quý III/2025                                   | QUARTER      | 2025-09-30 |            |      | false
          quý IV năm 2025                                | QUARTER      | 2025-12-31 |            |      | false
          Quý iv/2025                                    | QUARTER      | 2025-12-31 |            |      | false
          Quý IV / 2025                                  | QUARTER      | 2025-12-31 |            |      | false
          Quý IV-2025                                    | QUARTER      | 2025-12-31 |            |      | false
          Trong quý IV/2025                              | QUARTER      | 2025-12-31 |            |      | false
          Quý 2-3/2025                                   | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          Quý I đến quý III năm 2026                     | QUARTER      | 2026-09-30 | 2026-01-01 |      | false
          6 tháng đầu năm 2025                           | QUARTER      | 2025-06-30 | 2025-01-01 |      | false
          6 tháng cuối năm 2025                          | QUARTER      | 2025-12-31 | 2025-07-01 |      | false
          # dashes and spaces
          Quý II—III/2025                                | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          Quý II - III/2025                              | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          Quý  II – III / 2025                           | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          2025-2026                                      | RANGE        | 2026-12-31 | 2025-01-01 |      | false
          2025 – 2026                                    | RANGE        | 2026-12-31 | 2025-01-01 |      | false
          2025 —2026                                     | RANGE        | 2026-12-31 | 2025-01-01 |      | false
          Năm 2025 - 2026                                | RANGE        | 2026-12-31 | 2025-01-01 |      | false
          Từ năm 2025 đến năm 2027                       | RANGE        | 2027-12-31 | 2025-01-01 |      | false
          'Tháng  12/2025'                               | MONTH        | 2025-12-31 |            |      | false
          '  Hằng   năm  '                               | RECURRING    |            |            |      | false
          '12 / 2025'                                    | MONTH        | 2025-12-31 |            |      | false
          # leading and trailing punctuation, bullets, the field label
          - Thường xuyên.                                | ONGOING      |            |            |      | false
          '"Quý IV/2025";'                               | QUARTER      | 2025-12-31 |            |      | false
          • 6/2025,                                      | MONTH        | 2025-06-30 |            |      | false
          (Năm 2026)                                     | YEAR         | 2026-12-31 |            |      | false
          - Thời gian: Quý II–III/2025                   | QUARTER      | 2025-09-30 | 2025-04-01 |      | false
          Thời gian : Thường xuyên                       | ONGOING      |            |            |      | false
          Thời gian hoàn thành: 12/2025                  | MONTH        | 2025-12-31 |            |      | false
          # months in every way they are written
          Tháng 06/2025                                  | MONTH        | 2025-06-30 |            |      | false
          tháng 6 năm 2025                               | MONTH        | 2025-06-30 |            |      | false
          Tháng 6-2025                                   | MONTH        | 2025-06-30 |            |      | false
          Trong tháng 6/2025                             | MONTH        | 2025-06-30 |            |      | false
          Đến hết tháng 2/2028                           | MONTH        | 2028-02-29 |            |      | false
          Cuối tháng 2/2026                              | MONTH        | 2026-02-28 |            |      | false
          Tháng 6-8/2025                                 | MONTH        | 2025-08-31 | 2025-06-01 |      | false
          # days
          15/11/2025                                     | DATE         | 2025-11-15 |            |      | false
          Ngày 15/11/2025                                | DATE         | 2025-11-15 |            |      | false
          ngày 15 tháng 11 năm 2025                      | DATE         | 2025-11-15 |            |      | false
          15-11-2025                                     | DATE         | 2025-11-15 |            |      | false
          15.11.2025                                     | DATE         | 2025-11-15 |            |      | false
          Chậm nhất ngày 15/11/2025                      | DATE         | 2025-11-15 |            |      | false
          Hoàn thành trước ngày 15/11/2025               | DATE         | 2025-11-14 |            |      | false
          # "before day N": on time up to the end of day N-1 (DOMAIN.md)
          Trước ngày 15/11/2025                          | DATE         | 2025-11-14 |            |      | false
          trước ngày 01/01/2026                          | DATE         | 2025-12-31 |            |      | false
          Truoc ngay 1/3/2028                            | DATE         | 2028-02-29 |            |      | false
          29/02/2028                                     | DATE         | 2028-02-29 |            |      | false
          # years and recurring forms
          Năm 2025                                       | YEAR         | 2025-12-31 |            |      | false
          cuối năm 2026                                  | YEAR         | 2026-12-31 |            |      | false
          Từ năm 2025 trở đi                             | ONGOING      |            | 2025-01-01 |      | true
          Thường xuyên từ năm 2025                       | RECURRING    |            |            | 2025 | false
          Từ năm 2026, hằng năm                          | RECURRING    |            |            | 2026 | false
          2025, và các năm tiếp theo                     | RECURRING    |            |            | 2025 | false
          12/2025 và các năm tiếp theo                   | RECURRING    |            |            | 2025 | false
          Tháng 6/2025 và các năm tiếp theo              | RECURRING    | 2025-06-30 |            | 2025 | true
          # a note in parentheses is set aside, flagged
          12/2025 (dự kiến)                              | MONTH        | 2025-12-31 |            |      | true
          Hằng năm (trước ngày 15/11)                    | RECURRING    |            |            |      | true
          """)
  void readsVariants(
      String text,
      DeadlineKind kind,
      LocalDate due,
      LocalDate start,
      Integer fromYear,
      boolean review) {
    assertReading(text, kind, due, start, fromYear, review);
  }

  /** What it cannot read with confidence it leaves to a person, and says why. */
  @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                        | the reason says
          Tháng 11/202                  | year “202” is not a four-digit year
          11/202                        | year “202” is not a four-digit year
          Năm 202                       | year “202” is not a four-digit year
          Năm 20255                     | year “20255” is not a four-digit year
          6/25                          | has no four-digit year
          Năm 1025                      | year 1025 is out of range
          Tháng 13/2025                 | month 13 does not exist
          13/2025                       | month 13 does not exist
          0/2025                        | month 0 does not exist
          Tháng 123/2025                | month 123 does not exist
          31/02/2025                    | “31/02/2025” is not a calendar date
          29/02/2025                    | “29/02/2025” is not a calendar date
          32/01/2025                    | “32/01/2025” is not a calendar date
          15/13/2025                    | “15/13/2025” is not a calendar date
          Quý V/2025                    | quarter “V” does not exist
          Quý 5/2025                    | quarter “5” does not exist
          Quý 0/2025                    | quarter “0” does not exist
          Quý IIII/2025                 | quarter “IIII” does not exist
          Quý lV/2025                   | quarter “LV” does not exist
          Quý III–II/2025               | the quarters run backwards
          Tháng 8-6/2025                | the months run backwards
          2026-2025                     | the years run backwards
          2025-2025                     | the years run backwards
          Trước tháng 6/2025            | “trước” a month, quarter or year
          Trước năm 2030                | “trước” a month, quarter or year
          Hằng quý                      | more often than yearly
          Hằng tháng                    | more often than yearly
          Hằng năm, trước ngày 15/11    | yearly with a day or more attached
          6/2025; 12/2025               | cannot read
          Quý II/2025, Quý IV/2025      | cannot read
          Đầu năm 2026                  | cannot read
          Giữa năm 2025                 | cannot read
          Q 4/2025                      | cannot read
          Q4/2025                       | cannot read
          Sớm nhất có thể               | cannot read
          Theo tiến độ dự án            | cannot read
          x                             | cannot read
          ...                           | no deadline text
          """)
  void leavesWhatItCannotReadToAPerson(String text, String reason) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.kind()).isEqualTo(DeadlineKind.UNRECOGNIZED);
    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.needsReview()).isTrue();
    assertThat(reading.reviewReason()).contains(reason);
    assertThat(reading.dueDate()).isNull();
    assertThat(reading.startDate()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\u00a0", "\t\n", "-", "  .  "})
  void readsNoDeadlineFromNoText(String text) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.kind()).isEqualTo(DeadlineKind.UNRECOGNIZED);
    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.reviewReason()).isEqualTo("no deadline text");
  }

  /** Strange input gets a reading, never an exception. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "99999999999999999999/2025",
        "Quý 99999999999999999999/2025",
        "99999999999999999999/99999999999999999999/2025",
        "Năm 99999999999999999999",
        "((((",
        "))))",
        "(Tháng 6/2025",
        "Tháng 6/2025)",
        "a b c",
        "a",
        "Sau khi",
        "Khi",
        "\u0301\u0301",
        "😀 2025"
      })
  void neverThrows(String text) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.kind()).isNotNull();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sau khi có hướng dẫn của Trung ương           | Sau khi có hướng dẫn của Trung ương
          ' Sau khi có hướng dẫn của Trung ương '       | Sau khi có hướng dẫn của Trung ương
          Khi Trung ương ban hành.                      | Khi Trung ương ban hành
          (nếu đủ điều kiện)                            | nếu đủ điều kiện
          - Thời gian: Sau khi có hướng dẫn             | Sau khi có hướng dẫn
          Ngay sau khi Bộ ban hành Thông tư             | Ngay sau khi Bộ ban hành Thông tư
          """)
  void keepsTheConditionAsWritten(String text, String condition) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.kind()).isEqualTo(DeadlineKind.CONDITIONAL);
    assertThat(reading.condition()).isEqualTo(condition);
    assertThat(reading.dueDate()).isNull();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" flagged: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sau khi có hướng dẫn, chậm nhất 30 ngày         | a number in it
          Sau khi Bộ ban hành Thông tư số 12/2025          | a number in it
          trong vòng 30 ngày kể từ ngày ký                | a time limit counted from an event
          Trong 10 ngày làm việc kể từ khi nhận văn bản   | a time limit counted from an event
          """)
  void flagsConditionsWithATimeInThem(String text, String reason) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.kind()).isEqualTo(DeadlineKind.CONDITIONAL);
    assertThat(reading.needsReview()).isTrue();
    assertThat(reading.reviewReason()).contains(reason);
  }

  static Stream<Arguments> yearsOfRecurringDeadlines() {
    return Stream.of(
        Arguments.of("Hằng năm", 2019, Optional.of(LocalDate.of(2019, 12, 31))),
        Arguments.of("Hằng năm", 2030, Optional.of(LocalDate.of(2030, 12, 31))),
        Arguments.of("2025 và các năm tiếp theo", 2024, Optional.empty()),
        Arguments.of("2025 và các năm tiếp theo", 2025, Optional.of(LocalDate.of(2025, 12, 31))),
        Arguments.of("2026 và các năm tiếp theo", 2025, Optional.empty()),
        Arguments.of("2026 và các năm tiếp theo", 2027, Optional.of(LocalDate.of(2027, 12, 31))),
        Arguments.of("9/2025 và các năm tiếp theo", 2024, Optional.empty()),
        Arguments.of("9/2025 và các năm tiếp theo", 2025, Optional.of(LocalDate.of(2025, 9, 30))),
        Arguments.of("9/2025 và các năm tiếp theo", 2026, Optional.of(LocalDate.of(2026, 12, 31))));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" in {1} → {2}")
  @MethodSource("yearsOfRecurringDeadlines")
  void givesEachYearOfARecurringDeadlineItsDueDate(String text, int year, Optional<LocalDate> due) {
    assertThat(DeadlineReader.read(text).dueDateInYear(year)).isEqualTo(due);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thường xuyên", "12/2025", "Sau khi Bộ hướng dẫn", "Tháng 11/202"})
  void onlyARecurringDeadlineIsDueEveryYear(String text) {
    Deadline reading = DeadlineReader.read(text);

    assertThatThrownBy(() -> reading.dueDateInYear(2025)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aReadingKeepsWhatComputingReliesOn() {
    LocalDate day = LocalDate.of(2025, 6, 30);
    assertThatThrownBy(
            () -> new Deadline("x", DeadlineKind.MONTH, null, null, null, null, null, false, null))
        .hasMessageContaining("due date");
    assertThatThrownBy(
            () ->
                new Deadline(
                    "x", DeadlineKind.RANGE, day, day.plusDays(1), null, null, null, false, null))
        .hasMessageContaining("starts after");
    assertThatThrownBy(() -> new Deadline("x", null, null, null, null, null, null, false, null))
        .isInstanceOf(NullPointerException.class);
  }

  /** A stored row, perhaps edited by a person, can always be rebuilt. */
  @Test
  void rebuildsAStoredReading() {
    Deadline recurring =
        new Deadline("Hằng năm", DeadlineKind.RECURRING, null, null, null, null, null, false, null);
    Deadline reviewed =
        new Deadline(
            "Tháng 11/202",
            DeadlineKind.UNRECOGNIZED,
            LocalDate.of(2025, 11, 30),
            null,
            null,
            null,
            null,
            false,
            "year “202” is not a four-digit year");

    assertThat(recurring.recurrence()).isEqualTo(Deadline.YEARLY);
    assertThat(reviewed.needsReview()).isFalse();
  }

  private static void assertReading(
      String text,
      DeadlineKind kind,
      LocalDate due,
      LocalDate start,
      Integer fromYear,
      boolean review) {
    Deadline reading = DeadlineReader.read(text);

    assertThat(reading.text()).as("text kept verbatim").isEqualTo(text);
    assertThat(reading.kind()).as("kind").isEqualTo(kind);
    assertThat(reading.dueDate()).as("due date").isEqualTo(due);
    assertThat(reading.startDate()).as("start date").isEqualTo(start);
    assertThat(reading.fromYear()).as("from year").isEqualTo(fromYear);
    assertThat(reading.needsReview())
        .as("needs review (%s)", reading.reviewReason())
        .isEqualTo(review);
    assertThat(reading.reviewReason() != null).as("a reason goes with review").isEqualTo(review);
    assertThat(reading.recurrence())
        .as("recurrence")
        .isEqualTo(kind == DeadlineKind.RECURRING ? Deadline.YEARLY : null);
    assertThat(reading.condition() != null)
        .as("condition")
        .isEqualTo(kind == DeadlineKind.CONDITIONAL);
  }
}
