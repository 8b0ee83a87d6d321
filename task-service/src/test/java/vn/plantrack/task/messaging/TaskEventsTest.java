package vn.plantrack.task.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.test.PublishedData;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.task.Task;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskEvents;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskRepository;
import vn.plantrack.task.service.Reminders;

/**
 * Reminders go out once per task and due date; a merger moves open tasks to the successor, not
 * closed ones.
 */
@QuarkusTest
@RealInfrastructure
class TaskEventsTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject TaskRepository tasks;
  @Inject Reminders reminders;
  @Inject EventData eventData;
  @Inject ObjectMapper mapper;

  /** One of plan-service's documented events (plan-service/docs/events). */
  static ObjectNode example(String name) throws Exception {
    Path root = Path.of(System.getProperty("plantrack.root", "../"));
    return (ObjectNode)
        new ObjectMapper()
            .readTree(Files.readString(root.resolve("plan-service/docs/events/" + name)));
  }

  UUID insert(String province, UUID lead, TaskStatus status, LocalDate due) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Task t = new Task();
              t.id = UUID.randomUUID();
              t.province = province;
              t.planId = UUID.randomUUID();
              t.code = "T-" + t.id.toString().substring(0, 8);
              t.title = "Nhiệm vụ thử";
              t.leadOrgIds = new ArrayList<>(List.of(lead));
              t.deadlineText = due.getMonthValue() + "/" + due.getYear();
              t.deadlineKind = DeadlineKind.MONTH;
              t.dueDate = due;
              t.status = status;
              if (status == TaskStatus.COMPLETED) {
                t.completedOn = due.minusDays(3);
              }
              t.stampCreated("test");
              tasks.persist(t);
              return t.id;
            });
  }

  @Test
  void dueSoonAndOverdueRemindersGoOutOncePerTaskAndDueDate() {
    LocalDate due = LocalDate.of(2031, 6, 30);
    UUID task = insert("KT", UUID.randomUUID(), TaskStatus.IN_PROGRESS, due);
    UUID done = insert("KT", UUID.randomUUID(), TaskStatus.COMPLETED, due);

    reminders.send(due.minusDays(7));
    reminders.send(due.minusDays(7));
    reminders.send(due.minusDays(1));
    reminders.send(due.plusDays(1));
    reminders.send(due.plusDays(2));

    assertThat(reminders.sentFor(task)).containsExactly("DUE_SOON_1", "DUE_SOON_7", "OVERDUE");
    assertThat(reminders.sentFor(done)).isEmpty();
    var sent =
        TopicReader.await(
            kafka,
            "plantrack.tasks",
            r -> task.toString().equals(r.key()),
            4,
            Duration.ofSeconds(10));
    assertThat(sent)
        .extracting(r -> r.value().contains("due-soon") ? "due-soon" : "overdue")
        .containsExactly("due-soon", "due-soon", "overdue");
    for (var reminder : sent) {
      assertIsTheRecord(reminder.value(), TaskEvents.TaskReminder.class);
    }
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aMergerMovesOpenTasksToTheSuccessorAndKeepsClosedOnes() throws Exception {
    UUID old = UUID.randomUUID();
    UUID successor = UUID.randomUUID();
    UUID open = insert("KT", old, TaskStatus.IN_PROGRESS, LocalDate.of(2025, 12, 31));
    UUID closed = insert("KT", old, TaskStatus.COMPLETED, LocalDate.of(2025, 6, 30));

    ObjectNode merged = example("organization.merged.v1.json");
    merged.put("id", UUID.randomUUID().toString()).put("subject", old.toString());
    ((ObjectNode) merged.get("data")).put("id", old.toString());
    ((ObjectNode) merged.get("data")).putArray("successorIds").add(successor.toString());
    TopicReader.send(kafka, "plantrack.organizations", old.toString(), merged.toString());

    await().atMost(Duration.ofSeconds(20)).until(() -> leadOf(open).contains(successor));
    assertThat(leadOf(open)).containsExactly(successor);
    assertThat(leadOf(closed)).containsExactly(old);
    given()
        .get("/api/v1/tasks/" + open + "/history")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("REASSIGNED"))
        .body(
            "items.find { it.action == 'REASSIGNED' }.changedBy",
            org.hamcrest.Matchers.equalTo("system"));
    given().get("/api/v1/tasks/" + open).then().body("leadOrgIds", contains(successor.toString()));
    var reassigned =
        TopicReader.await(
            kafka,
            "plantrack.tasks",
            r -> open.toString().equals(r.key()) && r.value().contains("reassigned"),
            1,
            Duration.ofSeconds(10));
    assertThat(reassigned).hasSize(1);
    assertIsTheRecord(reassigned.get(0).value(), TaskEvents.TaskReassigned.class);
  }

  /**
   * Its readers decode a published event as the contract's record, which is exactly what was
   * published: a field published under another name fails here, on the owner's side.
   */
  private <T extends Record> void assertIsTheRecord(String published, Class<T> type) {
    T record = eventData.decode(InboundEvent.parse(mapper, published), type, "id");
    PublishedData.assertIsTheRecord(mapper, published, record);
  }

  private List<UUID> leadOf(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> List.copyOf(tasks.findById(id).leadOrgIds));
  }
}
