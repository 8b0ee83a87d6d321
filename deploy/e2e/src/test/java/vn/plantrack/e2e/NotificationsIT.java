package vn.plantrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's promise on the real stack: a task that becomes due tomorrow produces one email to its
 * lead agency's focal point, read back from the stack's own SMTP server (GreenMail's mailbox API),
 * and one inbox entry for the agency's officers — never a second, though the reminder job runs
 * again (the stack runs it every 20 s, see deploy/e2e/pom.xml).
 */
class NotificationsIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String MAILBOXES = "http://127.0.0.1:" + (Stack.BASE + 26) + "/api/user/";

  private final Fixtures fixtures = new Fixtures();

  @Test
  void aTaskDueTomorrowIsToldOnceByEmailToTheFocalPointAndInTheInbox() throws Exception {
    String email = "dau-moi-" + fixtures.run.toLowerCase() + "@kontum.gov.vn";
    String stc = Fixtures.org("KT.STC").toString();
    String admin = Stack.userToken("admin");
    Api.Answer org = Api.get(Fixtures.url("/api/v1/organizations/" + stc), admin);
    assertThat(org.status()).isEqualTo(200);
    Api.Answer contacts =
        Api.call(
            "PUT",
            Fixtures.url("/api/v1/organizations/" + stc + "/contacts"),
            admin,
            Map.of("Content-Type", "application/json", "If-Match", org.header("ETag")),
            Fixtures.json(
                Map.of(
                    "contacts",
                    List.of(
                        Map.of(
                            "name", "Nguyễn Thị Lan",
                            "email", email,
                            "role", "Chuyên viên đầu mối")))));
    assertThat(contacts.status()).as(contacts.body()).isEqualTo(200);

    String tomorrow =
        LocalDate.now(VIETNAM).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String code = "TB" + fixtures.run;
    Map<String, Object> task = new HashMap<>();
    task.put("planId", fixtures.id("KT", "plan"));
    task.put("sectionCode", "I");
    task.put("code", code);
    task.put("title", "Báo cáo thử nhắc hạn " + code);
    task.put("leadOrgIds", List.of(stc));
    task.put("deadlineText", "Chậm nhất ngày " + tomorrow);
    // task-service learns the new plan from its event: until then the plan is unknown there.
    Api.Answer created =
        Api.post(Fixtures.url("/api/v1/tasks"), Fixtures.coordinator("KT"), Fixtures.json(task));
    for (int i = 0; i < 60 && created.status() == 400; i++) {
      Api.sleep(Duration.ofSeconds(1));
      created =
          Api.post(Fixtures.url("/api/v1/tasks"), Fixtures.coordinator("KT"), Fixtures.json(task));
    }
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    List<JsonNode> mails = awaitNonEmpty(() -> mailsFor(email), Duration.ofSeconds(150));
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).path("subject").asText()).contains(code);
    assertThat(mails.get(0).path("mimeMessage").asText()).contains("To: " + email);

    String officer = Fixtures.owner("KT");
    List<JsonNode> entries =
        awaitNonEmpty(() -> inboxEntriesAbout(officer, code), Duration.ofSeconds(60));
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("kind").asText()).isEqualTo("TASK_DUE_SOON");

    // The reminder job runs again (every 20 s on this stack): still one email, one entry.
    Api.sleep(Duration.ofSeconds(45));
    assertThat(mailsFor(email)).hasSize(1);
    assertThat(inboxEntriesAbout(officer, code)).hasSize(1);
    // Another province's officer has nothing of it.
    assertThat(inboxEntriesAbout(Fixtures.owner("BK"), code)).isEmpty();
  }

  private static List<JsonNode> mailsFor(String email) {
    Api.Answer answer =
        Api.get(
            MAILBOXES + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/INBOX", null);
    List<JsonNode> mails = new ArrayList<>();
    if (answer.ok()) {
      answer.json().forEach(mails::add);
    }
    return mails;
  }

  private static List<JsonNode> inboxEntriesAbout(String token, String code) {
    Api.Answer answer = Api.get(Fixtures.url("/api/v1/notifications?size=100"), token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    answer
        .json()
        .path("items")
        .forEach(
            e -> {
              if (e.path("subject").asText().contains(code)
                  || e.path("body").asText().contains(code)) {
                entries.add(e);
              }
            });
    return entries;
  }

  private static List<JsonNode> awaitNonEmpty(Supplier<List<JsonNode>> read, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    List<JsonNode> found = read.get();
    while (found.isEmpty() && System.nanoTime() < deadline) {
      Api.sleep(Duration.ofSeconds(2));
      found = read.get();
    }
    return found;
  }
}
