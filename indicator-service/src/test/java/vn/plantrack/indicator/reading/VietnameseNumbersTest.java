package vn.plantrack.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Columns: as written | the number, or the words of the refusal. */
class VietnameseNumbersTest {
  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          100       | 100
          05        | 5
          0,7       | 0.7
          0.7       | 0.7
          0.700     | 0.7
          2.5       | 2.5
          1.000     | 1000
          1.500     | 1500
          1.000.000 | 1000000
          1.234,5   | 1234.5
          1000,5    | 1000.5
          """)
  void readsTheCommaAsTheDecimalMarkAndTheDotBeforeThreeDigitsAsThousands(
      String written, BigDecimal value) {
    assertThat(VietnameseNumbers.number(written)).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "\"{0}\" refused: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1,500   | a thousand in English
          2,5,3   | not a well-formed number
          1.00.0  | not a well-formed number
          1,234.5 | not a well-formed number
          """)
  void refusesWhatIsMalformedOrAmbiguous(String written, String reason) {
    assertThatThrownBy(() -> VietnameseNumbers.number(written))
        .isInstanceOf(Unreadable.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1.000   | “1.000” read as 1000: the dot separates thousands in Vietnamese
          1.234,5 | “1.234,5” read as 1234.5: the dot separates thousands in Vietnamese
          2.5     |
          """)
  void explainsAThousandsDot(String written, String note) {
    assertThat(VietnameseNumbers.thousandsNote(written, null)).isEqualTo(note);
  }
}
