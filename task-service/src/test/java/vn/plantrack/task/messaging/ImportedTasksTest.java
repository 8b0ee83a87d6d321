package vn.plantrack.task.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.task.Task;
import vn.plantrack.task.repository.TaskRepository;

/**
 * A confirmed plan import (plan-service's documented example) becomes the plan's tasks, sub-tasks
 * under their parent, attributed to whoever confirmed; a redelivery and a second confirmation event
 * create nothing twice.
 */
@QuarkusTest
@RealInfrastructure
class ImportedTasksTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject TaskRepository tasks;
  @Inject vn.plantrack.directory.repository.KnownPlanRepository plans;

  @Test
  void theImportsTasksAreCreatedOnceWithTheirParentAndAuthor() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = TaskEventsTest.example("plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    ((ObjectNode) issued.get("data"))
        .set("sections", TaskEventsTest.example("plan.issued.v1.json").get("data").get("sections"));
    ObjectNode confirmed = TaskEventsTest.example("plan.import-confirmed.v1.json");
    confirmed.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) confirmed.get("data")).put("id", plan.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    // The same event again (a redelivery), and a second event with the same tasks (a replay).
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    confirmed.put("id", UUID.randomUUID().toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    // A marker after them on the same partition: once it is applied, so are they.
    ObjectNode later = issued.deepCopy();
    later.put("id", UUID.randomUUID().toString());
    ((ObjectNode) later.get("data")).put("version", 99).put("number", "1570/KH-UBND (marker)");
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), later.toString());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            tasks.count("planId = ?1", plan) >= 2
                                && "1570/KH-UBND (marker)".equals(markerNumber(plan))));
    List<Task> created =
        QuarkusTransaction.requiringNew().call(() -> tasks.list("planId = ?1 order by code", plan));
    assertThat(created).extracting(t -> t.code).containsExactly("38", "38.1");
    Task parent = created.get(0);
    Task sub = created.get(1);
    assertThat(sub.parentId).isEqualTo(parent.id);
    assertThat(sub.deadlineText).isEqualTo("6/2026");
    assertThat(sub.dueDate).hasToString("2026-06-30");
    assertThat(sub.leadOrgIds)
        .containsExactly(UUID.fromString("029c724d-4933-3a4d-b085-f13e6bdac387"));
    assertThat(sub.createdBy).isEqualTo("kt.coordinator");
    // The example's section III is not among this plan copy's sections (I, VII): left unset.
    assertThat(parent.sectionCode).isNull();
  }

  /**
   * Only plan-service may confirm an import: the same event from another source (a forger with
   * write access to the topic) is dead-lettered with the reason and creates nothing.
   */
  @Test
  void aForgedImportConfirmationIsDeadLetteredAndCreatesNoTasks() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = TaskEventsTest.example("plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    ObjectNode forged = TaskEventsTest.example("plan.import-confirmed.v1.json");
    String forgedId = UUID.randomUUID().toString();
    forged.put("id", forgedId).put("subject", plan.toString());
    forged.put("source", "/plantrack/indicator-service");
    ((ObjectNode) forged.get("data")).put("id", plan.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), forged.toString());
    ObjectNode later = issued.deepCopy();
    later.put("id", UUID.randomUUID().toString());
    ((ObjectNode) later.get("data")).put("version", 99).put("number", "1570/KH-UBND (marker)");
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), later.toString());

    var dead =
        TopicReader.await(
            kafka,
            "plantrack.task.dead-letter",
            r -> r.value().contains(forgedId),
            1,
            Duration.ofSeconds(30));
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), UTF_8))
        .contains("/plantrack/indicator-service is not plantrack.plans's owner");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> "1570/KH-UBND (marker)".equals(markerNumber(plan))));
    assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.count("planId = ?1", plan)))
        .isZero();
  }

  private String markerNumber(UUID plan) {
    var known = plans.findById(plan);
    return known == null ? null : known.number;
  }

  /**
   * One bad row (no title) and the sub-task under it are left out and reported on the dead-letter
   * topic with the event; the plan's other rows are created (issue 15: one failure dropped the
   * whole list).
   */
  @Test
  void aBadRowIsReportedAndTheRestOfThePlanIsCreated() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = TaskEventsTest.example("plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    ObjectNode confirmed = TaskEventsTest.example("plan.import-confirmed.v1.json");
    String eventId = UUID.randomUUID().toString();
    confirmed.put("id", eventId).put("subject", plan.toString());
    ObjectNode data = (ObjectNode) confirmed.get("data");
    data.put("id", plan.toString());
    var rows = (com.fasterxml.jackson.databind.node.ArrayNode) data.get("tasks");
    ObjectNode bad = rows.get(0).deepCopy();
    bad.put("code", "39").remove("title");
    ObjectNode underBad = rows.get(1).deepCopy();
    underBad.put("code", "39.1").put("parentCode", "39");
    ObjectNode fine = rows.get(0).deepCopy();
    fine.put("code", "40").put("title", "Chuyển đổi số trong cơ quan nhà nước");
    ObjectNode badId = rows.get(0).deepCopy();
    badId.put("code", "41").putArray("leadOrgIds").add("not-a-uuid");
    rows.add(bad).add(underBad).add(fine).add(badId);
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());

    var letters =
        TopicReader.await(
            kafka,
            "plantrack.task.dead-letter",
            r -> r.value().contains(eventId + "/rejected"),
            1,
            Duration.ofSeconds(60));
    assertThat(letters).hasSize(1);
    String reason =
        new String(
            letters.get(0).headers().lastHeader("dead-letter-reason").value(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(reason)
        .startsWith("task.plans: rejected parts: ")
        .contains("39: title missing")
        .contains("41: leadOrgIds holds something that is not a UUID")
        .contains("39.1: no parent 39");
    assertThat(
            new String(
                letters.get(0).headers().lastHeader("dead-letter-topic").value(),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("plantrack.plans");
    List<Task> created =
        QuarkusTransaction.requiringNew().call(() -> tasks.list("planId = ?1 order by code", plan));
    assertThat(created).extracting(t -> t.code).containsExactly("38", "38.1", "40");
  }
}
