package vn.plantrack.plan.reading.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.plan.reading.rows.ColumnMapper.Column;
import vn.plantrack.plan.reading.rows.ColumnMapper.ColumnMap;
import vn.plantrack.plan.reading.rows.ColumnMapper.TableKind;

class ColumnMapperTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "TT; CODE",
        "STT; CODE",
        "Tên nhiệm vụ; TASK",
        "Nội dung; TASK",
        "Nhiệm vụ; TASK",
        "Cơ quan chủ trì; LEAD",
        "Đơn vị chủ trì; LEAD",
        "Đơn vị chịu trách nhiệm thực hiện; LEAD",
        "Co quan chu tri; LEAD",
        "Cơ quan phối hợp; COOPERATING",
        "Đơn vị phối hợp thực hiện; COOPERATING",
        "Cơ quan chủ trì theo dõi, đánh giá; MONITORING",
        "Đơn vị theo dõi, đánh giá; MONITORING",
        "Sản phẩm; OUTPUT",
        "Kết quả/sản phẩm; OUTPUT",
        "Kết quả; RESULT",
        "Thời gian hoàn thành; DEADLINE",
        "Thời hạn; DEADLINE",
        "Tiến độ thực hiện; DEADLINE",
        "Thoi gian hoan thanh; DEADLINE",
        "Chỉ tiêu; INDICATOR_NAME",
        "Tên chỉ tiêu; INDICATOR_NAME",
        "Đơn vị tính; UNIT",
        "Đơn vị; UNIT",
        "Hiện trạng; BASELINE",
        "Mục tiêu; TARGET",
        "2030; TARGET",
        "Năm 2030; TARGET",
        "Đến năm 2030; TARGET",
        "Ghi chú; NOTE",
        "Dự kiến kinh phí; FUNDING",
        "Lãnh đạo phụ trách; UNKNOWN"
      })
  void readsAHeaderCellByItsFoldedWords(String header, ColumnMeaning meaning) {
    assertThat(ColumnMapper.meaningOf(header)).isEqualTo(meaning);
  }

  @Test
  void mapsColumnsInAnyOrder() {
    ColumnMap map =
        ColumnMapper.map(
            List.of(
                "Nội dung",
                "Thời hạn",
                "Cơ quan chủ trì",
                "Đơn vị chịu trách nhiệm thực hiện",
                "Đơn vị theo dõi, đánh giá",
                "STT"),
            2025);

    assertThat(map.kind()).isEqualTo(TableKind.TASKS);
    assertThat(map.columns())
        .extracting(Column::meaning)
        .containsExactly(
            ColumnMeaning.TASK,
            ColumnMeaning.DEADLINE,
            ColumnMeaning.LEAD,
            ColumnMeaning.LEAD,
            ColumnMeaning.MONITORING,
            ColumnMeaning.CODE);
    assertThat(map.first(ColumnMeaning.CODE)).isEqualTo(5);
  }

  @Test
  void readsKetQuaAsOutputOfTasksAndTargetOfIndicators() {
    ColumnMap tasks =
        ColumnMapper.map(List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Kết quả"), 2025);
    ColumnMap indicators = ColumnMapper.map(List.of("TT", "Chỉ tiêu", "Đơn vị", "Kết quả"), 2025);

    assertThat(tasks.columns().get(3).meaning()).isEqualTo(ColumnMeaning.OUTPUT);
    assertThat(indicators.kind()).isEqualTo(TableKind.INDICATORS);
    assertThat(indicators.columns().get(3).meaning()).isEqualTo(ColumnMeaning.TARGET);
    assertThat(indicators.columns().get(3).year()).isNull();
  }

  @Test
  void givesMilestoneColumnsTheirYearAndTakesEarlierYearsAsBaseline() {
    ColumnMap map =
        ColumnMapper.map(
            List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "2025", "Đến năm 2030", "2045"),
            2025);

    assertThat(map.columns().subList(3, 7))
        .extracting(Column::meaning, Column::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ColumnMeaning.BASELINE, 2024),
            org.assertj.core.groups.Tuple.tuple(ColumnMeaning.TARGET, 2025),
            org.assertj.core.groups.Tuple.tuple(ColumnMeaning.TARGET, 2030),
            org.assertj.core.groups.Tuple.tuple(ColumnMeaning.TARGET, 2045));
  }

  @Test
  void aBareDonViInATaskTableIsWhoCarriesTheTaskOut() {
    ColumnMap map =
        ColumnMapper.map(List.of("TT", "Nội dung công việc", "Đơn vị", "Thời gian"), null);

    assertThat(map.columns().get(2).meaning()).isEqualTo(ColumnMeaning.LEAD);
  }
}
