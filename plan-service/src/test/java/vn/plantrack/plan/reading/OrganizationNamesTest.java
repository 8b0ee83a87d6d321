package vn.plantrack.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationNamesTest {

  @Test
  void splitsOnSemicolonsAndOnCommasBeforeAnOrganization() {
    assertThat(
            OrganizationNames.split(
                "Ban Tuyên giáo và Dân vận Tỉnh ủy; các Sở ban ngành, đơn vị, địa phương;"
                    + " Trung tâm truyền thông tỉnh; các cơ quan báo chí"))
        .containsExactly(
            "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "các Sở ban ngành, đơn vị, địa phương",
            "Trung tâm truyền thông tỉnh",
            "các cơ quan báo chí");
    assertThat(OrganizationNames.split("Sở Tài Chính, Sở Khoa học và Công nghệ"))
        .containsExactly("Sở Tài Chính", "Sở Khoa học và Công nghệ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Các sở, ban, ngành, địa phương",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ",
        "Sở Nông nghiệp và Môi trường",
        "UBND các huyện, thành phố",
        "Các huyện và thành phố có liên quan"
      })
  void keepsOneNameOrOneCollectiveWhole(String text) {
    assertThat(OrganizationNames.split(text)).containsExactly(text);
  }

  @Test
  void splitsOnVaOnlyBetweenOrganizations() {
    assertThat(
            OrganizationNames.split(
                "Sở Khoa học và Công nghệ và các sở, ngành, UBND các huyện, thành phố"))
        .containsExactly("Sở Khoa học và Công nghệ", "các sở, ngành", "UBND các huyện, thành phố");
  }

  @Test
  void splitsLinesAndBulletsAndDropsQualifiers() {
    assertThat(OrganizationNames.split("- Sở Tư pháp;\n- Công an tỉnh."))
        .containsExactly("Sở Tư pháp", "Công an tỉnh");
    assertThat(
            OrganizationNames.split(
                "Phòng Quản lý Khoa học, phòng Công nghệ và Chuyển đổi số theo chức năng,"
                    + " nhiệm vụ chủ trì triển khai."))
        .containsExactly("Phòng Quản lý Khoa học", "phòng Công nghệ và Chuyển đổi số");
  }

  @Test
  void aDashMeansNone() {
    assertThat(OrganizationNames.split("-")).isEmpty();
    assertThat(OrganizationNames.split(null)).isEqualTo(List.of());
  }

  @Test
  void recognizesADeadlineInAnOrganizationCell() {
    assertThat(OrganizationNames.looksLikeDeadline("Sau khi có hướng dẫn của Trung ương")).isTrue();
    assertThat(OrganizationNames.looksLikeDeadline("Thuong xuyen")).isTrue();
    assertThat(OrganizationNames.looksLikeDeadline("Sở Khoa học và Công nghệ")).isFalse();
  }
}
