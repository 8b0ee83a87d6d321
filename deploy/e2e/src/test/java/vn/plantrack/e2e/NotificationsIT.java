package vn.plantrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private static final HttpClient MAIL_API = HttpClient.newHttpClient();

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

    // Creating the task already told its lead it was assigned (one mail, one entry of its own); the
    // reminder is the mail and entry that say "còn 1 ngày đến hạn".
    List<JsonNode> dueSoon =
        awaitNonEmpty(() -> dueSoonMails(email, code), Duration.ofSeconds(150));
    assertThat(dueSoon).hasSize(1);
    assertThat(dueSoon.get(0).path("mimeMessage").asText()).contains("To: " + email);
    assertThat(mailsFor(email)).as("the assignment and the reminder, each once").hasSize(2);

    String officer = Fixtures.owner("KT");
    List<JsonNode> entries =
        awaitNonEmpty(() -> inboxEntries(officer, code, "TASK_DUE_SOON"), Duration.ofSeconds(60));
    assertThat(entries).hasSize(1);

    // The reminder job runs again (every 20 s on this stack): still one of each.
    Api.sleep(Duration.ofSeconds(30));
    assertThat(dueSoonMails(email, code)).hasSize(1);
    assertThat(inboxEntries(officer, code, "TASK_DUE_SOON")).hasSize(1);
    // Another province's officer has nothing of it.
    assertThat(inboxEntries(Fixtures.owner("BK"), code, "TASK_DUE_SOON")).isEmpty();
  }

  private static List<JsonNode> dueSoonMails(String email, String code) {
    return mailsFor(email).stream()
        .filter(m -> m.path("subject").asText().contains(code))
        .filter(m -> m.path("subject").asText().contains("đến hạn"))
        .toList();
  }

  /** The mailbox as the mail server keeps it (its own API, not PlanTrack's: no contract check). */
  private static List<JsonNode> mailsFor(String email) {
    List<JsonNode> mails = new ArrayList<>();
    try {
      HttpResponse<String> answer =
          MAIL_API.send(
              HttpRequest.newBuilder(
                      URI.create(
                          MAILBOXES
                              + URLEncoder.encode(email, StandardCharsets.UTF_8)
                              + "/messages/INBOX"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200) {
        Stack.JSON.readTree(answer.body()).forEach(mails::add);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return mails;
  }

  private static List<JsonNode> inboxEntries(String token, String code, String kind) {
    Api.Answer answer = Api.get(Fixtures.url("/api/v1/notifications?size=100"), token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    answer
        .json()
        .path("items")
        .forEach(
            e -> {
              boolean about =
                  e.path("subject").asText().contains(code)
                      || e.path("body").asText().contains(code);
              if (about && kind.equals(e.path("kind").asText())) {
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
