package vn.plantrack.directory.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * The queries the services ask of the copies: groups an organization belongs to (named or by type,
 * only in its province), the directory a group rule needs, a province's organizations by name, and
 * plans by id.
 */
@QuarkusTest
@RealInfrastructure
class DirectoryRepositoriesTest {
  @Inject KnownOrganizationRepository organizations;
  @Inject KnownPlanRepository plans;

  /** A province of its own per test run, so other tests' rows do not count. */
  private final String province = "T" + UUID.randomUUID().toString().substring(0, 6);

  private final String otherProvince = "U" + UUID.randomUUID().toString().substring(0, 6);

  private UUID organization(
      String province, String name, String type, List<UUID> memberIds, List<String> memberTypes) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              KnownOrganization o = new KnownOrganization();
              o.id = UUID.randomUUID();
              o.province = province;
              o.code = "C-" + o.id.toString().substring(0, 8);
              o.name = name;
              o.type = type;
              o.memberIds = new java.util.ArrayList<>(memberIds);
              o.memberTypes = new java.util.ArrayList<>(memberTypes);
              o.version = 1;
              organizations.persist(o);
              return o.id;
            });
  }

  @Test
  void anOrganizationBelongsToTheGroupsOfItsProvinceThatNameItOrItsType() {
    UUID finance = organization(province, "Sở Tài chính", "DEPARTMENT", List.of(), List.of());
    UUID police = organization(province, "Công an tỉnh", "POLICE", List.of(), List.of());
    UUID departments =
        organization(
            province, "Các sở, ngành", "GROUP", List.of(), List.of("DEPARTMENT", "AGENCY"));
    UUID named = organization(province, "Tổ công tác", "GROUP", List.of(police), List.of());
    organization(otherProvince, "Các sở", "GROUP", List.of(finance), List.of("DEPARTMENT"));

    assertThat(groupsOf(finance)).containsExactly(departments);
    assertThat(groupsOf(police)).containsExactly(named);
    assertThat(groupsOf(departments)).isEmpty();
  }

  @Test
  void aGroupRuleGetsTheWholeProvinceOfTheGroupsAssignedAndNothingWithoutAGroup() {
    UUID finance = organization(province, "Sở Tài chính", "DEPARTMENT", List.of(), List.of());
    UUID group = organization(province, "Các sở, ngành", "GROUP", List.of(), List.of("DEPARTMENT"));
    UUID elsewhere =
        organization(otherProvince, "Sở Tài chính", "DEPARTMENT", List.of(), List.of());

    assertThat(read(() -> organizations.directoryForGroupsAmong(List.of(group, elsewhere))))
        .extracting(o -> o.id)
        .containsExactlyInAnyOrder(finance, group);
    assertThat(read(() -> organizations.directoryForGroupsAmong(List.of(finance, elsewhere))))
        .isEmpty();
    assertThat(read(() -> organizations.directoryForGroupsAmong(List.of()))).isEmpty();
  }

  @Test
  void aProvincesOrganizationsComeByName() {
    UUID tax = organization(province, "Sở Tài chính", "DEPARTMENT", List.of(), List.of());
    UUID education = organization(province, "Sở Giáo dục", "DEPARTMENT", List.of(), List.of());
    UUID other = organization(otherProvince, "Sở Y tế", "DEPARTMENT", List.of(), List.of());

    assertThat(read(() -> organizations.inProvince(province)))
        .extracting(o -> o.id)
        .containsExactly(education, tax);
    assertThat(read(() -> organizations.inProvinces(List.of(province, otherProvince))))
        .extracting(o -> o.id)
        .containsExactly(education, tax, other);
    assertThat(read(() -> organizations.inProvinces(List.of()))).isEmpty();
  }

  @Test
  void plansByIdLeaveOutTheUnknown() {
    UUID known =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  KnownPlan p = new KnownPlan();
                  p.id = UUID.randomUUID();
                  p.province = province;
                  p.number = "1570/KH-UBND";
                  p.status = "ISSUED";
                  p.version = 1;
                  plans.persist(p);
                  return p.id;
                });

    assertThat(read(() -> plans.byIds(List.of(known, UUID.randomUUID()))))
        .extracting(p -> p.number)
        .containsExactly("1570/KH-UBND");
    assertThat(read(() -> plans.byIds(List.of()))).isEmpty();
  }

  private List<UUID> groupsOf(UUID organization) {
    return read(() -> organizations.groupsContaining(organization));
  }

  private static <T> T read(java.util.concurrent.Callable<T> query) {
    return QuarkusTransaction.requiringNew().call(query);
  }
}
