package vn.plantrack.plan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every family of the corpus, in every format it is published in, read through the import's own
 * conversion and reader: text as extraction tools leave it, Word, PDF with a text layer and the
 * scanned PDF read by OCR each read at 100 % of the expected counts and at least 98 % of the
 * expected fields (the bar). The report line and what was misread are the failure message;
 * {@code plan-service/reading-report} prints the whole report.
 */
class CorpusReadingTest {

  static Stream<Arguments> familiesAndFormats() {
    return CorpusPlan.FAMILIES.stream()
        .flatMap(f -> Stream.of(Formats.values()).map(format -> Arguments.of(f, format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("familiesAndFormats")
  void readsItsCountsAndFields(String family, Formats format) throws Exception {
    ReadingReport report = ReadingReportMain.read(family, format, null);
    String why = report.line() + "\n" + String.join("\n", report.misread());
    assertThat(report.countsExact()).as(why).isTrue();
    assertThat(report.fieldShare()).as(why).isGreaterThanOrEqualTo(0.98);
  }
}
