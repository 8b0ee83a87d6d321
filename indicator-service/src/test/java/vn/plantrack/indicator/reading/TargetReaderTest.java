package vn.plantrack.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.indicator.contract.TargetReading;

/**
 * Columns: text | indicator unit | kind | min | max | unit read | rising. An empty cell is null; a
 * text with spaces around it is quoted.
 */
class TargetReaderTest {

  /**
   * Every distinct target of the indicator tables (Phụ lục I) of the two provincial plans, copied
   * exactly with the unit column of its row. KT = kon-tum-1570-KH-UBND-2025.txt (25 indicators,
   * 7.1–7.9, 15.1–15.2; 7 and 15 are group rows without a target), BK =
   * bac-kan-131-KH-UBND-2025.txt (33 indicators, 9.1–9.12, 19.1–19.2; milestones 2030 and 2045).
   * The Sở KH&CN plan has no indicator table. BK 19 (unit cell a lone non-breaking space) is in
   * {@link #oddCharacters}.
   */
  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) → {2} {3}..{4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # KT 1
          đạt mức trung bình chung của cả nước    | Thứ bậc                          | QUALITATIVE  |      |      | Thứ bậc       | false
          # KT 2, 3, 23: the words name what is ranked
          45 các tỉnh, thành                      | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          # KT 4
          ≥ 3                                     | Doanh nghiệp                     | AT_LEAST     | 3    |      | Doanh nghiệp  | false
          # KT 5
          ≥ 45                                    | %                                | AT_LEAST     | 45   |      | %             | false
          # KT 6
          ≥ 25                                    | % GRDP                           | AT_LEAST     | 25   |      | % GRDP        | false
          # KT 7.1, 8; BK 9.1, 10
          ≥ 80                                    | %                                | AT_LEAST     | 80   |      | %             | false
          # KT 7.2; BK 9.2
          90                                      | %                                | EXACT        | 90   | 90   | %             | false
          # KT 7.3, 7.4, 7.7, 7.8, 7.9, 18; BK 9.3, 9.4, 9.10, 9.11, 9.12, 23
          100                                     | %                                | EXACT        | 100  | 100  | %             | false
          # KT 7.5, 7.6; BK 9.5, 9.6
          80                                      | %                                | EXACT        | 80   | 80   | %             | false
          # KT 9
          10-15                                   | %                                | RANGE        | 10   | 15   | %             | false
          # KT 10; BK 12
          > 0,7                                   | Chỉ số phát triển con người (HDI) | GREATER_THAN | 0.7 |      | Chỉ số phát triển con người (HDI) | false
          # KT 11
          2                                       | % GDP                            | EXACT        | 2    | 2    | % GDP         | false
          # KT 12
          >60                                     | %                                | GREATER_THAN | 60   |      | %             | false
          # KT 13: the unit written after the number (%) overrides the indicator's long one
          3% và tăng dần theo yêu cầu phát triển  | % tổng chi ngân sách hàng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số | AT_LEAST | 3 | | % | true
          # KT 14
          8                                       | Người/vạn dân                    | EXACT        | 8    | 8    | Người/vạn dân | false
          # KT 15.1, 17; BK 19.1, 22
          100%                                    | %                                | EXACT        | 100  | 100  | %             | false
          # KT 15.2; BK 19.2
          99                                      | % dân số                         | EXACT        | 99   | 99   | % dân số      | false
          # KT 16
          ≥ 2                                     | phường, thị trấn                 | AT_LEAST     | 2    |      | phường, thị trấn | false
          # KT 19
          ≥1                                      | Trung tâm dữ liệu                | AT_LEAST     | 1    |      | Trung tâm dữ liệu | false
          # KT 20, 22; BK 25, 27
          ≥ 95                                    | %                                | AT_LEAST     | 95   |      | %             | false
          # KT 21; BK 26
          ≥ 70                                    | %                                | AT_LEAST     | 70   |      | %             | false
          # KT 24 (2045)
          ≥ 50                                    | % GRDP                           | AT_LEAST     | 50   |      | % GRDP        | false
          # KT 25 (2045)
          3-5                                     | Số doanh nghiệp                  | RANGE        | 3    | 5    | Số doanh nghiệp | false
          # BK 1
          Tiềm lực đáp ứng các hoạt động nghiên cứu, ứng dụng công nghệ cao ở các lĩnh vực nông nghiệp, công nghiệp chế biến, công nghệ thông tin | Thứ bậc | QUALITATIVE | | | Thứ bậc | false
          # BK 2
          Đạt trình độ khá trong khu vực trung du và miền núi phía Bắc; đạt trình độ trung bình trong cả nước. | Thứ bậc | QUALITATIVE | | | Thứ bậc | false
          # BK 3
          Một số lĩnh vực có thế mạnh đạt trình độ khá trong khu vực trung du và miền núi phía Bắc; đạt trình độ trung bình trong cả nước. | Thứ bậc | QUALITATIVE | | | Thứ bậc | false
          # BK 4: "nhóm khá" (the good group) has no number: judged, not a rank
          Đứng trong nhóm khá trong khu vực trung du và miền núi phía Bắc; đạt trình độ trung bình trong cả nước. | Thứ bậc | QUALITATIVE | | | Thứ bậc | false
          # BK 5
          <=55                                    | Thứ bậc                          | RANK         |      | 55   | Thứ bậc       | false
          # BK 6
          3                                       | Doanh nghiệp                     | EXACT        | 3    | 3    | Doanh nghiệp  | false
          # BK 7
          ≥ 50                                    | %                                | AT_LEAST     | 50   |      | %             | false
          # BK 8
          ≥ 20                                    | % GRDP                           | AT_LEAST     | 20   |      | % GRDP        | false
          # BK 9.7
          70                                      | %                                | EXACT        | 70   | 70   | %             | false
          # BK 9.8
          >=30                                    | %                                | AT_LEAST     | 30   |      | %             | false
          # BK 9.9
          50                                      | %                                | EXACT        | 50   | 50   | %             | false
          # BK 11
          ≥ 20%                                   | %                                | AT_LEAST     | 20   |      | %             | false
          # BK 13
          2                                       | % GRDP                           | EXACT        | 2    | 2    | % GRDP        | false
          # BK 14
          > 50                                    | %                                | GREATER_THAN | 50   |      | %             | false
          # BK 15
          ≥ 3% và tăng dần theo yêu cầu phát triển | % tổng chi NSNN                 | AT_LEAST     | 3    |      | %             | true
          # BK 16: leading zero
          05                                      | Người/vạn dân                    | EXACT        | 5    | 5    | Người/vạn dân | false
          # BK 17
          3%                                      | %/năm                            | EXACT        | 3    | 3    | %             | false
          # BK 18
          3-5%                                    | %                                | RANGE        | 3    | 5    | %             | false
          # BK 20
          ≥ 1                                     | Thành phố, huyện                 | AT_LEAST     | 1    |      | Thành phố, huyện | false
          # BK 21
          ≥ 3                                     | Tổ chức, doanh nghiệp            | AT_LEAST     | 3    |      | Tổ chức, doanh nghiệp | false
          # BK 24: leading zero
          ≥ 01                                    | Trung tâm dữ liệu                | AT_LEAST     | 1    |      | Trung tâm dữ liệu | false
          # BK 28
          Đạt mức trung bình khá cả nước          | Thứ bậc                          | QUALITATIVE  |      |      | Thứ bậc       | false
          # BK 29 (2045)
          ≥ 30                                    | %GRDP                            | AT_LEAST     | 30   |      | %GRDP         | false
          # BK 30 (2045)
          ≤ 55                                    | Thứ bậc                          | RANK         |      | 55   | Thứ bậc       | false
          # BK 31 (2045): the digits in the unit column are the unit's
          1                                       | Số doanh nghiệp/100.000 dân      | EXACT        | 1    | 1    | Số doanh nghiệp/100.000 dân | false
          # BK 32 (2045)
          ≥ 5                                     | Tổ chức, doanh nghiệp            | AT_LEAST     | 5    |      | Tổ chức, doanh nghiệp | false
          # BK 33 (2045)
          5% - 10%                                | %                                | RANGE        | 5    | 10   | %             | false
          """)
  void readsEveryTargetOfTheSeedTables(
      String text,
      String unit,
      TargetKind kind,
      BigDecimal min,
      BigDecimal max,
      String readUnit,
      boolean rising) {
    assertReading(text, unit, kind, min, max, readUnit, rising);
  }

  /**
   * The same targets as the KT objectives (section I.2, lines 16–20 of the seed) and Phụ lục II
   * write them in prose, with the unit of the matching indicator.
   */
  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) → {2} {3}..{4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # "tăng năng suất lao động trên 6,5%"
          trên 6,5%                               | %                                | GREATER_THAN | 6.5  |      | %             | false
          # "Quy mô kinh tế số đạt tối thiểu 25% GRDP"
          đạt tối thiểu 25% GRDP                  | % GRDP                           | AT_LEAST     | 25   |      | % GRDP        | false
          # "Tỷ trọng kinh tế số … đạt trên 25%", "dịch vụ công trực tuyến … đạt trên 80%"
          đạt trên 25%                            | %                                | GREATER_THAN | 25   |      | %             | false
          trên 80%                                | %                                | GREATER_THAN | 80   |      | %             | false
          # "Giao dịch không dùng tiền mặt đạt 80%"
          đạt 80%                                 | %                                | EXACT        | 80   | 80   | %             | false
          # "chiếm 10-15% trong tổng số doanh nghiệp"
          chiếm 10-15%                            | %                                | RANGE        | 10   | 15   | %             | false
          # "HDI duy trì trên 0,7"
          duy trì trên 0,7                        | Chỉ số phát triển con người (HDI) | GREATER_THAN | 0.7 |      | Chỉ số phát triển con người (HDI) | false
          # "Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GRDP"
          đạt 2% GRDP                             | % GDP                            | EXACT        | 2    | 2    | % GRDP        | false
          # "kinh phí từ xã hội chiếm hơn 60%"
          chiếm hơn 60%                           | %                                | GREATER_THAN | 60   |      | %             | false
          # "bố trí tối thiểu 3% tổng chi ngân sách … và tăng dần theo yêu cầu phát triển"
          tối thiểu 3% và tăng dần theo yêu cầu phát triển | % tổng chi ngân sách     | AT_LEAST     | 3    |      | %             | true
          # "nguồn nhân lực … đạt 08 người/10.000 dân": the "/10.000" is the unit's
          đạt 08 người/10.000 dân                 | Người/vạn dân                    | EXACT        | 8    | 8    | người/10.000 dân | false
          # "quy mô kinh tế số chiếm tối thiểu 50% GRDP"
          chiếm tối thiểu 50% GRDP                | % GRDP                           | AT_LEAST     | 50   |      | % GRDP        | false
          # "Hình thành 3-5 doanh nghiệp công nghệ số"
          3-5 doanh nghiệp                        | Số doanh nghiệp                  | RANGE        | 3    | 5    | doanh nghiệp  | false
          # "100% cán bộ, công chức được đào tạo"
          100%                                    |                                  | EXACT        | 100  | 100  | %             | false
          # "Bố trí ít nhất 15% ngân sách nhà nước chi sự nghiệp khoa học"; task 14 "ít nhất 3% ngân sách"
          ít nhất 15%                             | %                                | AT_LEAST     | 15   |      | %             | false
          ít nhất 3%                              | %                                | AT_LEAST     | 3    |      | %             | false
          # "kinh tế số các ngành, lĩnh vực chiếm tối thiểu 70% kinh tế số"
          chiếm tối thiểu 70%                     | %                                | AT_LEAST     | 70   |      | %             | false
          # Phụ lục II task 82, "Sản phẩm" column
          Ít nhất 01 doanh nghiệp                 |                                  | AT_LEAST     | 1    |      | doanh nghiệp  | false
          """)
  void readsTheTargetsOfTheSeedProse(
      String text,
      String unit,
      TargetKind kind,
      BigDecimal min,
      BigDecimal max,
      String readUnit,
      boolean rising) {
    assertReading(text, unit, kind, min, max, readUnit, rising);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) → {2} {3}..{4} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Signs as typed, spaces anywhere
          ≤55                                     | %                                | AT_MOST      |      | 55   | %             | false
          <=55                                    | %                                | AT_MOST      |      | 55   | %             | false
          =< 55                                   | %                                | AT_MOST      |      | 55   | %             | false
          < = 55                                  | %                                | AT_MOST      |      | 55   | %             | false
          >=30                                    |                                  | AT_LEAST     | 30   |      |               | false
          => 30                                   | %                                | AT_LEAST     | 30   |      | %             | false
          > = 30                                  | %                                | AT_LEAST     | 30   |      | %             | false
          < 5                                     | %                                | LESS_THAN    |      | 5    | %             | false
          = 100                                   | %                                | EXACT        | 100  | 100  | %             | false
          ≥80 %                                   | %                                | AT_LEAST     | 80   |      | %             | false
          ≥ 80 %                                  | %                                | AT_LEAST     | 80   |      | %             | false
          '  ≥   25  '                            | % GRDP                           | AT_LEAST     | 25   |      | % GRDP        | false
          ≥ 25.                                   | %                                | AT_LEAST     | 25   |      | %             | false
          (≥ 25)                                  | %                                | AT_LEAST     | 25   |      | %             | false
          - ≥ 25                                  | %                                | AT_LEAST     | 25   |      | %             | false
          # The unit written after the number overrides the indicator's
          ≥ 3 Doanh nghiệp                        |                                  | AT_LEAST     | 3    |      | Doanh nghiệp  | false
          ≥ 3 Doanh nghiệp                        | Doanh nghiệp                     | AT_LEAST     | 3    |      | Doanh nghiệp  | false
          ≥ 25% GRDP                              |                                  | AT_LEAST     | 25   |      | % GRDP        | false
          25 % GRDP                               | %                                | EXACT        | 25   | 25   | % GRDP        | false
          ≥ 25%GRDP                               | % GRDP                           | AT_LEAST     | 25   |      | % GRDP        | false
          3 %/năm                                 | %                                | EXACT        | 3    | 3    | %/năm         | false
          1 doanh nghiệp/100.000 dân              |                                  | EXACT        | 1    | 1    | doanh nghiệp/100.000 dân | false
          100                                     |                                  | EXACT        | 100  | 100  |               | false
          # Numbers: comma = decimal mark; dot + groups of three digits after 1-999 = thousands
          0,7                                     | HDI                              | EXACT        | 0.7  | 0.7  | HDI           | false
          0.7                                     | HDI                              | EXACT        | 0.7  | 0.7  | HDI           | false
          0.700                                   | HDI                              | EXACT        | 0.7  | 0.7  | HDI           | false
          0,500                                   | HDI                              | EXACT        | 0.5  | 0.5  | HDI           | false
          ≥ 0,75                                  | HDI                              | AT_LEAST     | 0.75 |      | HDI           | false
          2.5                                     | %                                | EXACT        | 2.5  | 2.5  | %             | false
          2,5%                                    | %                                | EXACT        | 2.5  | 2.5  | %             | false
          1.000                                   | người                            | EXACT        | 1000 | 1000 | người         | false
          1.500 người                             |                                  | EXACT        | 1500 | 1500 | người         | false
          2.500                                   | người                            | EXACT        | 2500 | 2500 | người         | false
          ≥ 100.000                               | người                            | AT_LEAST     | 100000 |    | người         | false
          1.000.000                               | đồng                             | EXACT        | 1000000 | 1000000 | đồng | false
          1.234,5                                 | tỷ đồng                          | EXACT        | 1234.5 | 1234.5 | tỷ đồng   | false
          1000,5                                  | tỷ đồng                          | EXACT        | 1000.5 | 1000.5 | tỷ đồng   | false
          01                                      | Trung tâm dữ liệu                | EXACT        | 1    | 1    | Trung tâm dữ liệu | false
          # Ranges: any dash, words, percent on either bound
          10 – 15                                 | %                                | RANGE        | 10   | 15   | %             | false
          10 —15%                                 | %                                | RANGE        | 10   | 15   | %             | false
          80-90%                                  | %                                | RANGE        | 80   | 90   | %             | false
          80 - 90 %                               | %                                | RANGE        | 80   | 90   | %             | false
          0,5-1,5                                 | %                                | RANGE        | 0.5  | 1.5  | %             | false
          từ 10 đến 15                            | %                                | RANGE        | 10   | 15   | %             | false
          Từ 10% đến 15%                          | %                                | RANGE        | 10   | 15   | %             | false
          10 đến 15                               | %                                | RANGE        | 10   | 15   | %             | false
          từ 10 - 15                              | %                                | RANGE        | 10   | 15   | %             | false
          # Words
          tối thiểu 30                            | %                                | AT_LEAST     | 30   |      | %             | false
          ít nhất 30                              | %                                | AT_LEAST     | 30   |      | %             | false
          không dưới 30                           | %                                | AT_LEAST     | 30   |      | %             | false
          không thấp hơn 30                       | %                                | AT_LEAST     | 30   |      | %             | false
          tối đa 5                                | %                                | AT_MOST      |      | 5    | %             | false
          không quá 5                             | %                                | AT_MOST      |      | 5    | %             | false
          không vượt quá 5                        | %                                | AT_MOST      |      | 5    | %             | false
          dưới 5                                  | %                                | LESS_THAN    |      | 5    | %             | false
          nhỏ hơn 5                               | %                                | LESS_THAN    |      | 5    | %             | false
          trên 60                                 | %                                | GREATER_THAN | 60   |      | %             | false
          lớn hơn 60                              | %                                | GREATER_THAN | 60   |      | %             | false
          80% trở lên                             | %                                | AT_LEAST     | 80   |      | %             | false
          từ 80% trở lên                          | %                                | AT_LEAST     | 80   |      | %             | false
          3 doanh nghiệp trở lên                  |                                  | AT_LEAST     | 3    |      | doanh nghiệp  | false
          5% trở xuống                            | %                                | AT_MOST      |      | 5    | %             | false
          Phấn đấu đạt 80%                        | %                                | EXACT        | 80   | 80   | %             | false
          Hoàn thành 100%                         | %                                | EXACT        | 100  | 100  | %             | false
          # Rising: at least the number, and not below the year before
          3% và tăng dần                          |                                  | AT_LEAST     | 3    |      | %             | true
          3% và tăng dần                          | % tổng chi NSNN                  | AT_LEAST     | 3    |      | %             | true
          ≥ 3%, tăng dần hằng năm                 | %                                | AT_LEAST     | 3    |      | %             | true
          3%; tăng dần                            | %                                | AT_LEAST     | 3    |      | %             | true
          > 3% và tăng dần                        | %                                | GREATER_THAN | 3    |      | %             | true
          # Ranks: a rank unit, or words that say "place"
          45                                      | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          45                                      | Thứ hạng                         | RANK         |      | 45   | Thứ hạng      | false
          45                                      | Hạng                             | RANK         |      | 45   | Hạng          | false
          ≤ 45                                    | thứ hạng                         | RANK         |      | 45   | thứ hạng      | false
          < 55                                    | Thứ bậc                          | RANK         |      | 54   | Thứ bậc       | false
          45/63                                   | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          45 tỉnh, thành phố                      | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          40-45                                   | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          thứ 45                                  | Thứ bậc                          | RANK         |      | 45   | Thứ bậc       | false
          Top 10                                  |                                  | RANK         |      | 10   |               | false
          top 10                                  | Thứ bậc                          | RANK         |      | 10   | Thứ bậc       | false
          Trong top 20 tỉnh dẫn đầu cả nước       |                                  | RANK         |      | 20   |               | false
          Trong nhóm 30 tỉnh dẫn đầu              |                                  | RANK         |      | 30   |               | false
          Thuộc nhóm 20 tỉnh dẫn đầu cả nước      | Thứ bậc                          | RANK         |      | 20   | Thứ bậc       | false
          xếp hạng thứ 45                         |                                  | RANK         |      | 45   |               | false
          Xếp thứ 45/63 tỉnh, thành               |                                  | RANK         |      | 45   |               | false
          đứng thứ 30                             | Thứ bậc                          | RANK         |      | 30   | Thứ bậc       | false
          hạng 45/63                              |                                  | RANK         |      | 45   |               | false
          # Yes / no
          Có                                      |                                  | BOOLEAN      | 1    | 1    |               | false
          CÓ                                      | Có/Không                         | BOOLEAN      | 1    | 1    | Có/Không      | false
          Đạt                                     |                                  | BOOLEAN      | 1    | 1    |               | false
          Hoàn thành                              |                                  | BOOLEAN      | 1    | 1    |               | false
          Yes                                     |                                  | BOOLEAN      | 1    | 1    |               | false
          Không                                   |                                  | BOOLEAN      | 0    | 0    |               | false
          No                                      |                                  | BOOLEAN      | 0    | 0    |               | false
          # OCR'd and typed without diacritics
          Co                                      |                                  | BOOLEAN      | 1    | 1    |               | false
          Khong                                   |                                  | BOOLEAN      | 0    | 0    |               | false
          Hoan thanh                              |                                  | BOOLEAN      | 1    | 1    |               | false
          45 cac tinh, thanh                      | Thu bac                          | RANK         |      | 45   | Thu bac       | false
          45 các tỉnh, thành                      | THỨ BẬC                          | RANK         |      | 45   | THỨ BẬC       | false
          3% va tang dan theo yeu cau phat trien  | %                                | AT_LEAST     | 3    |      | %             | true
          toi thieu 25                            | % GRDP                           | AT_LEAST     | 25   |      | % GRDP        | false
          it nhat 30                              | %                                | AT_LEAST     | 30   |      | %             | false
          khong duoi 30                           | %                                | AT_LEAST     | 30   |      | %             | false
          toi da 5                                | %                                | AT_MOST      |      | 5    | %             | false
          khong qua 5                             | %                                | AT_MOST      |      | 5    | %             | false
          duoi 5                                  | %                                | LESS_THAN    |      | 5    | %             | false
          tren 60                                 | %                                | GREATER_THAN | 60   |      | %             | false
          tu 10 den 15                            | %                                | RANGE        | 10   | 15   | %             | false
          xep hang thu 45                         |                                  | RANK         |      | 45   |               | false
          dat muc trung binh chung cua ca nuoc    | Thu bac                          | QUALITATIVE  |      |      | Thu bac       | false
          # Qualitative: no number, a person judges
          Hoàn thiện hạ tầng số đồng bộ, hiện đại | %                                | QUALITATIVE  |      |      | %             | false
          ≥ mức trung bình cả nước                | Thứ bậc                          | QUALITATIVE  |      |      | Thứ bậc       | false
          Trên mức trung bình                     |                                  | QUALITATIVE  |      |      |               | false
          """)
  void readsVariants(
      String text,
      String unit,
      TargetKind kind,
      BigDecimal min,
      BigDecimal max,
      String readUnit,
      boolean rising) {
    assertReading(text, unit, kind, min, max, readUnit, rising);
  }

  /** Looks numeric but is not read unambiguously: UNRECOGNIZED, with the reason for a person. */
  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) flagged: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                                      | %               | empty
          '   '                                   | %               | empty
          5-                                      | %               | second bound
          10 % -                                  | %               | second bound
          từ 10 đến                               | %               | second bound
          -15                                     | %               | minus
          ≥ -5                                    | %               | minus
          .5                                      | %               | integer part
          ≥ ≥ 5                                   | %               | two operators
          >> 5                                    | %               | two operators
          ≥ tối thiểu 5                           | %               | two operators
          ≥                                       | %               | without a number
          tối thiểu                               | %               | without a number
          '%'                                     | %               | without a number
          abc%12                                  | %               | inside a sentence
          2,5,3                                   | %               | well-formed
          1.00.0                                  | %               | well-formed
          1,234.5                                 | tỷ đồng         | well-formed
          1,500                                   | người           | decimal in Vietnamese
          15-10                                   | %               | not the smaller
          10-10                                   | %               | not the smaller
          10 15                                   | %               | more than one number
          10, 15                                  | %               | more than one number
          ≥ 3 năm 2030                            | %               | more than one number
          45/63                                   | %               | more than one number
          ≥ 10-15                                 | %               | operator before a range
          10-15% trở lên                          | %               | after a range
          từ 10                                   | %               | từ
          ≥ 10% trở lên                           | %               | together
          # KT objectives: "đóng góp của TFP … khoảng 45%"
          khoảng 45%                              | %               | approximate
          gần 80%                                 | %               | approximate
          # KT 16's indicator name, pasted into the target cell
          Phấn đấu đạt 80% theo yêu cầu đô thị thông minh | %       | too long
          # KT objectives, whole clauses
          3-5 doanh nghiệp công nghệ số có năng lực cạnh tranh | Số doanh nghiệp | too long
          tối thiểu 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và tăng dần theo yêu cầu phát triển | % | too long
          Hạ tầng 5G phủ toàn tỉnh                | %               | inside a sentence
          nhóm 10 tỉnh cuối bảng                  |                 | inside a sentence
          ≥ 80 (dự kiến)                          | %               | marks
          ≥ 25%%                                  | %               | marks
          5% giảm                                 | %               | more than a unit
          5% - 10 người                           | %               | different units
          ≥ 30                                    | Thứ bậc         | rank unit
          > 10                                    | Thứ bậc         | rank unit
          50%                                     | Thứ bậc         | percentage
          45,5                                    | Thứ bậc         | whole number
          0                                       | Thứ bậc         | does not exist
          Top 0                                   |                 | does not exist
          70/63                                   | Thứ bậc         | of only
          45 điểm                                 | Thứ bậc         | after a place
          45 các tỉnh, thành                      | %               | not a rank
          45 các tỉnh, thành                      |                 | not a rank
          tăng dần                                | %               | tăng dần
          3% và tăng dần lên 5% năm 2030          | %               | after “tăng dần”
          5% và giảm dần                          | %               | giảm dần
          ≤ 5% và tăng dần                        | %               | ceiling or a range
          10-15% và tăng dần                      | %               | ceiling or a range
          Top 10 và tăng dần                      |                 | with a rank
          """)
  void leavesWhatItCannotReadToAPerson(String text, String unit, String reason) {
    TargetReading reading = TargetReader.read(text, unit);
    assertThat(reading.kind()).as(reading.note()).isEqualTo(TargetKind.UNRECOGNIZED);
    assertThat(reading.needsReview()).isTrue();
    assertThat(reading.note()).contains(reason);
    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.operator()).isNull();
    assertThat(reading.min()).isNull();
    assertThat(reading.max()).isNull();
    assertThat(reading.rising()).isFalse();
    assertThat(reading.unit()).isEqualTo(unit);
  }

  static Stream<Arguments> oddCharacters() {
    String tienTien =
        "Tiên tiến, hiện đại, dung lượng siêu lớn, băng thông đáp ứng yêu cầu phát triển của địa"
            + " phương và cả nước";
    return Stream.of(
        // BK 19 as printed: its unit cell is a lone non-breaking space.
        Arguments.of(tienTien, "\u00a0", TargetKind.QUALITATIVE, null, null, null, false),
        Arguments.of("≥\u00a025", "%", TargetKind.AT_LEAST, "25", null, "%", false),
        Arguments.of("\u200b≥ 80\u200b", "%", TargetKind.AT_LEAST, "80", null, "%", false),
        // Decomposed accents, as some PDF extractions give them.
        Arguments.of("Co\u0301", null, TargetKind.BOOLEAN, "1", "1", null, false),
        Arguments.of(
            "45 ca\u0301c ti\u0309nh, tha\u0300nh",
            "Thu\u031b\u0301 ba\u0323\u0302c",
            TargetKind.RANK,
            null,
            "45",
            "Thứ bậc",
            false),
        Arguments.of("＞60", "%", TargetKind.GREATER_THAN, "60", null, "%", false),
        Arguments.of("⩾ 25", "% GRDP", TargetKind.AT_LEAST, "25", null, "% GRDP", false),
        Arguments.of("≦ 55", "Thứ bậc", TargetKind.RANK, null, "55", "Thứ bậc", false),
        Arguments.of("10\u201315", "%", TargetKind.RANGE, "10", "15", "%", false),
        Arguments.of("10\u221215 %", "%", TargetKind.RANGE, "10", "15", "%", false),
        Arguments.of("10 \uff0d 15", "%", TargetKind.RANGE, "10", "15", "%", false));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) → {2} {3}..{4}")
  @MethodSource("oddCharacters")
  void readsOddCharactersLikeTheCleanForm(
      String text,
      String unit,
      TargetKind kind,
      String min,
      String max,
      String readUnit,
      boolean rising) {
    assertReading(
        text,
        unit,
        kind,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        readUnit,
        rising);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-", "…", "≥≥", "%%", "((", "1,,5", "1..5", "٣٤", "≥ 5 ≥ 6"})
  void neverThrowsAndKeepsTheTextUntouched(String text) {
    TargetReading reading = TargetReader.read(text, null);
    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.kind()).isNotNull();
    assertThat(reading.needsReview()).isEqualTo(reading.kind() == TargetKind.UNRECOGNIZED);
  }

  @Test
  void explainsTheReadingsThatAreChoices() {
    assertThat(TargetReader.read("1.000", "người").note()).contains("1000", "thousands");
    assertThat(TargetReader.read("< 55", "Thứ bậc").note()).contains("place 54 or better");
    assertThat(TargetReader.read("3% và tăng dần", "%").note())
        .contains("at least 3", "not below the year before");
    assertThat(TargetReader.read("đạt mức trung bình chung của cả nước", "Thứ bậc").note())
        .contains("person");
  }

  private static void assertReading(
      String text,
      String unit,
      TargetKind kind,
      BigDecimal min,
      BigDecimal max,
      String readUnit,
      boolean rising) {
    TargetReading reading = TargetReader.read(text, unit);
    assertThat(reading.kind()).as(reading.note()).isEqualTo(kind);
    assertThat(reading.text()).isEqualTo(text);
    assertThat(reading.operator()).isEqualTo(operatorOf(kind));
    if (min == null) {
      assertThat(reading.min()).as("min").isNull();
    } else {
      assertThat(reading.min()).as("min").isEqualByComparingTo(min);
    }
    if (max == null) {
      assertThat(reading.max()).as("max").isNull();
    } else {
      assertThat(reading.max()).as("max").isEqualByComparingTo(max);
    }
    assertThat(reading.unit()).as("unit").isEqualTo(readUnit);
    assertThat(reading.rising()).as("rising").isEqualTo(rising);
    assertThat(reading.needsReview()).isFalse();
  }

  private static String operatorOf(TargetKind kind) {
    return switch (kind) {
      case AT_LEAST -> "≥";
      case GREATER_THAN -> ">";
      case AT_MOST, RANK -> "≤";
      case LESS_THAN -> "<";
      case EXACT -> "=";
      case RANGE -> "–";
      case BOOLEAN, QUALITATIVE, UNRECOGNIZED -> null;
    };
  }
}
