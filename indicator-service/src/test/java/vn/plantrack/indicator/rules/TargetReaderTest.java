package vn.plantrack.indicator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every target expression of the seeds' indicator tables (Kon Tum 1570 Phụ lục I, Bắc Kạn 131 Phụ
 * lục I, and the objectives' sentences), the forms they imply, OCR'd text without diacritics, and
 * what must be flagged. Columns: text | indicator unit | kind | min | max | unit read | rising.
 */
class TargetReaderTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) → {2} {3}..{4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # Kon Tum 1570, Phụ lục I, as printed
          45 các tỉnh, thành                      | Thứ bậc                          | RANK         | -    | 45   | Thứ bậc       | false
          ≥ 3                                     | Doanh nghiệp                     | AT_LEAST     | 3    | -    | Doanh nghiệp  | false
          ≥ 45                                    | %                                | AT_LEAST     | 45   | -    | %             | false
          ≥ 25                                    | % GRDP                           | AT_LEAST     | 25   | -    | % GRDP        | false
          ≥ 80                                    | %                                | AT_LEAST     | 80   | -    | %             | false
          90                                      | %                                | EXACT        | 90   | 90   | %             | false
          100                                     | %                                | EXACT        | 100  | 100  | %             | false
          80                                      | %                                | EXACT        | 80   | 80   | %             | false
          10-15                                   | %                                | RANGE        | 10   | 15   | %             | false
          > 0,7                                   | Chỉ số phát triển con người (HDI) | GREATER_THAN | 0.7  | -    | Chỉ số phát triển con người (HDI) | false
          2                                       | % GDP                            | EXACT        | 2    | 2    | % GDP         | false
          >60                                     | %                                | GREATER_THAN | 60   | -    | %             | false
          3% và tăng dần theo yêu cầu phát triển  | % tổng chi ngân sách             | AT_LEAST     | 3    | -    | %             | true
          8                                       | Người/vạn dân                    | EXACT        | 8    | 8    | Người/vạn dân | false
          100%                                    | %                                | EXACT        | 100  | 100  | %             | false
          99                                      | % dân số                         | EXACT        | 99   | 99   | % dân số      | false
          ≥ 2                                     | phường, thị trấn                 | AT_LEAST     | 2    | -    | phường, thị trấn | false
          ≥1                                      | Trung tâm dữ liệu                | AT_LEAST     | 1    | -    | Trung tâm dữ liệu | false
          ≥ 95                                    | %                                | AT_LEAST     | 95   | -    | %             | false
          ≥ 70                                    | %                                | AT_LEAST     | 70   | -    | %             | false
          ≥ 50                                    | % GRDP                           | AT_LEAST     | 50   | -    | % GRDP        | false
          3-5                                     | Số doanh nghiệp                  | RANGE        | 3    | 5    | Số doanh nghiệp | false
          # Bắc Kạn 131, Phụ lục I, as printed
          <=55                                    | Thứ bậc                          | RANK         | -    | 55   | Thứ bậc       | false
          3                                       | Doanh nghiệp                     | EXACT        | 3    | 3    | Doanh nghiệp  | false
          ≥ 20                                    | % GRDP                           | AT_LEAST     | 20   | -    | % GRDP        | false
          70                                      | %                                | EXACT        | 70   | 70   | %             | false
          >=30                                    | %                                | AT_LEAST     | 30   | -    | %             | false
          50                                      | %                                | EXACT        | 50   | 50   | %             | false
          ≥ 20%                                   | %                                | AT_LEAST     | 20   | -    | %             | false
          > 50                                    | %                                | GREATER_THAN | 50   | -    | %             | false
          ≥ 3% và tăng dần theo yêu cầu phát triển | % tổng chi NSNN                 | AT_LEAST     | 3    | -    | %             | true
          05                                      | Người/vạn dân                    | EXACT        | 5    | 5    | Người/vạn dân | false
          3%                                      | %/năm                            | EXACT        | 3    | 3    | %             | false
          3-5%                                    | %                                | RANGE        | 3    | 5    | %             | false
          ≥ 1                                     | Thành phố, huyện                 | AT_LEAST     | 1    | -    | Thành phố, huyện | false
          ≥ 01                                    | Trung tâm dữ liệu                | AT_LEAST     | 1    | -    | Trung tâm dữ liệu | false
          ≥ 30                                    | %GRDP                            | AT_LEAST     | 30   | -    | %GRDP         | false
          ≤ 55                                    | Thứ bậc                          | RANK         | -    | 55   | Thứ bậc       | false
          1                                       | Số doanh nghiệp/100.000 dân      | EXACT        | 1    | 1    | Số doanh nghiệp/100.000 dân | false
          ≥ 5                                     | Tổ chức, doanh nghiệp            | AT_LEAST     | 5    | -    | Tổ chức, doanh nghiệp | false
          5% - 10%                                | %                                | RANGE        | 5    | 10   | %             | false
          # Forms the seeds imply: units after the number, spaces, decimal marks, words
          ≥ 3 Doanh nghiệp                        | -                                | AT_LEAST     | 3    | -    | Doanh nghiệp  | false
          ≥ 25% GRDP                              | -                                | AT_LEAST     | 25   | -    | % GRDP        | false
          25 % GRDP                               | %                                | EXACT        | 25   | 25   | % GRDP        | false
          ≥80 %                                   | %                                | AT_LEAST     | 80   | -    | %             | false
          ≥ 80 %                                  | %                                | AT_LEAST     | 80   | -    | %             | false
          >= 30                                   | %                                | AT_LEAST     | 30   | -    | %             | false
          => 30                                   | %                                | AT_LEAST     | 30   | -    | %             | false
          =< 55                                   | %                                | AT_MOST      | -    | 55   | %             | false
          ≤55                                     | %                                | AT_MOST      | -    | 55   | %             | false
          < 5                                     | %                                | LESS_THAN    | -    | 5    | %             | false
          < 55                                    | Thứ bậc                          | RANK         | -    | 54   | Thứ bậc       | false
          0,7                                     | HDI                              | EXACT        | 0.7  | 0.7  | HDI           | false
          0.7                                     | HDI                              | EXACT        | 0.7  | 0.7  | HDI           | false
          2.5                                     | %                                | EXACT        | 2.5  | 2.5  | %             | false
          2,5%                                    | %                                | EXACT        | 2.5  | 2.5  | %             | false
          1.000                                   | người                            | EXACT        | 1000 | 1000 | người         | false
          1.500 người                             | -                                | EXACT        | 1500 | 1500 | người         | false
          100.000                                 | người                            | EXACT        | 100000 | 100000 | người     | false
          1.234,5                                 | tỷ đồng                          | EXACT        | 1234.5 | 1234.5 | tỷ đồng   | false
          10 – 15                                 | %                                | RANGE        | 10   | 15   | %             | false
          10 —15%                                 | %                                | RANGE        | 10   | 15   | %             | false
          80-90%                                  | %                                | RANGE        | 80   | 90   | %             | false
          từ 10 đến 15                            | %                                | RANGE        | 10   | 15   | %             | false
          tối thiểu 25% GRDP                      | % GRDP                           | AT_LEAST     | 25   | -    | % GRDP        | false
          ít nhất 3                               | Doanh nghiệp                     | AT_LEAST     | 3    | -    | Doanh nghiệp  | false
          không dưới 30                           | %                                | AT_LEAST     | 30   | -    | %             | false
          trên 6,5                                | %                                | GREATER_THAN | 6.5  | -    | %             | false
          trên 80%                                | %                                | GREATER_THAN | 80   | -    | %             | false
          tối đa 5                                | %                                | AT_MOST      | -    | 5    | %             | false
          không quá 5                             | %                                | AT_MOST      | -    | 5    | %             | false
          dưới 5                                  | %                                | LESS_THAN    | -    | 5    | %             | false
          đạt 80%                                 | %                                | EXACT        | 80   | 80   | %             | false
          Top 10                                  | -                                | RANK         | -    | 10   | -             | false
          Trong nhóm 30 tỉnh dẫn đầu              | -                                | RANK         | -    | 30   | -             | false
          xếp hạng thứ 45                         | -                                | RANK         | -    | 45   | -             | false
          Có                                      | -                                | BOOLEAN      | 1    | 1    | -             | false
          Không                                   | -                                | BOOLEAN      | 0    | 0    | -             | false
          Đạt                                     | -                                | BOOLEAN      | 1    | 1    | -             | false
          # OCR'd: no diacritics, stray spaces, non-breaking spaces, full-width signs
          Co                                      | -                                | BOOLEAN      | 1    | 1    | -             | false
          45 cac tinh, thanh                      | Thu bac                          | RANK         | -    | 45   | Thu bac       | false
          3% va tang dan                          | %                                | AT_LEAST     | 3    | -    | %             | true
          toi thieu 25                            | % GRDP                           | AT_LEAST     | 25   | -    | % GRDP        | false
          '  ≥   25  '                            | %                                | AT_LEAST     | 25   | -    | %             | false
          ≥ 25                             | %                                | AT_LEAST     | 25   | -    | %             | false
          tren 60                                 | %                                | GREATER_THAN | 60   | -    | %             | false
          10 － 15                                 | %                                | RANGE        | 10   | 15   | %             | false
          # Qualitative: a person judges them
          đạt mức trung bình chung của cả nước    | Thứ bậc                          | QUALITATIVE  | -    | -    | Thứ bậc       | false
          Đạt mức trung bình khá cả nước          | Thứ bậc                          | QUALITATIVE  | -    | -    | Thứ bậc       | false
          Tiên tiến, hiện đại, dung lượng siêu lớn, băng thông đáp ứng yêu cầu phát triển của địa phương và cả nước | - | QUALITATIVE | - | - | - | false
          Đạt trình độ khá trong khu vực trung du và miền núi phía Bắc; đạt trình độ trung bình trong cả nước. | Thứ bậc | QUALITATIVE | - | - | Thứ bậc | false
          dat muc trung binh chung cua ca nuoc    | Thu bac                          | QUALITATIVE  | -    | -    | Thu bac       | false
          # Unknown forms: flagged, never guessed
          ''                                      | %                                | UNRECOGNIZED | -    | -    | %             | false
          5-                                      | %                                | UNRECOGNIZED | -    | -    | %             | false
          ≥ ≥ 5                                   | %                                | UNRECOGNIZED | -    | -    | %             | false
          ≥                                       | %                                | UNRECOGNIZED | -    | -    | %             | false
          abc%12                                  | %                                | UNRECOGNIZED | -    | -    | %             | false
          2,5,3                                   | %                                | UNRECOGNIZED | -    | -    | %             | false
          1.00.0                                  | %                                | UNRECOGNIZED | -    | -    | %             | false
          15-10                                   | %                                | UNRECOGNIZED | -    | -    | %             | false
          10 15                                   | %                                | UNRECOGNIZED | -    | -    | %             | false
          ≥ 10-15                                 | %                                | UNRECOGNIZED | -    | -    | %             | false
          từ 10                                   | %                                | UNRECOGNIZED | -    | -    | %             | false
          Phấn đấu đạt 80% theo yêu cầu đô thị thông minh | %                       | UNRECOGNIZED | -    | -    | %             | false
          ≥ 3 năm 2030                            | %                                | UNRECOGNIZED | -    | -    | %             | false
          ≥ 30                                    | Thứ bậc                          | UNRECOGNIZED | -    | -    | Thứ bậc       | false
          tăng dần                                | %                                | UNRECOGNIZED | -    | -    | %             | false
          """)
  void readsTheTarget(
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
    if (min == null) {
      assertThat(reading.min()).isNull();
    } else {
      assertThat(reading.min()).isEqualByComparingTo(min);
    }
    if (max == null) {
      assertThat(reading.max()).isNull();
    } else {
      assertThat(reading.max()).isEqualByComparingTo(max);
    }
    assertThat(reading.unit()).isEqualTo(readUnit);
    assertThat(reading.rising()).isEqualTo(rising);
    assertThat(reading.needsReview()).isEqualTo(kind == TargetKind.UNRECOGNIZED);
    if (kind == TargetKind.UNRECOGNIZED) {
      assertThat(reading.note()).isNotBlank();
    }
  }
}
