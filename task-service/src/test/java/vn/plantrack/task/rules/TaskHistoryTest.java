package vn.plantrack.task.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.task.contract.*;
import vn.plantrack.task.reading.DeadlineReader;

/**
 * History is history: what a task's versions say of a date before a later change. Versions are
 * {@code effectiveOn|status|percent|deadline[|completedOn][|ext=n]} separated by {@code ;}, in the
 * order recorded; an empty effectiveOn is the task as the plan created it.
 */
class TaskHistoryTest {

  @ParameterizedTest(name = "[{index}] {0} as of {1} → {2}")
  @CsvSource(
      delimiter = '!',
      textBlock =
          """
          # a deadline moved after it passed: late before the decision, within the new one after
          |NOT_STARTED|0|6/2025 ; 2025-09-01|NOT_STARTED|0|12/2025||ext=1      ! 2025-08-01 ! OVERDUE
          |NOT_STARTED|0|6/2025 ; 2025-09-01|NOT_STARTED|0|12/2025||ext=1      ! 2025-09-01 ! IN_PROGRESS_WITHIN_DEADLINE
          |NOT_STARTED|0|6/2025 ; 2025-09-01|NOT_STARTED|0|12/2025||ext=1      ! 2025-06-30 ! IN_PROGRESS_WITHIN_DEADLINE
          # a later cancellation does not take the task out of earlier dates
          |IN_PROGRESS|40|6/2025 ; 2025-10-01|CANCELLED|40|6/2025              ! 2025-08-01 ! OVERDUE
          |IN_PROGRESS|40|6/2025 ; 2025-10-01|CANCELLED|40|6/2025              ! 2025-10-01 !
          # a later reopening does not undo an earlier completion
          |IN_PROGRESS|0|6/2025 ; 2025-05-01|COMPLETED|100|6/2025|2025-05-01 ; 2025-07-15|IN_PROGRESS|80|6/2025 ! 2025-06-01 ! COMPLETED_ON_TIME
          |IN_PROGRESS|0|6/2025 ; 2025-05-01|COMPLETED|100|6/2025|2025-05-01 ; 2025-07-15|IN_PROGRESS|80|6/2025 ! 2025-07-20 ! OVERDUE
          # a completion reported late counts from its own date, over a progress report between
          |NOT_STARTED|0|6/2025 ; 2025-06-20|IN_PROGRESS|50|6/2025 ; 2025-06-10|COMPLETED|100|6/2025|2025-06-10 ! 2025-06-15 ! COMPLETED_ON_TIME
          |NOT_STARTED|0|6/2025 ; 2025-06-20|IN_PROGRESS|50|6/2025 ; 2025-06-10|COMPLETED|100|6/2025|2025-06-10 ! 2025-06-25 ! COMPLETED_ON_TIME
          |NOT_STARTED|0|6/2025 ; 2025-06-20|IN_PROGRESS|50|6/2025 ; 2025-06-10|COMPLETED|100|6/2025|2025-06-10 ! 2025-06-05 ! IN_PROGRESS_WITHIN_DEADLINE
          # a deadline fixed by a person: before the fix the typo leaves no class
          |IN_PROGRESS|10|Tháng 11/202 ; 2026-01-10|IN_PROGRESS|10|Tháng 11/2025 ! 2025-12-31 !
          |IN_PROGRESS|10|Tháng 11/202 ; 2026-01-10|IN_PROGRESS|10|Tháng 11/2025 ! 2026-01-10 ! OVERDUE
          # the plan's own task stands from the start, even if recorded today
          |NOT_STARTED|0|Quý IV/2025                                            ! 2025-01-01 ! IN_PROGRESS_WITHIN_DEADLINE
          """)
  void judgesADateByWhatStoodThen(String versions, LocalDate asOf, Timeliness expected) {
    TaskVersion then = TaskHistory.asOf(versions(versions), asOf);
    assertThat(TaskJudgement.judge(then, List.of(), asOf).timeliness().orElse(null))
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void keepsTheExtensionsCountOfTheDeadlineThatStood() {
    List<TaskVersion> v =
        versions("|NOT_STARTED|0|6/2025 ; 2025-09-01|NOT_STARTED|0|12/2025||ext=1");
    assertThat(TaskHistory.asOf(v, LocalDate.of(2025, 8, 31)).extensions()).isZero();
    assertThat(TaskHistory.asOf(v, LocalDate.of(2025, 9, 1)).extensions()).isOne();
  }

  @org.junit.jupiter.api.Test
  void aMembersPartFollowsItsOwnHistory() {
    UUID police = UUID.randomUUID();
    UUID finance = UUID.randomUUID();
    Deadline deadline = DeadlineReader.read("Quý III/2025");
    TaskFacts open = TaskFacts.of(TaskStatus.IN_PROGRESS, deadline);
    TaskVersion created =
        new TaskVersion(
            1,
            null,
            open,
            0,
            List.of(TaskVersion.Part.notStarted(police), TaskVersion.Part.notStarted(finance)),
            0);
    TaskVersion policeDone =
        new TaskVersion(
            2,
            LocalDate.of(2025, 8, 1),
            open,
            0,
            List.of(
                new TaskVersion.Part(
                    police, TaskStatus.COMPLETED, 100, LocalDate.of(2025, 8, 1), Map.of()),
                TaskVersion.Part.notStarted(finance)),
            0);
    TaskVersion financeDoneLate =
        new TaskVersion(
            3,
            LocalDate.of(2025, 10, 20),
            open,
            0,
            List.of(
                new TaskVersion.Part(
                    police, TaskStatus.COMPLETED, 100, LocalDate.of(2025, 8, 1), Map.of()),
                new TaskVersion.Part(
                    finance, TaskStatus.COMPLETED, 100, LocalDate.of(2025, 10, 20), Map.of())),
            0);
    List<TaskVersion> all = List.of(created, policeDone, financeDoneLate);
    LocalDate sept = LocalDate.of(2025, 9, 15);
    LocalDate oct = LocalDate.of(2025, 10, 5);
    LocalDate nov = LocalDate.of(2025, 11, 1);
    assertThat(judge(all, sept)).isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    assertThat(judge(all, oct)).as("late while any part is late").isEqualTo(Timeliness.OVERDUE);
    assertThat(judge(all, nov)).isEqualTo(Timeliness.COMPLETED_LATE);
    TaskVersion inOctober = TaskHistory.asOf(all, oct);
    assertThat(
            TaskJudgement.part(inOctober, inOctober.part(police).orElseThrow(), oct).timeliness())
        .contains(Timeliness.COMPLETED_ON_TIME);
    assertThat(
            TaskJudgement.part(inOctober, inOctober.part(finance).orElseThrow(), oct).timeliness())
        .contains(Timeliness.OVERDUE);
    assertThat(TaskJudgement.judge(TaskHistory.asOf(all, nov), List.of(), nov).completedOn())
        .isEqualTo(LocalDate.of(2025, 10, 20));
  }

  private static Timeliness judge(List<TaskVersion> versions, LocalDate day) {
    return TaskJudgement.judge(TaskHistory.asOf(versions, day), List.of(), day)
        .timeliness()
        .orElse(null);
  }

  static List<TaskVersion> versions(String spec) {
    List<TaskVersion> out = new ArrayList<>();
    long version = 1;
    for (String v : spec.split(";")) {
      String[] f = v.strip().split("\\|", -1);
      LocalDate effectiveOn = f[0].isBlank() ? null : LocalDate.parse(f[0].strip());
      TaskStatus status = TaskStatus.valueOf(f[1].strip());
      int percent = Integer.parseInt(f[2].strip());
      Deadline deadline = DeadlineReader.read(f[3].strip());
      LocalDate completedOn =
          f.length > 4 && !f[4].isBlank() ? LocalDate.parse(f[4].strip()) : null;
      int extensions = f.length > 5 ? Integer.parseInt(f[5].strip().substring(4)) : 0;
      TaskFacts facts = TaskFacts.of(status, deadline, completedOn);
      out.add(new TaskVersion(version++, effectiveOn, facts, percent, List.of(), extensions));
    }
    return out;
  }
}
