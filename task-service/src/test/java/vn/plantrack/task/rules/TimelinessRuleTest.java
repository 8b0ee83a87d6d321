package vn.plantrack.task.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.task.contract.*;
import vn.plantrack.task.reading.DeadlineReader;

class TimelinessRuleTest {

  /** One-off deadlines: before, on and after the due date; completed before, on, after it. */
  @ParameterizedTest(name = "[{index}] \"{0}\" {1} done {2}, as of {3} → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # deadline             | status      | completed  | as of      | class (empty: none)
          6/2025                 | NOT_STARTED |            | 2025-06-01 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025                 | NOT_STARTED |            | 2025-06-30 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025                 | NOT_STARTED |            | 2025-07-01 | OVERDUE
          6/2025                 | IN_PROGRESS |            | 2025-06-30 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025                 | IN_PROGRESS |            | 2025-07-01 | OVERDUE
          # pausing does not stop the clock
          6/2025                 | PAUSED      |            | 2025-05-01 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025                 | PAUSED      |            | 2025-08-01 | OVERDUE
          6/2025                 | COMPLETED   | 2025-06-20 | 2025-06-25 | COMPLETED_ON_TIME
          6/2025                 | COMPLETED   | 2025-06-30 | 2025-12-31 | COMPLETED_ON_TIME
          6/2025                 | COMPLETED   | 2025-07-01 | 2025-12-31 | COMPLETED_LATE
          # completed after the date: not completed as of the date
          6/2025                 | COMPLETED   | 2025-06-20 | 2025-06-10 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025                 | COMPLETED   | 2025-08-15 | 2025-07-31 | OVERDUE
          6/2025                 | COMPLETED   | 2025-08-15 | 2025-08-15 | COMPLETED_LATE
          6/2025                 | CANCELLED   |            | 2025-07-01 |
          6/2025                 | CANCELLED   |            | 2025-06-01 |
          15/11/2025             | IN_PROGRESS |            | 2025-11-15 | IN_PROGRESS_WITHIN_DEADLINE
          15/11/2025             | IN_PROGRESS |            | 2025-11-16 | OVERDUE
          15/11/2025             | COMPLETED   | 2025-11-16 | 2025-11-30 | COMPLETED_LATE
          # "before 15/11": on time up to 14/11
          Trước ngày 15/11/2025  | COMPLETED   | 2025-11-14 | 2025-11-30 | COMPLETED_ON_TIME
          Trước ngày 15/11/2025  | COMPLETED   | 2025-11-15 | 2025-11-30 | COMPLETED_LATE
          Trước ngày 15/11/2025  | IN_PROGRESS |            | 2025-11-15 | OVERDUE
          Quý IV/2025            | IN_PROGRESS |            | 2025-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          Quý IV/2025            | IN_PROGRESS |            | 2026-01-01 | OVERDUE
          Quý II–III/2025        | NOT_STARTED |            | 2025-03-01 | IN_PROGRESS_WITHIN_DEADLINE
          Quý II–III/2025        | IN_PROGRESS |            | 2025-10-01 | OVERDUE
          Quý II–III/2025        | COMPLETED   | 2025-09-30 | 2025-10-01 | COMPLETED_ON_TIME
          2025- 2026             | IN_PROGRESS |            | 2026-06-30 | IN_PROGRESS_WITHIN_DEADLINE
          2025- 2026             | IN_PROGRESS |            | 2027-01-01 | OVERDUE
          2025- 2026             | COMPLETED   | 2024-12-01 | 2025-01-01 | COMPLETED_ON_TIME
          Năm 2026               | COMPLETED   | 2026-12-31 | 2027-01-01 | COMPLETED_ON_TIME
          Năm 2026               | COMPLETED   | 2027-01-01 | 2027-01-01 | COMPLETED_LATE
          # a flagged reading with a date is judged on it
          a Tháng 12/2025        | IN_PROGRESS |            | 2026-01-01 | OVERDUE
          # ongoing: never overdue
          Thường xuyên           | NOT_STARTED |            | 2025-01-01 | ONGOING
          Thường xuyên           | IN_PROGRESS |            | 2030-01-01 | ONGOING
          Thường xuyên           | PAUSED      |            | 2030-01-01 | ONGOING
          Thường xuyên           | COMPLETED   | 2025-12-31 | 2026-01-01 | COMPLETED_ON_TIME
          Thường xuyên           | COMPLETED   | 2025-12-31 | 2025-06-01 | ONGOING
          Thường xuyên           | CANCELLED   |            | 2025-06-01 |
          Từ 2026                | IN_PROGRESS |            | 2027-01-01 | ONGOING
          # unreadable: no class until a person sets the due date
          Tháng 11/202           | NOT_STARTED |            | 2025-01-01 |
          Tháng 11/202           | IN_PROGRESS |            | 2025-12-01 |
          Tháng 11/202           | COMPLETED   | 2025-11-20 | 2025-12-01 |
          """)
  void classifiesOneOffTasks(
      String deadline,
      TaskStatus status,
      LocalDate completedOn,
      LocalDate asOf,
      Timeliness expected) {
    TaskFacts task = TaskFacts.of(status, DeadlineReader.read(deadline), completedOn);

    assertThat(TimelinessRule.classify(task, asOf)).isEqualTo(Optional.ofNullable(expected));
  }

  /** A due date a person set: an unreadable deadline fixed, an open one closed, an extension. */
  @ParameterizedTest(name = "[{index}] \"{0}\" set to {3}, {1} done {2}, as of {4} → {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # deadline     | status      | completed  | assigned   | as of      | class
          Tháng 11/202   | IN_PROGRESS |            | 2025-11-30 | 2025-11-30 | IN_PROGRESS_WITHIN_DEADLINE
          Tháng 11/202   | IN_PROGRESS |            | 2025-11-30 | 2025-12-01 | OVERDUE
          Tháng 11/202   | COMPLETED   | 2025-12-02 | 2025-11-30 | 2025-12-31 | COMPLETED_LATE
          Từ 2026        | IN_PROGRESS |            | 2026-12-31 | 2027-01-01 | OVERDUE
          6/2025         | IN_PROGRESS |            | 2025-09-30 | 2025-08-01 | IN_PROGRESS_WITHIN_DEADLINE
          6/2025         | COMPLETED   | 2025-09-01 | 2025-09-30 | 2025-10-01 | COMPLETED_ON_TIME
          """)
  void judgesAnAssignedDueDate(
      String deadline,
      TaskStatus status,
      LocalDate completedOn,
      LocalDate assigned,
      LocalDate asOf,
      Timeliness expected) {
    TaskFacts task =
        TaskFacts.of(status, DeadlineReader.read(deadline), completedOn)
            .withAssignedDueDate(assigned);

    assertThat(TimelinessRule.classify(task, asOf)).isEqualTo(Optional.ofNullable(expected));
  }

