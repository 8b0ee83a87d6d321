package vn.plantrack.plan.reading.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void numbersLinesFromOneAndKeepsEveryLine() {
    SourceLines lines = SourceLines.of("KẾ HOẠCH\r\n\r\nI. MỤC ĐÍCH\nlast");

    assertThat(lines.size()).isEqualTo(4);
    assertThat(lines.line(1).number()).isEqualTo(1);
    assertThat(lines.line(3).text()).isEqualTo("I. MỤC ĐÍCH");
    assertThat(lines.range(2, 4)).extracting(SourceLine::number).containsExactly(2, 3);
  }

  @Test
  void normalizesAccentsSpacesAndDashes() {
    // "Thời gian" typed with combining marks, a non-breaking space and an en dash.
    String decomposed = "Tho\u031b\u0300i\u00a0gian:  Quy\u0301 II\u2013III/2025";

    SourceLine line = SourceLines.of(decomposed).line(1);

    assertThat(line.text()).isEqualTo("Thời gian: Quý II-III/2025");
    assertThat(line.folded()).isEqualTo("thoi gian: quy ii-iii/2025");
    assertThat(line.folded()).hasSameSizeAs(line.text());
  }

  @Test
  void foldsOcrTextWithoutDiacriticsToTheSameKeywords() {
    assertThat(SourceLines.of("PHU LUC II").line(1).folded())
        .isEqualTo(SourceLines.of("PHỤ LỤC II").line(1).folded());
    assertThat(SourceLines.of("Đơn vị chủ trì").line(1).folded()).isEqualTo("don vi chu tri");
  }

  @Test
  void keepsTabsBecauseTheySeparateCells() {
    SourceLine line = SourceLines.of("1\t Xây  dựng kế hoạch \t\tSở Nội vụ").line(1);

    assertThat(line.text()).isEqualTo("1\tXây dựng kế hoạch\t\tSở Nội vụ");
    assertThat(SourceLines.of("\tindented prose").line(1).text()).isEqualTo("indented prose");
  }

  @Test
  void tellsAnEmptyCellFromASeparatorLine() {
    SourceLines lines = SourceLines.of("a\n\n\u00a0\nb");

    assertThat(lines.line(2).isEmpty()).isTrue();
    assertThat(lines.line(3).isEmpty()).isFalse(); // a lone non-breaking space: an empty cell
    assertThat(lines.line(3).isBlank()).isTrue();
  }
}
