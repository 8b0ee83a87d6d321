package vn.plantrack.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The order of task and indicator codes in a report: number paths ("38.9" before "38.110"), parts
 * that are not numbers as they are, and lines with the same code kept in the order they came.
 */
class CodeOrderTest {
  @Test
  void codesCompareAsNumberPaths() {
    assertThat(FigureQueries.codeKey("38.110")).isEqualTo("000038.000110.");
    assertThat(FigureQueries.codeKey("7")).isEqualTo("000007.");
    assertThat(FigureQueries.codeKey("007")).isEqualTo("000007.");
    assertThat(FigureQueries.codeKey("1234567.2")).isEqualTo("1234567.000002.");
    assertThat(FigureQueries.codeKey("II.a")).isEqualTo("II.a.");
    assertThat(FigureQueries.codeKey("1..2")).isEqualTo("000001..000002.");
    assertThat(FigureQueries.codeKey("3a.1")).isEqualTo("3a.000001.");
    assertThat(FigureQueries.codeKey("1.٣")).isEqualTo("000001.٣.");
  }

  @Test
  void linesAreSortedByCodeAndKeepTheirOrderWithinOne() {
    List<String> lines = List.of("38.110 a", "38.9 b", "2 c", "II.1 d", "38.9 e", "10 f", "1.1 g");
    assertThat(FigureQueries.byCode(lines, code()))
        .containsExactly("1.1 g", "2 c", "10 f", "38.9 b", "38.9 e", "38.110 a", "II.1 d");
  }

  private static Function<String, String> code() {
    return line -> line.substring(0, line.indexOf(' '));
  }
}
