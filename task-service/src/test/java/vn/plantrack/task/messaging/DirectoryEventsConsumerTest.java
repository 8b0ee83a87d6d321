package vn.plantrack.task.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.task.KnownOrganization;
import vn.plantrack.task.KnownPlan;
import vn.plantrack.task.repository.KnownOrganizationRepository;
import vn.plantrack.task.repository.KnownPlanRepository;

/**
 * task-service keeps its copies of plans and organizations from plan-service's documented events.
 */
@QuarkusTest
@RealInfrastructure
class DirectoryEventsConsumerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;

  static ObjectNode example(String name) throws Exception {
    Path root = Path.of(System.getProperty("plantrack.root", "../"));
    return (ObjectNode)
        JSON.readTree(Files.readString(root.resolve("plan-service/docs/events/" + name)));
  }

  @Test
  void plansAndOrganizationsAreCopiedAndAMergerEndsTheOrganization() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = example("plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());

    UUID org = UUID.randomUUID();
    ObjectNode updated = example("organization.updated.v1.json");
    updated.put("id", UUID.randomUUID().toString()).put("subject", org.toString());
    ((ObjectNode) updated.get("data")).put("id", org.toString()).put("version", 3);
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), updated.toString());

    ObjectNode merged = example("organization.merged.v1.json");
    merged.put("id", UUID.randomUUID().toString()).put("subject", org.toString());
    ((ObjectNode) merged.get("data")).put("id", org.toString()).put("version", 4);
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), merged.toString());
    // A replay of the older update must not bring the organization back.
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), updated.toString());

    // The two topics are consumed independently: wait for both copies.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                find(org) != null
                    && find(org).validTo != null
                    && QuarkusTransaction.requiringNew().call(() -> plans.findById(plan)) != null);
    KnownPlan copy = QuarkusTransaction.requiringNew().call(() -> plans.findById(plan));
    assertThat(copy.number).isEqualTo("1570/KH-UBND");
    assertThat(copy.sections).containsExactly("I", "VII");
    assertThat(find(org).validTo).isEqualTo(LocalDate.parse("2025-02-28"));
    assertThat(find(org).version).isEqualTo(4);
    assertThat(find(org).code).isEqualTo("KT.STC");
  }

  private KnownOrganization find(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> organizations.findById(id));
  }
}
