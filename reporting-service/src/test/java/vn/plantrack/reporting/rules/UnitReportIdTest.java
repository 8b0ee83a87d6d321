package vn.plantrack.reporting.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit's report id, made from its plan, period and unit: the period is read back from the id, so
 * a report nobody stored yet is found by its id whatever its period.
 */
class UnitReportIdTest {
  static final UUID PLAN = UUID.fromString("5f0c3a56-8d2e-4f65-9f0b-2b1f3e6c9a10");
  static final UUID UNIT = UUID.fromString("0b6a2f8e-1c4d-4e7a-8a55-6d3f2c1b0e99");
  static final UUID OTHER_UNIT = UUID.fromString("7d1e9c44-2b3a-4f5e-9c8d-1a2b3c4d5e6f");
  static final List<String> AD_HOC = List.of("ADHOC-KH1570", "ADHOC-bao-cao_1.2");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2025-W23",
        "2010-W01",
        "2026-W53",
        "2025-06",
        "2010-03",
        "2025-Q2",
        "2025-H1",
        "2025-9M",
        "2025",
        "0001",
        "9998-12"
      })
  void theIdNamesItsPeriod(String period) {
    UUID id = UnitReportId.of(PLAN, period, UNIT);
    assertThat(UnitReportId.periods(id, AD_HOC)).containsExactly(period);
    assertThat(id.version()).isEqualTo(8);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void anAdHocIdNamesThePlansAdHocPeriods() {
    UUID id = UnitReportId.of(PLAN, "ADHOC-KH1570", UNIT);
    assertThat(UnitReportId.periods(id, AD_HOC)).containsExactlyElementsOf(AD_HOC);
    assertThat(UnitReportId.periods(id, List.of())).isEmpty();
  }

  @Test
  void plansUnitsAndPeriodsGiveDifferentIdsAndTheSameGiveTheSame() {
    UUID id = UnitReportId.of(PLAN, "2025-Q2", UNIT);
    assertThat(UnitReportId.of(PLAN, "2025-Q2", UNIT)).isEqualTo(id);
    assertThat(UnitReportId.of(PLAN, "2025-Q2", OTHER_UNIT)).isNotEqualTo(id);
    assertThat(UnitReportId.of(PLAN, "2025-Q3", UNIT)).isNotEqualTo(id);
    assertThat(UnitReportId.of(OTHER_UNIT, "2025-Q2", UNIT)).isNotEqualTo(id);
  }

  @Test
  void idsOfOtherFormsNameNoPeriod() {
    // Reports stored before kept random ids, or ids hashed from their key (version 3).
    assertThat(UnitReportId.periods(UUID.randomUUID(), AD_HOC)).isEmpty();
    assertThat(UnitReportId.periods(UUID.nameUUIDFromBytes(new byte[] {1}), AD_HOC)).isEmpty();
    assertThat(UnitReportId.periods(new UUID(0x8000L, 0x8000000000000000L), AD_HOC)).isEmpty();
  }
}