  /** Conditional deadlines before and after the condition was met. */
  @ParameterizedTest(name = "[{index}] {1} done {2}, met {3} due {4}, as of {5} → {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # deadline                          | status      | completed  | met on     | due set    | as of      | class
          Sau khi Bộ hướng dẫn                | NOT_STARTED |            |            |            | 2030-01-01 | AWAITING_CONDITION
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            |            |            | 2030-01-01 | AWAITING_CONDITION
          Sau khi Bộ hướng dẫn                | PAUSED      |            |            |            | 2030-01-01 | AWAITING_CONDITION
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            | 2025-09-01 | 2025-12-31 | 2025-08-31 | AWAITING_CONDITION
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            | 2025-09-01 | 2025-12-31 | 2025-09-01 | IN_PROGRESS_WITHIN_DEADLINE
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            | 2025-09-01 | 2025-12-31 | 2025-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            | 2025-09-01 | 2025-12-31 | 2026-01-01 | OVERDUE
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2025-12-20 | 2025-09-01 | 2025-12-31 | 2026-01-01 | COMPLETED_ON_TIME
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2026-01-05 | 2025-09-01 | 2025-12-31 | 2026-01-31 | COMPLETED_LATE
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2026-01-05 | 2025-09-01 | 2025-12-31 | 2026-01-04 | OVERDUE
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2025-12-20 | 2025-09-01 | 2025-12-31 | 2025-12-01 | IN_PROGRESS_WITHIN_DEADLINE
          # done before the condition was met: nothing to be late for
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2025-05-01 |            |            | 2025-06-01 | COMPLETED_ON_TIME
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2025-05-01 | 2025-09-01 | 2025-12-31 | 2025-06-01 | COMPLETED_ON_TIME
          Sau khi Bộ hướng dẫn                | COMPLETED   | 2025-05-01 |            |            | 2025-04-01 | AWAITING_CONDITION
          # met, but no due date set yet: cannot be overdue
          Sau khi Bộ hướng dẫn                | IN_PROGRESS |            | 2025-09-01 |            | 2026-06-01 | IN_PROGRESS_WITHIN_DEADLINE
          Sau khi Bộ hướng dẫn                | CANCELLED   |            |            |            | 2026-06-01 |
          Sau khi Bộ hướng dẫn                | CANCELLED   |            | 2025-09-01 | 2025-12-31 | 2026-06-01 |
          Khi Trung ương ban hành             | IN_PROGRESS |            | 2025-07-15 | 2025-10-31 | 2025-11-01 | OVERDUE
          Sau khi có hướng dẫn của Trung ương | NOT_STARTED |            | 2025-07-15 | 2025-10-31 | 2025-07-14 | AWAITING_CONDITION
          # KT: "chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành", issued 08/05/2025
          chậm nhất sau 05 ngày kể từ khi Kế hoạch này được ban hành | IN_PROGRESS | | 2025-05-08 | 2025-05-13 | 2025-05-14 | OVERDUE
          """)
  void classifiesConditionalTasks(
      String deadline,
      TaskStatus status,
      LocalDate completedOn,
      LocalDate metOn,
      LocalDate dueSet,
      LocalDate asOf,
      Timeliness expected) {
    TaskFacts task =
        TaskFacts.of(status, DeadlineReader.read(deadline), completedOn)
            .withConditionMet(metOn, dueSet);

    assertThat(TimelinessRule.classify(task, asOf)).isEqualTo(Optional.ofNullable(expected));
  }

  /**
   * Recurring deadlines, judged per year: the year of the date, unless an earlier year was never
   * completed. Completions: {@code year=date;year=date}.
   */
  @ParameterizedTest(
      name = "[{index}] \"{0}\" first {1}, {2} closed {3}, years {4}, as of {5} → {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # deadline                           | first | status      | closed on  | years done                         | as of      | class
          Hằng năm                             |       | IN_PROGRESS |            |                                    | 2025-06-01 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             |       | IN_PROGRESS |            |                                    | 2025-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             |       | IN_PROGRESS |            |                                    | 2026-01-01 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             |       | IN_PROGRESS |            | 2025=2025-11-01                    | 2025-12-31 | COMPLETED_ON_TIME
          # with the plan's year as the first year, a missed year shows
          Hằng năm                             | 2025  | IN_PROGRESS |            |                                    | 2026-03-01 | OVERDUE
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2025-12-15                    | 2026-03-01 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2026-02-01                    | 2026-01-15 | OVERDUE
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2026-02-01                    | 2026-02-01 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2025-12-15;2026=2026-04-01    | 2026-05-01 | COMPLETED_ON_TIME
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2025-12-15;2026=2027-01-03    | 2027-01-02 | OVERDUE
          Hằng năm                             | 2025  | IN_PROGRESS |            | 2025=2025-12-15;2026=2027-01-03    | 2027-01-03 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                             | 2025  | CANCELLED   |            |                                    | 2026-03-01 |
          # the deadline's own first year wins over the plan's
          2025 và các năm tiếp theo            | 2020  | IN_PROGRESS |            |                                    | 2024-06-01 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            |                                    | 2024-06-01 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | NOT_STARTED |            |                                    | 2025-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            |                                    | 2026-01-01 | OVERDUE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            | 2025=2026-01-05                    | 2026-01-10 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            | 2025=2025-12-20                    | 2026-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            | 2025=2025-12-20                    | 2027-01-01 | OVERDUE
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            | 2025=2025-12-20;2026=2026-12-30    | 2026-12-31 | COMPLETED_ON_TIME
          2025 và các năm tiếp theo            |       | IN_PROGRESS |            | 2025=2025-12-20;2026=2026-12-30    | 2027-01-01 | IN_PROGRESS_WITHIN_DEADLINE
          Từ năm 2025, thực hiện thường xuyên  |       | PAUSED      |            |                                    | 2026-02-01 | OVERDUE
          Năm 2025 và những năm tiếp theo      |       | IN_PROGRESS |            | 2025=2026-01-05                    | 2026-01-05 | IN_PROGRESS_WITHIN_DEADLINE
          # the seed's first year due in September
          9/2025 và các năm tiếp theo          |       | IN_PROGRESS |            |                                    | 2025-09-30 | IN_PROGRESS_WITHIN_DEADLINE
          9/2025 và các năm tiếp theo          |       | IN_PROGRESS |            |                                    | 2025-10-01 | OVERDUE
          9/2025 và các năm tiếp theo          |       | IN_PROGRESS |            | 2025=2025-09-30                    | 2025-10-01 | COMPLETED_ON_TIME
          9/2025 và các năm tiếp theo          |       | IN_PROGRESS |            | 2025=2025-10-15                    | 2025-12-01 | COMPLETED_LATE
          9/2025 và các năm tiếp theo          |       | IN_PROGRESS |            | 2025=2025-09-10                    | 2026-10-01 | IN_PROGRESS_WITHIN_DEADLINE
          # a COMPLETED status closes the series
          Hằng năm                             | 2025  | COMPLETED   | 2025-11-30 |                                    | 2026-06-01 | COMPLETED_ON_TIME
          2025 và các năm tiếp theo            |       | COMPLETED   | 2026-03-01 | 2025=2025-12-01                    | 2027-06-01 | COMPLETED_ON_TIME
          2025 và các năm tiếp theo            |       | COMPLETED   | 2026-03-01 |                                    | 2027-06-01 | OVERDUE
          2025 và các năm tiếp theo            |       | COMPLETED   | 2026-03-01 | 2025=2025-12-01                    | 2026-02-01 | IN_PROGRESS_WITHIN_DEADLINE
          2025 và các năm tiếp theo            |       | COMPLETED   | 2024-06-01 |                                    | 2025-06-01 | COMPLETED_ON_TIME
          9/2025 và các năm tiếp theo          |       | COMPLETED   | 2025-10-15 |                                    | 2026-06-01 | COMPLETED_LATE
          """)
  void classifiesRecurringTasksPerYear(
      String deadline,
      Integer firstYear,
      TaskStatus status,
      LocalDate closedOn,
      String yearsDone,
      LocalDate asOf,
      Timeliness expected) {
    TaskFacts task = recurring(deadline, firstYear, status, closedOn, yearsDone);

    assertThat(TimelinessRule.classify(task, asOf)).isEqualTo(Optional.ofNullable(expected));
  }

