package vn.plantrack.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankFormsTest {
  @Test
  void aRankUnitIsRecognisedWithoutDiacriticsOrCase() {
    assertThat(RankForms.isRankUnit("Thứ bậc")).isTrue();
    assertThat(RankForms.isRankUnit("thu bac")).isTrue();
    assertThat(RankForms.isRankUnit(" THỨ HẠNG ")).isTrue();
    assertThat(RankForms.isRankUnit("Hạng")).isTrue();
    assertThat(RankForms.isRankUnit("Hàng hóa")).isFalse();
    assertThat(RankForms.isRankUnit("%")).isFalse();
    assertThat(RankForms.isRankUnit(null)).isFalse();
  }
}
