package vn.plantrack.notification.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.plantrack.notification.NotificationInfrastructure;
import vn.plantrack.notification.SmtpServerResource;
import vn.plantrack.notification.rules.Notices;
import vn.plantrack.notification.service.Dispatcher;
import vn.plantrack.notification.service.NotificationTestRows;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.task.contract.TaskEvents;

/**
 * The owners' events on a real Kafka broker become inbox entries in a real PostgreSQL and emails
 * received by a real SMTP server (GreenMail on a TCP port), once each.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestProfile(Tokens.Validated.class)
@NotificationInfrastructure
class NotificationFlowTest {
  static final Duration WAIT = Duration.ofSeconds(40);
  static final String TITLE = "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @SmtpServerResource.Server GreenMail smtp;
  @Inject ObjectMapper json;
  @Inject NotificationTestRows rows;
  @Inject Dispatcher dispatcher;
  @Inject MeterRegistry registry;

  Events events;

  @BeforeEach
  void events() {
    events = new Events(json, kafka);
  }

  @Test
  void aTaskDueTomorrowIsToldOnceToItsLeadsFocalPointAndInbox() throws Exception {
    UUID stc = UUID.randomUUID();
    String address = "an." + stc + "@stc.kontum.gov.vn";
    events.organization(
        stc, "KT.STC", List.of(), List.of(Events.contact("Nguyễn Văn An", address)));
    await().atMost(WAIT).until(() -> rows.focalPointLists(stc) == 1);
    UUID task = UUID.randomUUID();
    events.task(TaskEvents.UPDATED, task, "II.3", TITLE, List.of(stc), 2);
    String eventId = UUID.randomUUID().toString();
    String reminder =
        events.reminder(TaskEvents.DUE_SOON, eventId, task, "II.3", TITLE, List.of(stc), 1);

    await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
    MimeMessage mail = mailsTo(address).get(0);
    assertThat(mail.getSubject()).isEqualTo("[PlanTrack] Nhiệm vụ II.3 còn 1 ngày đến hạn");
    String text = part(mail, "text/plain");
    assertThat(text)
        .contains("Kính gửi Nguyễn Văn An,")
        .contains("Nhiệm vụ II.3 “" + TITLE + "” còn 1 ngày đến hạn.")
        .contains("Thời hạn: Quý IV/2025")
        .contains("Hạn hoàn thành: 31/12/2025")
        .contains("Xem chi tiết: http://localhost:8080/tasks/" + task);
    assertThat(part(mail, "text/html")).contains("<td style=\"padding: 2px 0;\">Quý IV/2025</td>");
    RequestSpecification officer = as("officer", "KT", stc, null);
    officer
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].kind", equalTo("TASK_DUE_SOON"))
        .body("items[0].subject", equalTo("[PlanTrack] Nhiệm vụ II.3 còn 1 ngày đến hạn"))
        .body("items[0].read", equalTo(false));

    // Delivered again (a consumer restarted before committing its offset): nothing more. A reminder
    // of the same task for another organization, after it on the same partition, shows the
    // redelivery was read.
    events.send(TaskEvents.TOPIC, task, reminder);
    UUID cat = UUID.randomUUID();
    String other = "binh." + cat + "@cat.kontum.gov.vn";
    events.organization(cat, "KT.CAT", List.of(), List.of(Events.contact("Trần Thị Bình", other)));
    await().atMost(WAIT).until(() -> rows.focalPointLists(cat) == 1);
    events.reminder(
        TaskEvents.DUE_SOON, UUID.randomUUID().toString(), task, "II.3", TITLE, List.of(cat), 1);
    await().atMost(WAIT).until(() -> mailsTo(other).size() == 1);
    assertThat(mailsTo(address)).hasSize(1);
    officer.get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(1));

    // Once also without the consumer's de-duplication (another instance, a lost processed-event
    // row): the database's unique keys leave the event's entry and email as they are.
    Dispatcher.Told again =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    dispatcher.tell(
                        eventId,
                        "KT",
                        Notices.taskDueSoon(
                            "http://localhost:8080",
                            new Notices.Task(task, "II.3", TITLE, null, null),
                            1),
                        List.of(stc)));
    assertThat(again).isEqualTo(new Dispatcher.Told(0, 0));
    Thread.sleep(1500); // a send round (every 1 s in tests) would have sent a new row
    assertThat(mailsTo(address)).hasSize(1);
    assertThat(rows.emailStatuses(address)).containsExactly("SENT");
  }

  @Test
  void aCollectiveLeadIsToldThroughEachMembersFocalPoint() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    UUID group = UUID.randomUUID();
    String a = "vanthu." + first + "@huyen1.kontum.gov.vn";
    String b = "vanthu." + second + "@huyen2.kontum.gov.vn";
    events.organization(first, "KT.H1", List.of(), List.of(Events.contact("Văn thư huyện 1", a)));
    events.organization(second, "KT.H2", List.of(), List.of(Events.contact("Văn thư huyện 2", b)));
    events.organization(group, "KT.UBND-HUYEN", List.of(first, second), List.of());
    await()
        .atMost(WAIT)
        .until(
            () ->
                rows.focalPointLists(first) == 1
                    && rows.focalPointLists(second) == 1
                    && rows.focalPointLists(group) == 1);
    UUID task = UUID.randomUUID();
    // Assigned to the collective: each member is told.
    events.task(TaskEvents.CREATED, task, "III.1", "Rà soát quy hoạch", List.of(group), 1);
    // The reminder names the members whose part is not done (task-service's TaskReminder).
    events.reminder(
        TaskEvents.OVERDUE,
        UUID.randomUUID().toString(),
        task,
        "III.1",
        "Rà soát quy hoạch",
        List.of(first, second),
        null);
    await().atMost(WAIT).until(() -> mailsTo(a).size() == 2 && mailsTo(b).size() == 2);
    for (String address : List.of(a, b)) {
      assertThat(mailsTo(address))
          .extracting(MimeMessage::getSubject)
          .containsExactlyInAnyOrder(
              "[PlanTrack] Giao chủ trì nhiệm vụ III.1", "[PlanTrack] Nhiệm vụ III.1 đã quá hạn");
    }
    as("officer", "KT", first, null)
        .get("/api/v1/notifications/unread-count")
        .then()
        .statusCode(200)
        .body("unread", equalTo(2));
  }

  @Test
  void aDailyDigestGathersTheDaysEmailsInOne() throws Exception {
    UUID org = UUID.randomUUID();
    String address = "cuong." + org + "@skhcn.kontum.gov.vn";
    RequestSpecification user = as("officer", "KT", org, address);
    user.contentType("application/json")
        .body(
            """
            {"items": [{"kind": "TASK_OVERDUE", "channels": ["EMAIL", "INBOX"],
                        "delivery": "DAILY_DIGEST", "digestHour": 7}]}
            """)
        .put("/api/v1/notifications/preferences")
        .then()
        .statusCode(200)
        .body("items.find { it.kind == 'TASK_OVERDUE' }.delivery", equalTo("DAILY_DIGEST"))
        .body("items.find { it.kind == 'TASK_DUE_SOON' }.channels", equalTo(List.of("INBOX")));
    UUID t1 = UUID.randomUUID();
    UUID t2 = UUID.randomUUID();
    events.reminder(
        TaskEvents.OVERDUE,
        UUID.randomUUID().toString(),
        t1,
        "IV.1",
        "Báo cáo chuyển đổi số",
        List.of(org),
        null);
    events.reminder(
        TaskEvents.OVERDUE,
        UUID.randomUUID().toString(),
        t2,
        "IV.2",
        "Đào tạo kỹ năng số",
        List.of(org),
        null);
    await().atMost(WAIT).until(() -> rows.digestRowsAtHour(address, 7) == 2);
    Thread.sleep(1500); // a send round: a digest is not sent before its hour
    assertThat(mailsTo(address)).isEmpty();

    rows.digestHourComes(address);
    await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
    MimeMessage digest = mailsTo(address).get(0);
    assertThat(digest.getSubject()).startsWith("[PlanTrack] Tổng hợp 2 thông báo ngày ");
    assertThat(part(digest, "text/plain"))
        .contains("Nhiệm vụ IV.1 “Báo cáo chuyển đổi số” đã quá hạn")
        .contains("Nhiệm vụ IV.2 “Đào tạo kỹ năng số” đã quá hạn");
    Thread.sleep(1500);
    assertThat(mailsTo(address)).hasSize(1);
    assertThat(rows.emailStatuses(address)).containsExactly("SENT", "SENT");
  }

  @Test
  void theInboxPagesMarksReadAndShowsOnlyTheCallersOwn() {
    UUID org = UUID.randomUUID();
    for (int i = 1; i <= 3; i++) {
      events.reminder(
          TaskEvents.DUE_SOON,
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          "V." + i,
          "Nhiệm vụ " + i,
          List.of(org),
          i);
    }
    RequestSpecification officer = as("officer", "KT", org, null);
    await()
        .atMost(WAIT)
        .until(() -> officer.get("/api/v1/notifications").then().extract().path("total").equals(3));
    List<String> ids =
        officer
            .queryParam("size", 2)
            .get("/api/v1/notifications")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(2))
            .body("page", equalTo(0))
            .body("size", equalTo(2))
            .body("total", equalTo(3))
            .extract()
            .path("items.id");
    as("officer", "KT", org, null)
        .get("/api/v1/notifications/unread-count")
        .then()
        .body("unread", equalTo(3));
    as("officer", "KT", org, null)
        .post("/api/v1/notifications/" + ids.get(0) + "/read")
        .then()
        .statusCode(204);
    as("officer", "KT", org, null)
        .post("/api/v1/notifications/" + ids.get(0) + "/read")
        .then()
        .statusCode(204);
    as("officer", "KT", org, null)
        .get("/api/v1/notifications/unread-count")
        .then()
        .body("unread", equalTo(1 + 1));
    as("officer", "KT", org, null)
        .queryParam("unread", true)
        .get("/api/v1/notifications")
        .then()
        .body("total", equalTo(2));
    // Read marks are per user: a colleague of the same organization has all three unread.
    as("colleague", "KT", org, null)
        .get("/api/v1/notifications/unread-count")
        .then()
        .body("unread", equalTo(3));
    as("officer", "KT", org, null)
        .post("/api/v1/notifications/read-all")
        .then()
        .statusCode(200)
        .body("marked", equalTo(2));
    as("officer", "KT", org, null)
        .get("/api/v1/notifications/unread-count")
        .then()
        .body("unread", equalTo(0));

    // Another province's user naming the same organization, and another organization's: none.
    as("officer", "BK", org, null)
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    as("officer", "BK", org, null)
        .post("/api/v1/notifications/" + ids.get(1) + "/read")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
    as("officer", "KT", UUID.randomUUID(), null)
        .get("/api/v1/notifications")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void aReturnedReportTellsTheUnitWhyAndAnIssuedConsolidationTheCoordinators() throws Exception {
    UUID unit = UUID.randomUUID();
    String address = "baocao." + unit + "@stttt.kontum.gov.vn";
    events.organization(
        unit, "KT.STTTT", List.of(), List.of(Events.contact("Lê Văn Cường", address)));
    await().atMost(WAIT).until(() -> rows.focalPointLists(unit) == 1);
    UUID report = UUID.randomUUID();
    events.report(ReportEvents.RETURNED, report, unit, "2025-H1", "Thiếu số liệu chỉ tiêu 3");
    await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
    MimeMessage mail = mailsTo(address).get(0);
    assertThat(mail.getSubject()).isEqualTo("[PlanTrack] Báo cáo kỳ 2025-H1 bị trả lại");
    assertThat(part(mail, "text/plain"))
        .contains("Lý do trả lại: Thiếu số liệu chỉ tiêu 3")
        .contains("Hạn nộp: hết ngày 09/06/2025")
        .contains("/reports/" + report);
    as("officer", "KT", unit, null)
        .get("/api/v1/notifications")
        .then()
        .body("items[0].kind", equalTo("REPORT_RETURNED"));

    UUID consolidated = UUID.randomUUID();
    events.consolidatedIssued(consolidated, "KT", "2025-H1");
    await()
        .atMost(WAIT)
        .until(
            () ->
                ((List<?>)
                            as("coordinator", "KT", null, null)
                                .get("/api/v1/notifications?size=500")
                                .then()
                                .extract()
                                .path("items.findAll { it.link.endsWith('" + consolidated + "') }"))
                        .size()
                    == 1);
    // No organization's inbox gets a province-level notice.
    as("officer", "KT", unit, null).get("/api/v1/notifications").then().body("total", equalTo(1));
  }

  @Test
  void provinceLevelEventsReachTheProvincesCoordinators() {
    UUID plan = UUID.randomUUID();
    String number = "KH-" + plan.toString().substring(0, 8);
    events.importConfirmed(plan, "KT", number);
    RequestSpecification kt = as("coordinator", "KT", null, null);
    await()
        .atMost(WAIT)
        .until(
            () ->
                ((List<?>)
                            kt.get("/api/v1/notifications?size=500")
                                .then()
                                .extract()
                                .path("items.findAll { it.subject.contains('" + number + "') }"))
                        .size()
                    == 1);
    kt.get("/api/v1/notifications?size=500")
        .then()
        .body(
            "items.find { it.subject.contains('" + number + "') }.kind",
            equalTo("IMPORT_CONFIRMED"));
    // An indicator whose 2026 milestone falls to AT_RISK (2025's was already): one notice, 2026.
    UUID indicator = UUID.randomUUID();
    events.evaluationChanged(
        indicator,
        "CT-05",
        java.util.Map.of("2025", "AT_RISK", "2026", "ON_TRACK"),
        java.util.Map.of("2025", "AT_RISK", "2026", "AT_RISK"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                ((List<?>)
                            kt.get("/api/v1/notifications?size=500")
                                .then()
                                .extract()
                                .path("items.findAll { it.link.endsWith('" + indicator + "') }"))
                        .size()
                    == 1);
    kt.get("/api/v1/notifications?size=500")
        .then()
        .body(
            "items.find { it.link.endsWith('" + indicator + "') }.subject",
            equalTo("[PlanTrack] Chỉ tiêu CT-05 có nguy cơ không đạt"))
        .body(
            "items.find { it.link.endsWith('" + indicator + "') }.body",
            startsWith("Chỉ tiêu CT-05 có nguy cơ không đạt mục tiêu năm 2026."));
    as("coordinator", "BK", null, null)
        .get("/api/v1/notifications?size=500")
        .then()
        .body("items.findAll { it.kind == 'IMPORT_CONFIRMED' }.size()", equalTo(0));
    as("officer", "KT", UUID.randomUUID(), null)
        .get("/api/v1/notifications")
        .then()
        .body("total", equalTo(0));
  }

  /**
   * The SMTP server is away: each attempt fails, is tried again after the back-off (1 s, then 2 s
   * in tests), and after the last attempt (2 in tests) the email is FAILED with the SMTP error.
   * Last, as it stops the shared SMTP server (started again at the end).
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void anEmailThatCannotBeSentIsRetriedThenFailedWithTheError() {
    UUID org = UUID.randomUUID();
    String address = "vanthu." + org + "@sxd.kontum.gov.vn";
    events.organization(org, "KT.SXD", List.of(), List.of(Events.contact("Văn thư", address)));
    await().atMost(WAIT).until(() -> rows.focalPointLists(org) == 1);
    double failed = emails("failed");
    double retried = emails("retried");
    smtp.stop();
    try {
      events.reminder(
          TaskEvents.OVERDUE,
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          "VI.1",
          "Xây dựng kho dữ liệu",
          List.of(org),
          null);
      await()
          .atMost(WAIT)
          .until(
              () -> {
                List<Object[]> rows = this.rows.emails(address);
                return rows.size() == 1 && "FAILED".equals(rows.get(0)[0]);
              });
      Object[] email = rows.emails(address).get(0);
      assertThat(((Number) email[1]).intValue()).isEqualTo(2);
      assertThat((String) email[2]).isNotBlank();
      assertThat(emails("retried")).isEqualTo(retried + 1);
      assertThat(emails("failed")).isEqualTo(failed + 1);
    } finally {
      smtp.start();
    }
    assertThat(mailsTo(address)).isEmpty();
  }

  double emails(String outcome) {
    var counter =
        registry.find("plantrack_notification_emails_total").tag("outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void badInputIsAProblemNeverA500() {
    RequestSpecification user = as("officer", "KT", UUID.randomUUID(), null);
    for (String body :
        List.of(
            "{\"items\": [{\"kind\": \"TASK_OVERDUE\", \"channels\": [\"INBOX\"], \"delivery\": \"DAILY_DIGEST\", \"digestHour\": 24}]}",
            "{\"items\": [{\"kind\": \"NO_SUCH_KIND\", \"channels\": [\"INBOX\"], \"delivery\": \"IMMEDIATE\"}]}",
            "{\"items\": [{\"kind\": \"TASK_OVERDUE\", \"channels\": [\"EMAIL\"], \"delivery\": \"IMMEDIATE\"}]}",
            "{\"items\": [{\"kind\": \"TASK_OVERDUE\", \"channels\": [\"INBOX\"], \"delivery\": \"IMMEDIATE\"},"
                + " {\"kind\": \"TASK_OVERDUE\", \"channels\": [\"EMAIL\"], \"delivery\": \"IMMEDIATE\"}]}",
            "{\"items\": [{\"kind\": \"TASK_OVERDUE\", \"channels\": [\"SMS\"], \"delivery\": \"IMMEDIATE\"}]}",
            "{}",
            "not json")) {
      as("officer", "KT", UUID.randomUUID(), null)
          .contentType("application/json")
          .body(body)
          .put("/api/v1/notifications/preferences")
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"));
    }
    user.queryParam("size", 0).get("/api/v1/notifications").then().statusCode(400);
    as("officer", "KT", UUID.randomUUID(), null)
        .queryParam("sort", "subject,asc")
        .get("/api/v1/notifications")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    as("officer", "KT", UUID.randomUUID(), null)
        .post("/api/v1/notifications/" + UUID.randomUUID() + "/read")
        .then()
        .statusCode(404);
    given().get("/api/v1/notifications").then().statusCode(401);
  }

  /** A request with a validated token (email claim when given). */
  static RequestSpecification as(String role, String province, UUID org, String email) {
    String user = role + "." + province + "." + (org == null ? "none" : org);
    if (role.equals("colleague")) {
      role = "officer";
    }
    var claims = Tokens.claims(user, role, province, org);
    if (email != null) {
      claims.claim("email", email);
    }
    return given().auth().oauth2(claims.jws().keyId("1").sign("privateKey.jwk"));
  }

  List<MimeMessage> mailsTo(String address) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        Address[] to = message.getAllRecipients();
        if (to != null && Arrays.stream(to).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
          found.add(message);
        }
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  /** The message's part of a content type, decoded (UTF-8). */
  static String part(MimeMessage message, String type) throws Exception {
    Object content = message.getContent();
    if (content instanceof String text) {
      return message.isMimeType(type) ? text : "";
    }
    return part((Multipart) content, type);
  }

  private static String part(Multipart multipart, String type) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart body = multipart.getBodyPart(i);
      if (body.isMimeType(type)) {
        return (String) body.getContent();
      }
      if (body.getContent() instanceof Multipart inner) {
        String found = part(inner, type);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }
}