  /** One year's occurrence, as a yearly report shows it. */
  @ParameterizedTest(name = "[{index}] \"{0}\" year {5}, as of {6} → {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # deadline                    | first | status      | closed on  | years done      | year | as of      | class
          Hằng năm                      | 2025  | IN_PROGRESS |            | 2025=2026-01-05 | 2025 | 2025-12-31 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                      | 2025  | IN_PROGRESS |            | 2025=2026-01-05 | 2025 | 2026-01-04 | OVERDUE
          Hằng năm                      | 2025  | IN_PROGRESS |            | 2025=2026-01-05 | 2025 | 2026-02-01 | COMPLETED_LATE
          Hằng năm                      | 2025  | IN_PROGRESS |            |                 | 2024 | 2026-01-01 |
          Hằng năm                      |       | IN_PROGRESS |            |                 | 2024 | 2026-01-01 | OVERDUE
          Hằng năm                      |       | IN_PROGRESS |            |                 | 2027 | 2026-01-01 | IN_PROGRESS_WITHIN_DEADLINE
          Hằng năm                      |       | CANCELLED   |            |                 | 2025 | 2026-01-01 |
          2025 và các năm tiếp theo     |       | IN_PROGRESS |            |                 | 2024 | 2026-01-01 |
          2025 và các năm tiếp theo     |       | COMPLETED   | 2026-03-01 |                 | 2026 | 2027-06-01 | COMPLETED_ON_TIME
          2025 và các năm tiếp theo     |       | COMPLETED   | 2026-03-01 |                 | 2027 | 2027-06-01 |
          2025 và các năm tiếp theo     |       | COMPLETED   | 2026-03-01 |                 | 2025 | 2027-06-01 | OVERDUE
          9/2025 và các năm tiếp theo   |       | IN_PROGRESS |            | 2025=2025-10-01 | 2025 | 2025-12-31 | COMPLETED_LATE
          9/2025 và các năm tiếp theo   |       | IN_PROGRESS |            | 2026=2026-10-01 | 2026 | 2026-12-31 | COMPLETED_ON_TIME
          """)
  void classifiesOneYearOfARecurringTask(
      String deadline,
      Integer firstYear,
      TaskStatus status,
      LocalDate closedOn,
      String yearsDone,
      int year,
      LocalDate asOf,
      Timeliness expected) {
    TaskFacts task = recurring(deadline, firstYear, status, closedOn, yearsDone);

    assertThat(TimelinessRule.classifyYear(task, year, asOf))
        .isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void refusesFactsThatCannotBeJudged() {
    Deadline month = DeadlineReader.read("6/2025");
    Deadline yearly = DeadlineReader.read("Hằng năm");
    LocalDate day = LocalDate.of(2025, 6, 1);

    assertThatThrownBy(
            () -> TimelinessRule.classify(TaskFacts.of(TaskStatus.COMPLETED, month), day))
        .hasMessageContaining("completion date");
    assertThatThrownBy(
            () -> TimelinessRule.classify(TaskFacts.of(TaskStatus.COMPLETED, yearly), day))
        .hasMessageContaining("completion date");
    assertThatThrownBy(() -> TaskFacts.of(TaskStatus.IN_PROGRESS, yearly).withAssignedDueDate(day))
        .hasMessageContaining("every year");
    assertThatThrownBy(
            () -> TaskFacts.of(TaskStatus.IN_PROGRESS, month).withYearCompleted(2025, day))
        .hasMessageContaining("year by year");
    assertThatThrownBy(
            () ->
                TimelinessRule.classifyYear(TaskFacts.of(TaskStatus.IN_PROGRESS, month), 2025, day))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TimelinessRule.classify(TaskFacts.of(TaskStatus.IN_PROGRESS, month), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TaskFacts.of(null, month)).isInstanceOf(NullPointerException.class);
  }

  private static TaskFacts recurring(
      String deadline, Integer firstYear, TaskStatus status, LocalDate closedOn, String yearsDone) {
    TaskFacts task =
        TaskFacts.of(status, DeadlineReader.read(deadline), closedOn).withFirstYear(firstYear);
    if (yearsDone != null) {
      for (String entry : yearsDone.split(";")) {
        String[] parts = entry.split("=");
        task = task.withYearCompleted(Integer.parseInt(parts[0]), LocalDate.parse(parts[1]));
      }
    }
    return task;
  }
}
