package vn.plantrack.directory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.RecordedImports;
import vn.plantrack.directory.RecordedOpenWork;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * A service keeps its copies of plans and organizations from plan-service's documented events; a
 * merger hands the open work to the service, a confirmed import goes to the service untouched, and
 * an event lacking what the copy needs goes to the dead-letter topic.
 */
@QuarkusTest
@RealInfrastructure
class DirectoryEventsConsumerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEAD_LETTER = "plantrack.task.dead-letter";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;
  @Inject RecordedOpenWork openWork;
  @Inject RecordedImports imports;

  /** One of plan-service's documented events, as a new event about {@code subject}. */
  static ObjectNode example(String name, UUID subject) throws Exception {
    Path root = Path.of(System.getProperty("plantrack.root", "../"));
    ObjectNode event =
        (ObjectNode)
            JSON.readTree(Files.readString(root.resolve("plan-service/docs/events/" + name)));
    event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
    data(event).put("id", subject.toString());
    return event;
  }

  static ObjectNode data(ObjectNode event) {
    return (ObjectNode) event.get("data");
  }

  @Test
  void plansAndOrganizationsAreCopiedAndAMergerEndsTheOrganization() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = example("plan.issued.v1.json", plan);
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());

    UUID org = UUID.randomUUID();
    ObjectNode updated = example("organization.updated.v1.json", org);
    data(updated).put("version", 3);
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), updated.toString());

    ObjectNode merged = example("organization.merged.v1.json", org);
    data(merged).put("version", 4);
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), merged.toString());
    // A replay of the older update must not bring the organization back.
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), updated.toString());

    // The two topics are consumed independently: wait for both copies.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> find(org) != null && find(org).validTo != null && findPlan(plan) != null);
    KnownPlan copy = findPlan(plan);
    assertThat(copy.number).isEqualTo("1570/KH-UBND");
    assertThat(copy.province).isEqualTo("KT");
    assertThat(copy.status).isEqualTo("ISSUED");
    assertThat(copy.sections).containsExactly("I", "VII");
    assertThat(copy.issuedOn).isEqualTo(LocalDate.of(2025, 5, 8));
    KnownOrganization ended = find(org);
    assertThat(ended.validTo).isEqualTo(LocalDate.parse("2025-02-28"));
    assertThat(ended.version).isEqualTo(4);
    assertThat(ended.code).isEqualTo("KT.STC");
    assertThat(ended.name).isEqualTo("Sở Tài chính");
    assertThat(ended.type).isEqualTo("DEPARTMENT");
    assertThat(openWork.of(org))
        .containsExactly(
            new RecordedOpenWork.Move(
                org,
                UUID.fromString("3b66bee5-abff-311f-8012-2e65499a6f43"),
                LocalDate.of(2025, 3, 1)));
  }

  /** An organization of province ZZ (no other test's), as plan-service announces it. */
  private void organization(
      UUID id, String type, List<String> memberTypes, String name, int version) throws Exception {
    ObjectNode event = example("organization.updated.v1.json", id);
    data(event)
        .put("province", "ZZ")
        .put("code", "ZZ." + id)
        .put("name", name)
        .put("type", type)
        .put("version", version);
    ArrayNode types = data(event).putArray("memberTypes");
    memberTypes.forEach(types::add);
    TopicReader.send(kafka, "plantrack.organizations", id.toString(), event.toString());
  }

  @Test
  void aCollectiveWhoseMembersChangeIsNamedToTheServiceAndARenameIsNot() throws Exception {
    UUID group = UUID.randomUUID();
    UUID department = UUID.randomUUID();
    // "Các sở, ngành": every department of the province, whoever they are on the day.
    organization(group, "GROUP", List.of("DEPARTMENT"), "Các sở, ngành", 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> find(group) != null);
    long before = openWork.membersChangedOf(group);

    // A new department joins the collective by its type.
    organization(department, "DEPARTMENT", List.of(), "Sở Ngoại vụ", 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> openWork.membersChangedOf(group) == before + 1);
    // A new name changes nobody's membership.
    organization(department, "DEPARTMENT", List.of(), "Sở Ngoại vụ tỉnh", 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "Sở Ngoại vụ tỉnh".equals(find(department).name));
    assertThat(openWork.membersChangedOf(group)).isEqualTo(before + 1);
    // Becoming a board, it leaves the collective of departments.
    organization(department, "BOARD", List.of(), "Ban Ngoại vụ", 3);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> openWork.membersChangedOf(group) == before + 2);
    // The collective's own list changes: it now stands for boards too.
    organization(group, "GROUP", List.of("DEPARTMENT", "BOARD"), "Các sở, ban, ngành", 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> openWork.membersChangedOf(group) == before + 3);
  }

  @Test
  void aConfirmedImportGoesToTheServiceAndIsNoPlanCopy() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode confirmed = example("plan.import-confirmed.v1.json", plan);
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    // Sent after it on the same partition: once its copy exists, the import was consumed.
    TopicReader.send(
        kafka, "plantrack.plans", plan.toString(), example("plan.issued.v1.json", plan).toString());

    await().atMost(Duration.ofSeconds(20)).until(() -> findPlan(plan) != null);
    assertThat(imports.eventIds()).containsOnlyOnce(confirmed.get("id").asText());
    assertThat(findPlan(plan).version).isEqualTo(1);
  }

  @Test
  void anEventLackingWhatTheCopyNeedsIsDeadLetteredAndChangesNothing() throws Exception {
    UUID org = UUID.randomUUID();
    ObjectNode nameless = example("organization.updated.v1.json", org);
    data(nameless).remove("province");
    UUID plan = UUID.randomUUID();
    ObjectNode numberless = example("plan.issued.v1.json", plan);
    data(numberless).putNull("number");
    UUID merged = UUID.randomUUID();
    ObjectNode heirless = example("organization.merged.v1.json", merged);
    data(heirless).putArray("successorIds");
    ObjectNode undated = example("organization.merged.v1.json", merged);
    data(undated).put("effectiveOn", "1 tháng 3");

    TopicReader.send(kafka, "plantrack.organizations", org.toString(), nameless.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), numberless.toString());
    TopicReader.send(kafka, "plantrack.organizations", merged.toString(), heirless.toString());
    TopicReader.send(kafka, "plantrack.organizations", merged.toString(), undated.toString());

    // Each of the four, dead-lettered (a rebalance may dead-letter one twice: at least once).
    assertThat(
            TopicReader.awaitDistinct(
                kafka,
                DEAD_LETTER,
                r ->
                    r.key().equals(org.toString())
                        || r.key().equals(plan.toString())
                        || r.key().equals(merged.toString()),
                DirectoryEventsConsumerTest::eventId,
                4,
                Duration.ofSeconds(30)))
        .containsExactlyInAnyOrder(
            nameless.get("id").asText(),
            numberless.get("id").asText(),
            heirless.get("id").asText(),
            undated.get("id").asText());
    assertThat(find(org)).isNull();
    assertThat(findPlan(plan)).isNull();
    assertThat(openWork.of(merged)).isEmpty();
  }

  private static String eventId(
      org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
    try {
      return JSON.readTree(r.value()).get("id").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private KnownOrganization find(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> organizations.findById(id));
  }

  private KnownPlan findPlan(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> plans.findById(id));
  }
}
