package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.plantrack.plan.reading.lines.Codes;
import vn.plantrack.plan.reading.lines.WarningKind;

class CodeSequenceTest {
  private final CodeSequence sequence = new CodeSequence();

  private CodeSequence.Assigned number(String printed, int line) {
    return sequence.number("", Codes.parse(printed).orElseThrow(), line, printed);
  }

  @Test
  void readsACodeCutShortAsTheNumberTheSequenceExpectsAndWarns() {
    number("38.", 1);
    for (int i = 1; i <= 99; i++) {
      assertThat(number("38." + i, 1 + i).warning()).isEmpty();
    }

    CodeSequence.Assigned hundredth = number("38.10", 200);
    CodeSequence.Assigned next = number("38.10", 202);

    assertThat(hundredth.code()).isEqualTo("38.100");
    assertThat(hundredth.printedCode()).isEqualTo("38.10");
    assertThat(hundredth.parentCode()).isEqualTo("38");
    assertThat(hundredth.warning().orElseThrow().kind()).isEqualTo(WarningKind.BROKEN_NUMBERING);
    assertThat(hundredth.warning().orElseThrow().sourceLine()).isEqualTo(200);
    assertThat(next.code()).isEqualTo("38.101");
  }

  @Test
  void warnsAboutADuplicateASkipAndAnOrphanButKeepsThePrintedCode() {
    number("1", 1);
    number("2", 2);
    CodeSequence.Assigned duplicate = number("2", 3);
    CodeSequence.Assigned skip = number("5", 4);
    CodeSequence.Assigned orphan = number("9.1", 5);

    assertThat(duplicate.code()).isEqualTo("2");
    assertThat(duplicate.warning().orElseThrow().kind()).isEqualTo(WarningKind.DUPLICATE_CODE);
    assertThat(skip.code()).isEqualTo("5");
    assertThat(skip.warning().orElseThrow().message()).contains("expects 3");
    assertThat(orphan.warning().orElseThrow().message()).contains("no parent row 9");
  }

  @Test
  void prefixesCodesWithTheirScopeAndLettersWithTheirSection() {
    CodeSequence.Assigned scoped = sequence.number("II", Codes.parse("1").orElseThrow(), 1, "");
    CodeSequence.Assigned a = sequence.letter("3", "a", 2, "");
    CodeSequence.Assigned c = sequence.letter("3", "c", 3, "");

    assertThat(scoped.code()).isEqualTo("II.1");
    assertThat(a.code()).isEqualTo("3.a");
    assertThat(a.printedCode()).isEqualTo("a");
    assertThat(c.warning().orElseThrow().message()).contains("expects 3.b");
  }
}
