package vn.plantrack.task.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.rules.StatusTransitions.Outcome;

class StatusTransitionsTest {

  /** Every pair of statuses, without a reason and with one. */
  @ParameterizedTest(name = "[{index}] {0} → {1}: {2}, with a reason {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # from      | to          | without reason  | with a reason
          NOT_STARTED | NOT_STARTED | NO_CHANGE       | NO_CHANGE
          NOT_STARTED | IN_PROGRESS | ALLOWED         | ALLOWED
          NOT_STARTED | COMPLETED   | ALLOWED         | ALLOWED
          NOT_STARTED | PAUSED      | ILLEGAL         | ILLEGAL
          NOT_STARTED | CANCELLED   | REASON_REQUIRED | ALLOWED
          IN_PROGRESS | NOT_STARTED | ILLEGAL         | ILLEGAL
          IN_PROGRESS | IN_PROGRESS | NO_CHANGE       | NO_CHANGE
          IN_PROGRESS | COMPLETED   | ALLOWED         | ALLOWED
          IN_PROGRESS | PAUSED      | REASON_REQUIRED | ALLOWED
          IN_PROGRESS | CANCELLED   | REASON_REQUIRED | ALLOWED
          COMPLETED   | NOT_STARTED | ILLEGAL         | ILLEGAL
          COMPLETED   | IN_PROGRESS | REASON_REQUIRED | ALLOWED
          COMPLETED   | COMPLETED   | NO_CHANGE       | NO_CHANGE
          COMPLETED   | PAUSED      | ILLEGAL         | ILLEGAL
          COMPLETED   | CANCELLED   | ILLEGAL         | ILLEGAL
          PAUSED      | NOT_STARTED | ILLEGAL         | ILLEGAL
          PAUSED      | IN_PROGRESS | ALLOWED         | ALLOWED
          PAUSED      | COMPLETED   | ILLEGAL         | ILLEGAL
          PAUSED      | PAUSED      | NO_CHANGE       | NO_CHANGE
          PAUSED      | CANCELLED   | REASON_REQUIRED | ALLOWED
          CANCELLED   | NOT_STARTED | ILLEGAL         | ILLEGAL
          CANCELLED   | IN_PROGRESS | ILLEGAL         | ILLEGAL
          CANCELLED   | COMPLETED   | ILLEGAL         | ILLEGAL
          CANCELLED   | PAUSED      | ILLEGAL         | ILLEGAL
          CANCELLED   | CANCELLED   | NO_CHANGE       | NO_CHANGE
          """)
  void decidesEveryChange(
      TaskStatus from, TaskStatus to, Outcome withoutReason, Outcome withReason) {
    StatusTransitions.Check bare = StatusTransitions.check(from, to);
    StatusTransitions.Check reasoned =
        StatusTransitions.check(from, to, "Bộ chưa ban hành hướng dẫn");

    assertThat(bare.outcome()).isEqualTo(withoutReason);
    assertThat(StatusTransitions.check(from, to, null).outcome()).isEqualTo(withoutReason);
    assertThat(reasoned.outcome()).isEqualTo(withReason);
    assertThat(reasoned.allowed())
        .isEqualTo(withReason == Outcome.ALLOWED || withReason == Outcome.NO_CHANGE);
    assertThat(reasoned.from()).isEqualTo(from);
    assertThat(reasoned.to()).isEqualTo(to);
    assertThat(reasoned.message()).isNotBlank();
    assertThat(StatusTransitions.allowedFrom(from).contains(to))
        .isEqualTo(withReason == Outcome.ALLOWED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankReasonIsNoReason(String reason) {
    assertThat(
            StatusTransitions.check(TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED, reason).outcome())
        .isEqualTo(Outcome.REASON_REQUIRED);
  }

  static Stream<Arguments> allowedTargets() {
    return Stream.of(
        Arguments.of(
            TaskStatus.NOT_STARTED,
            Set.of(TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED, TaskStatus.CANCELLED)),
        Arguments.of(
            TaskStatus.IN_PROGRESS,
            Set.of(TaskStatus.COMPLETED, TaskStatus.PAUSED, TaskStatus.CANCELLED)),
        Arguments.of(TaskStatus.PAUSED, Set.of(TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED)),
        Arguments.of(TaskStatus.COMPLETED, Set.of(TaskStatus.IN_PROGRESS)),
        Arguments.of(TaskStatus.CANCELLED, Set.of()));
  }

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @MethodSource("allowedTargets")
  void listsWhereAStatusCanGo(TaskStatus from, Set<TaskStatus> targets) {
    Set<TaskStatus> allowed = StatusTransitions.allowedFrom(from);

    assertThat(allowed).containsExactlyInAnyOrderElementsOf(targets);
    assertThatThrownBy(() -> allowed.add(TaskStatus.CANCELLED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "[{index}] {0} → {1} needs a reason: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NOT_STARTED | CANCELLED   | true
          IN_PROGRESS | PAUSED      | true
          IN_PROGRESS | CANCELLED   | true
          PAUSED      | CANCELLED   | true
          COMPLETED   | IN_PROGRESS | true
          NOT_STARTED | IN_PROGRESS | false
          PAUSED      | IN_PROGRESS | false
          IN_PROGRESS | COMPLETED   | false
          NOT_STARTED | COMPLETED   | false
          """)
  void saysWhichChangesNeedAReason(TaskStatus from, TaskStatus to, boolean required) {
    assertThat(StatusTransitions.requiresReason(from, to)).isEqualTo(required);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = "CANCELLED | COMPLETED\nPAUSED | COMPLETED")
  void explainsAnIllegalChange(TaskStatus from, TaskStatus to) {
    assertThat(StatusTransitions.check(from, to, "x").message())
        .contains(from.name())
        .contains(to.name());
  }
}
