package vn.plantrack.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Thường xuyên                      | thuong xuyen
          Quý IV/2025                       | quy iv/2025
          Sở Tài Chính                      | so tai chinh
          ĐẮK LẮK                           | dak lak
          Đổi mới sáng tạo                  | doi moi sang tao
          Hằng năm                          | hang nam
          Ủy ban nhân dân                   | uy ban nhan dan
          already plain                     | already plain
          """)
  void foldsCaseAndDiacritics(String text, String folded) {
    assertThat(VietnameseText.fold(VietnameseText.normalize(text))).isEqualTo(folded);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # decomposed accents (NFD) become composed (NFC)
          'Quy\u0301 IV'                  | Quý IV
          # a combining mark NFC cannot attach is dropped
          '2025\u0301'                     | 2025
          # non-breaking, zero-width and repeated spaces
          'Năm\u00a02025'                  | Năm 2025
          'Năm\u200b 2025'                 | Năm 2025
          '  Năm   2025  '                 | Năm 2025
          # every dash and slash
          'II–III'                         | II-III
          'II—III'                         | II-III
          'II−III'                         | II-III
          '6∕2025'                         | 6/2025
          '6／2025'                        | 6/2025
          """)
  void normalizesSpacesDashesAndAccents(String text, String normalized) {
    assertThat(VietnameseText.normalize(text)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '- Thường xuyên.'               | Thường xuyên
          '• 6/2025,'                     | 6/2025
          '"Quý IV/2025";'                | Quý IV/2025
          '(nếu đủ điều kiện)'            | nếu đủ điều kiện
          '((Năm 2026))'                  | Năm 2026
          '(Tháng 6/2025'                 | Tháng 6/2025
          'Tháng 6/2025)'                 | Tháng 6/2025
          '12/2025 (dự kiến)'             | 12/2025 (dự kiến)
          '(a) (b)'                       | (a) (b)
          '...'                           | ''
          """)
  void stripsMarksAroundTheText(String text, String stripped) {
    assertThat(VietnameseText.stripEdgeMarks(text)).isEqualTo(stripped == null ? "" : stripped);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource({"Thời gian hoàn thành", "Quý II–III/2025", "ĐẮK LẮK", "Sau khi Bộ hướng dẫn"})
  void foldingKeepsPositions(String text) {
    String normalized = VietnameseText.normalize(text);

    assertThat(VietnameseText.fold(normalized)).hasSameSizeAs(normalized);
  }
}
