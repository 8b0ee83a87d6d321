package vn.plantrack.notification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.notification.rules.Recipients.Addressee;
import vn.plantrack.notification.rules.Recipients.EmailTarget;
import vn.plantrack.notification.rules.Recipients.FocalPoint;
import vn.plantrack.notification.rules.Recipients.Subscriber;

class RecipientsTest {
  static final UUID STC = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID CAT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "TASK_DUE_SOON, org:"
        + "00000000-0000-0000-0000-0000000000a1 org:00000000-0000-0000-0000-0000000000a2",
    "TASK_OVERDUE, org:00000000-0000-0000-0000-0000000000a1 org:00000000-0000-0000-0000-0000000000a2",
    "REPORT_RETURNED, org:00000000-0000-0000-0000-0000000000a1 org:00000000-0000-0000-0000-0000000000a2",
    "CONSOLIDATED_REPORT_ISSUED, coordinators:KT",
    "IMPORT_CONFIRMED, coordinators:KT",
    "INDICATOR_AT_RISK, coordinators:KT",
  })
  void inboxesAreTheOrganizationsOrTheProvincesCoordinators(
      NotificationKind kind, String expected) {
    assertThat(Recipients.inboxes(kind, "KT", List.of(STC, CAT, STC)))
        .extracting(Addressee::key)
        .containsExactly(expected.split(" "));
  }

  @Test
  void focalPointsAtOnceThenSubscribersEachAddressOnce() {
    List<EmailTarget> targets =
        Recipients.emails(
            List.of(
                new FocalPoint(STC, "Nguyễn Văn An", " An.Nguyen@STC.KonTum.gov.vn "),
                new FocalPoint(STC, "Không có thư", null),
                new FocalPoint(CAT, "Sai địa chỉ", "không phải địa chỉ"),
                new FocalPoint(CAT, "Trần Thị Bình", "binh@cat.kontum.gov.vn")),
            List.of(
                // The same address as a focal point: the focal point's immediate email stands.
                new Subscriber("an.stc", "an.nguyen@stc.kontum.gov.vn", Delivery.DAILY_DIGEST, 7),
                new Subscriber("cuong.stc", "cuong@stc.kontum.gov.vn", Delivery.DAILY_DIGEST, 17),
                new Subscriber("dung.cat", "dung@cat.kontum.gov.vn", Delivery.IMMEDIATE, null)));
    assertThat(targets)
        .containsExactly(
            new EmailTarget("an.nguyen@stc.kontum.gov.vn", "Nguyễn Văn An", null),
            new EmailTarget("binh@cat.kontum.gov.vn", "Trần Thị Bình", null),
            new EmailTarget("cuong@stc.kontum.gov.vn", "cuong.stc", 17),
            new EmailTarget("dung@cat.kontum.gov.vn", "dung.cat", null));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      value = {
        "vanthu@skhcn.kontum.gov.vn | vanthu@skhcn.kontum.gov.vn",
        "  VanThu@SKHCN.KonTum.gov.vn | vanthu@skhcn.kontum.gov.vn",
        "vanthu@localhost | ",
        "văn thư@skhcn.gov.vn | ",
        "a@b@c.vn | ",
        " | ",
      },
      delimiter = '|')
  void addresses(String raw, String expected) {
    assertThat(Recipients.address(raw).orElse(null)).isEqualTo(expected);
  }
}
