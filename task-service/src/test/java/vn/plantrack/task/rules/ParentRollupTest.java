package vn.plantrack.task.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.task.contract.*;
import vn.plantrack.task.contract.ParentRollup.Result;
import vn.plantrack.task.contract.ParentRollup.SubTask;
import vn.plantrack.task.reading.DeadlineReader;

class ParentRollupTest {

  /**
   * Sub-tasks are {@code status,percent,deadline[,completedOn][,met=date][,due=date][,year=date]},
   * separated by {@code ;}.
   */
  @ParameterizedTest(name = "[{index}] {0} as of {1} → {2}% {3} {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sub-tasks                                                              | as of      | %   | status      | completed  | timeliness
          # all completed: on the latest day; late if any was late
          COMPLETED,100,6/2026,2026-05-01; COMPLETED,100,6/2026,2026-06-30         | 2026-07-01 | 100 | COMPLETED   | 2026-06-30 | COMPLETED_ON_TIME
          COMPLETED,100,6/2026,2026-05-01; COMPLETED,100,2/2026,2026-03-10         | 2026-07-01 | 100 | COMPLETED   | 2026-05-01 | COMPLETED_LATE
          # one open sub-task past its date makes the parent overdue
          COMPLETED,100,6/2026,2026-05-01; IN_PROGRESS,50,6/2026                   | 2026-06-30 | 75  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          COMPLETED,100,6/2026,2026-05-01; IN_PROGRESS,50,6/2026                   | 2026-07-01 | 75  | IN_PROGRESS |            | OVERDUE
          # seed 38: 38.1 due 2/2026, 38.2 due 6/2026
          IN_PROGRESS,60,2/2026; IN_PROGRESS,20,6/2026                             | 2026-02-15 | 40  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          IN_PROGRESS,60,2/2026; IN_PROGRESS,20,6/2026                             | 2026-03-01 | 40  | IN_PROGRESS |            | OVERDUE
          COMPLETED,100,2/2026,2026-02-20; COMPLETED,100,6/2026,2026-06-01         | 2026-03-01 | 99  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          # completed after the date: in progress, at most 99%
          COMPLETED,100,6/2026,2026-06-20; NOT_STARTED,0,6/2026                    | 2026-06-10 | 49  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          COMPLETED,100,6/2026,2026-06-20; COMPLETED,100,6/2026,2026-06-25         | 2026-06-30 | 100 | COMPLETED   | 2026-06-25 | COMPLETED_ON_TIME
          COMPLETED,100,6/2026,2026-06-20; COMPLETED,100,6/2026,2026-06-25         | 2026-06-21 | 99  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          # status
          NOT_STARTED,0,6/2026; NOT_STARTED,0,12/2026                              | 2026-01-01 | 0   | NOT_STARTED |            | IN_PROGRESS_WITHIN_DEADLINE
          COMPLETED,100,6/2026,2026-03-01; NOT_STARTED,0,12/2026                   | 2026-04-01 | 50  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          PAUSED,30,12/2026; NOT_STARTED,0,12/2026; COMPLETED,100,12/2026,2026-02-01 | 2026-03-01 | 43 | PAUSED      |            | IN_PROGRESS_WITHIN_DEADLINE
          PAUSED,30,12/2026; IN_PROGRESS,10,12/2026                                | 2026-03-01 | 20  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          PAUSED,30,6/2025; PAUSED,50,12/2026                                      | 2026-03-01 | 40  | PAUSED      |            | OVERDUE
          # cancelled sub-tasks drop out; all cancelled: cancelled
          CANCELLED,0,6/2025; COMPLETED,100,6/2026,2026-06-01                      | 2026-07-01 | 100 | COMPLETED   | 2026-06-01 | COMPLETED_ON_TIME
          CANCELLED,0,6/2025; IN_PROGRESS,30,12/2026                               | 2026-07-01 | 30  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          CANCELLED,0,6/2026; CANCELLED,40,12/2026                                 | 2026-07-01 | 0   | CANCELLED   |            |
          # progress: the mean, rounded down, below 100 while any is open
          IN_PROGRESS,33,12/2026; IN_PROGRESS,34,12/2026                           | 2026-01-01 | 33  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          IN_PROGRESS,99,12/2026; COMPLETED,100,12/2026,2026-01-10                 | 2026-02-01 | 99  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          IN_PROGRESS,100,12/2026; COMPLETED,100,12/2026,2026-01-10                | 2026-02-01 | 99  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          COMPLETED,40,12/2026,2026-01-10; IN_PROGRESS,0,12/2026                   | 2026-02-01 | 50  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          # an unreadable deadline leaves the parent without a class, unless another is overdue
          IN_PROGRESS,10,Tháng 11/202; IN_PROGRESS,10,12/2026                      | 2026-01-01 | 10  | IN_PROGRESS |            |
          IN_PROGRESS,10,Tháng 11/202; IN_PROGRESS,10,6/2025                       | 2026-01-01 | 10  | IN_PROGRESS |            | OVERDUE
          COMPLETED,100,Tháng 11/202,2025-11-01; COMPLETED,100,6/2025,2025-06-01   | 2026-01-01 | 100 | COMPLETED   | 2025-11-01 |
          # a running deadline before a pending condition before ongoing work
          IN_PROGRESS,10,Thường xuyên; IN_PROGRESS,10,12/2026                      | 2026-01-01 | 10  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          IN_PROGRESS,10,Thường xuyên; NOT_STARTED,0,Sau khi Bộ hướng dẫn          | 2026-01-01 | 5   | IN_PROGRESS |            | AWAITING_CONDITION
          IN_PROGRESS,10,Thường xuyên; IN_PROGRESS,20,Thường xuyên                 | 2026-01-01 | 15  | IN_PROGRESS |            | ONGOING
          IN_PROGRESS,10,Thường xuyên; COMPLETED,100,6/2025,2025-06-01             | 2026-01-01 | 55  | IN_PROGRESS |            | ONGOING
          NOT_STARTED,0,Sau khi Bộ hướng dẫn; IN_PROGRESS,10,12/2026               | 2026-01-01 | 5   | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          # a condition met with a date that has passed
          IN_PROGRESS,10,Sau khi Bộ hướng dẫn,,met=2025-09-01,due=2025-12-31; COMPLETED,100,6/2025,2025-06-01 | 2026-01-01 | 55 | IN_PROGRESS | | OVERDUE
          IN_PROGRESS,10,Sau khi Bộ hướng dẫn,,met=2025-09-01,due=2025-12-31; COMPLETED,100,6/2025,2025-06-01 | 2025-08-01 | 55 | IN_PROGRESS | | AWAITING_CONDITION
          # a recurring sub-task done for this year counts as done for now
          IN_PROGRESS,50,Hằng năm,,2025=2025-11-01; COMPLETED,100,6/2025,2025-06-01 | 2025-12-01 | 75 | IN_PROGRESS |            | COMPLETED_ON_TIME
          IN_PROGRESS,50,Hằng năm,,2025=2025-11-01; COMPLETED,100,6/2025,2025-07-01 | 2025-12-01 | 75 | IN_PROGRESS |            | COMPLETED_LATE
          IN_PROGRESS,50,2025 và các năm tiếp theo; COMPLETED,100,6/2025,2025-06-01 | 2026-01-01 | 75 | IN_PROGRESS |            | OVERDUE
          # one sub-task
          IN_PROGRESS,45,Quý IV/2025                                               | 2025-10-01 | 45  | IN_PROGRESS |            | IN_PROGRESS_WITHIN_DEADLINE
          """)
  void rollsUpSubTasks(
      String subTasks,
      LocalDate asOf,
      int percent,
      TaskStatus status,
      LocalDate completedOn,
      Timeliness timeliness) {
    Result result = ParentRollup.rollUp(parse(subTasks), asOf);

    assertThat(result)
        .isEqualTo(new Result(percent, status, completedOn, Optional.ofNullable(timeliness)));
  }

  @Test
  void refusesWhatCannotBeRolledUp() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    Deadline month = DeadlineReader.read("6/2025");

    assertThatThrownBy(() -> ParentRollup.rollUp(List.of(), day))
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> ParentRollup.rollUp(null, day))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubTask(TaskFacts.of(TaskStatus.IN_PROGRESS, month), 101))
        .hasMessageContaining("percentage");
    assertThatThrownBy(() -> new SubTask(TaskFacts.of(TaskStatus.IN_PROGRESS, month), -1))
        .hasMessageContaining("percentage");
    assertThatThrownBy(
            () ->
                ParentRollup.rollUp(
                    List.of(new SubTask(TaskFacts.of(TaskStatus.COMPLETED, month), 100)), day))
        .hasMessageContaining("completion date");
  }

  private static List<SubTask> parse(String subTasks) {
    List<SubTask> result = new ArrayList<>();
    for (String spec : subTasks.split(";")) {
      String[] fields = spec.strip().split(",", -1);
      TaskStatus status = TaskStatus.valueOf(fields[0].strip());
      int percent = Integer.parseInt(fields[1].strip());
      Deadline deadline = DeadlineReader.read(fields[2].strip());
      LocalDate completedOn =
          fields.length > 3 && !fields[3].isBlank() ? LocalDate.parse(fields[3].strip()) : null;
      TaskFacts facts = TaskFacts.of(status, deadline, completedOn);
      LocalDate metOn = null;
      LocalDate dueSet = null;
      for (int i = 4; i < fields.length; i++) {
        String[] pair = fields[i].strip().split("=");
        LocalDate date = LocalDate.parse(pair[1]);
        switch (pair[0]) {
          case "met" -> metOn = date;
          case "due" -> dueSet = date;
          default -> facts = facts.withYearCompleted(Integer.parseInt(pair[0]), date);
        }
      }
      if (metOn != null) {
        facts = facts.withConditionMet(metOn, dueSet);
      }
      result.add(new SubTask(facts, percent));
    }
    return result;
  }
}
