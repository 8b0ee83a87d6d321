package vn.plantrack.indicator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plantrack.indicator.contract.MeasurementPeriod;

class MeasurementPeriodTest {

  @ParameterizedTest(name = "{0} → {1} {2}..{3}")
  @CsvSource({
    "2025,     2025,    YEAR,    2025-01-01, 2025-12-31",
    "2025-H1,  2025-H1, HALF,    2025-01-01, 2025-06-30",
    "2025-h2,  2025-H2, HALF,    2025-07-01, 2025-12-31",
    "2025-Q1,  2025-Q1, QUARTER, 2025-01-01, 2025-03-31",
    "2024-Q4,  2024-Q4, QUARTER, 2024-10-01, 2024-12-31",
    "2024-02,  2024-02, MONTH,   2024-02-01, 2024-02-29",
    "' 2025-06 ', 2025-06, MONTH, 2025-06-01, 2025-06-30",
  })
  void readsThePeriodForms(
      String text,
      String id,
      MeasurementPeriod.Granularity granularity,
      LocalDate start,
      LocalDate end) {
    MeasurementPeriod period = MeasurementPeriod.parse(text).orElseThrow();
    assertThat(period.id()).isEqualTo(id);
    assertThat(period.granularity()).isEqualTo(granularity);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "25",
        "2025-H3",
        "2025-Q5",
        "2025-13",
        "2025-00",
        "2025-6",
        "1850",
        "2025-W23",
        "2025-9M",
        "Năm 2025",
        "2025/06"
      })
  void rejectsWhatIsNotAPeriod(String text) {
    assertThat(MeasurementPeriod.parse(text)).isEmpty();
  }
}
