package vn.plantrack.plan.reading.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
    "1., NUMBER, 1",
    "38.1., NUMBER, 38.1",
    "38.10, NUMBER, 38.10",
    "9.1, NUMBER, 9.1",
    "I., SECTION, I",
    "VII, SECTION, VII",
    "A., SECTION, A",
    "a), LETTER, a",
    "đ, LETTER, đ"
  })
  void readsTheCodesPlansUse(String cell, Codes.Kind kind, String value) {
    Codes.Code code = Codes.parse(cell).orElseThrow();

    assertThat(code.kind()).isEqualTo(kind);
    assertThat(code.value()).isEqualTo(value);
  }

  @Test
  void aYearOrAWordIsNotACode() {
    assertThat(Codes.parse("2025")).isEmpty();
    assertThat(Codes.parse("Sở Tài chính")).isEmpty();
    assertThat(Codes.parse("")).isEmpty();
  }

  @Test
  void readsProseMarkers() {
    assertThat(Codes.marker("II. NHIỆM VỤ, GIẢI PHÁP").orElseThrow().rest())
        .isEqualTo("NHIỆM VỤ, GIẢI PHÁP");
    assertThat(Codes.marker("a) Xây dựng kế hoạch").orElseThrow().code().value()).isEqualTo("a");
    assertThat(Codes.marker("2025. Tiếp")).isEmpty();
    assertThat(Codes.marker("1570/KH-UBND), Sở")).isEmpty();
  }

  @Test
  void aCodeIsPlausibleWhenItContinuesTheNumbering() {
    Codes.Code last = Codes.parse("7.9").orElseThrow();

    assertThat(Codes.plausibleAfter(last, Codes.parse("8.").orElseThrow())).isTrue();
    assertThat(Codes.plausibleAfter(last, Codes.parse("7.10").orElseThrow())).isTrue();
    assertThat(Codes.plausibleAfter(last, Codes.parse("7.9.1").orElseThrow())).isTrue();
    assertThat(Codes.plausibleAfter(last, Codes.parse("II").orElseThrow())).isTrue();
    assertThat(Codes.plausibleAfter(last, Codes.parse("3").orElseThrow())).isFalse();
  }
}
