package vn.plantrack.plan.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Kon Tum directory's collectives, as the seeds name them. */
class GroupsTest {
  static final UUID FINANCE = id("KT.STC");
  static final UUID POLICE = id("KT.CA");
  static final UUID DAKHA = id("KT.DAKHA");
  static final UUID DIVISION = id("KT.SKHCN.QLKH");
  static final UUID PARTY = id("KT.BTG");
  static final UUID BK_FINANCE = id("BK.STC");

  static final Groups.Entry finance = org(FINANCE, "KT", "DEPARTMENT");
  static final Groups.Entry police = org(POLICE, "KT", "STATE_BODY");
  // Huyện Đắk Hà: abolished with the district level on 1 July 2025.
  static final Groups.Entry dakHa =
      new Groups.Entry(
          DAKHA, "KT", "DISTRICT", null, null, LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30));
  static final Groups.Entry division = org(DIVISION, "KT", "DIVISION");
  static final Groups.Entry party = org(PARTY, "KT", "PARTY_BODY");
  static final Groups.Entry bkFinance = org(BK_FINANCE, "BK", "DEPARTMENT");

  /** "Các sở, ngành, đơn vị, địa phương" (1570 tasks 6, 7, 10): by types, members not listed. */
  static final Groups.Entry departmentsAndLocalities =
      new Groups.Entry(
          id("KT.G.SO-NGANH-DON-VI-DIA-PHUONG"),
          "KT",
          "GROUP",
          List.of(),
          List.of("DEPARTMENT", "BOARD", "STATE_BODY", "PUBLIC_SERVICE_UNIT", "DISTRICT"),
          null,
          null);

  /** "Các phòng, đơn vị trực thuộc Sở": members listed, no types. */
  static final Groups.Entry divisions =
      new Groups.Entry(
          id("KT.G.SKHCN-PHONG-DON-VI"), "KT", "GROUP", List.of(DIVISION), List.of(), null, null);

  static final List<Groups.Entry> directory =
      List.of(
          finance, police, dakHa, division, party, bkFinance, departmentsAndLocalities, divisions);

  @Test
  void aCollectiveByTypesStandsForEveryAgencyOfThoseTypesInItsProvince() {
    assertThat(Groups.members(departmentsAndLocalities, directory, LocalDate.of(2025, 6, 1)))
        .containsExactly(FINANCE, POLICE, DAKHA);
    assertThat(Groups.isMember(departmentsAndLocalities, bkFinance, null)).isFalse();
    assertThat(Groups.isMember(departmentsAndLocalities, party, null)).isFalse();
    assertThat(Groups.isMember(departmentsAndLocalities, divisions, null))
        .as("a group is never a member")
        .isFalse();
  }

  @Test
  void anAbolishedDistrictIsNoMemberAfterTheReform() {
    assertThat(Groups.members(departmentsAndLocalities, directory, LocalDate.of(2025, 7, 1)))
        .containsExactly(FINANCE, POLICE);
  }

  @Test
  void aCollectiveByNamesStandsForThoseNamed() {
    assertThat(Groups.members(divisions, directory, null)).containsExactly(DIVISION);
  }

  @Test
  void anAssignmentExpandsItsGroupsAndCountsEachAgencyOnce() {
    assertThat(
            Groups.expand(
                List.of(POLICE, departmentsAndLocalities.id(), divisions.id()),
                directory,
                LocalDate.of(2026, 1, 15)))
        .containsExactly(POLICE, FINANCE, DIVISION);
    assertThat(
            Groups.expand(
                List.of(UUID.fromString("00000000-0000-0000-0000-000000000001")), directory, null))
        .as("an id the directory does not know yet stays as named")
        .hasSize(1);
  }

  private static Groups.Entry org(UUID id, String province, String type) {
    return new Groups.Entry(id, province, type, null, null, null, null);
  }

  private static UUID id(String code) {
    return UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
