package vn.plantrack.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.jobs.JobHeartbeat;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.repository.ReadModelSchemas;
import vn.plantrack.reporting.service.ReadModelRebuildKeeper;

/**
 * A rebuild cannot destroy (issue 15, item 2): it builds a fresh read model aside while the live
 * one keeps serving and being fed, switches once caught up (the tables keep every name Flyway gave
 * them), and a job that fails midway leaves the live model exactly as it was. One runs at a time,
 * across instances (a row in the database, not a lock in one JVM).
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class ReadModelRebuildTest {
  static final String REBUILD = "/api/v1/reporting/read-model/rebuild";
  static final List<String> OWN_TABLES =
      List.of("unit_report", "consolidated_report", "export_job", "outbox_event", "audit_entry");

  @Inject AgroalDataSource db;
  @Inject ReadModelRebuildKeeper keeper;
  @Inject JobHeartbeat heartbeat;
  @Inject Flyway flyway;

  static Response admin(String method, String path) {
    return KonTumReportingTest.as("admin", null, null).request(method, path);
  }

  /** Starts a rebuild and waits for it to end with {@code status}; its final state. */
  static JsonPath rebuildAndAwait(String status) {
    Response started = admin("POST", REBUILD);
    started.then().statusCode(202).body("status", equalTo("RUNNING"));
    String location = started.header("Location");
    assertThat(location).startsWith("/api/v1/reporting/read-model/rebuilds/");
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !"RUNNING".equals(admin("GET", location).jsonPath().getString("status")));
    JsonPath job = admin("GET", location).then().statusCode(200).extract().jsonPath();
    assertThat(job.getString("status")).as("the rebuild: %s", job.prettify()).isEqualTo(status);
    return job;
  }

  static void organization(UUID id, long version, String name) {
    TopicReader.send(
        KonTumReportingTest.kafka(),
        "plantrack.organizations",
        id.toString(),
        organizationEvent(id, version, name).toString());
  }

  static ObjectNode organizationEvent(UUID id, long version, String name) {
    try {
      ObjectNode e =
          KonTumReportingTest.example("plan-service/docs/events/organization.updated.v1.json");
      e.put("id", UUID.randomUUID().toString()).put("subject", id.toString());
      ((ObjectNode) e.get("data"))
          .put("id", id.toString())
          .put("version", version)
          .put("name", name)
          .put("type", "DEPARTMENT");
      return e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void task(UUID plan, UUID task, long version, String status) throws Exception {
    ObjectNode e =
        KonTumReportingTest.example("task-service/docs/events/task.status-changed.v1.json");
    e.put("id", UUID.randomUUID().toString()).put("subject", task.toString());
    ObjectNode d = (ObjectNode) e.get("data");
    d.put("id", task.toString())
        .put("version", version)
        .put("planId", plan.toString())
        .put("code", "RB-" + task.toString().substring(0, 4))
        .put("status", status);
    d.set(
        "timeline",
        KonTumReportingTest.timeline(
            "Trước 30/6/2025", "DATE", "2025-06-29", status, null, version));
    TopicReader.send(KonTumReportingTest.kafka(), "plantrack.tasks", task.toString(), e.toString());
  }

  @Test
  void buildsAsideAndSwitchesOnceCaughtUpKeepingEveryNameAndReportingsOwnData() throws Exception {
    UUID org = UUID.randomUUID();
    UUID plan = UUID.randomUUID();
    UUID task = UUID.randomUUID();
    organization(org, 1, "Sở Tài chính");
    task(plan, task, 1, "NOT_STARTED");
    task(plan, task, 2, "IN_PROGRESS");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("task_view_version where task_id = '" + task + "'") == 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> "Sở Tài chính".equals(nameOf(org)));
    // The live model drifted (a lost event, a hand-made change): the rebuild's answer is the
    // topics'.
    update("update organization_view set name = 'hỏng' where id = '" + org + "'");
    update("delete from task_view_version where task_id = '" + task + "' and version = 1");
    Map<String, List<String>> definitions = definitions();
    Map<String, Long> own = counts(OWN_TABLES);
    long positions = count("read_model_position");

    JsonPath job = rebuildAndAwait("DONE");

    assertThat(nameOf(org)).isEqualTo("Sở Tài chính");
    assertThat(count("task_view_version where task_id = '" + task + "'")).isEqualTo(2);
    assertThat(count("task_view where id = '" + task + "' and version = 2")).isEqualTo(1);
    assertThat(count("read_model_position")).isEqualTo(positions);
    // The same tables, columns, constraints and indexes, by the names Flyway gave them: its later
    // migrations find what they name; its history stayed where it was.
    assertThat(definitions()).isEqualTo(definitions);
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(leftovers()).isEmpty();
    assertThat(counts(OWN_TABLES)).isEqualTo(own);
    // Progress per topic: everything aimed at was read.
    List<Map<String, Object>> topics = job.getList("topics");
    assertThat(topics)
        .extracting(t -> t.get("topic"))
        .containsExactly(
            "plantrack.organizations",
            "plantrack.plans",
            "plantrack.tasks",
            "plantrack.indicators");
    for (Map<String, Object> t : topics) {
      assertThat(t.get("reached")).as("%s", t).isEqualTo(t.get("end"));
    }
    assertThat(((Number) topics.get(2).get("applied")).longValue()).isGreaterThanOrEqualTo(2);
    assertThat(job.getString("finishedAt")).isNotNull();
    assertThat(job.getString("startedBy")).isNotBlank();
    KonTumReportingTest.coordinator().post(REBUILD).then().statusCode(403);
    KonTumReportingTest.coordinator()
        .get("/api/v1/reporting/read-model/rebuilds/" + job.getString("id"))
        .then()
        .statusCode(403);
    admin("GET", "/api/v1/reporting/read-model/rebuilds/" + UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void oneRunsAtATimeAcrossInstancesAndOneWhoseInstanceDiedIsFailedByAnother() throws Exception {
    UUID other = UUID.randomUUID();
    update(
        "insert into read_model_rebuild (id, status, phase, topics, owner, heartbeat_at,"
            + " started_at, started_by) values ('"
            + other
            + "', 'RUNNING', 'REPLAYING', '[]', 'another-host/0000', now(), now(), 'admin')");
    admin("POST", REBUILD).then().statusCode(409).body("status", equalTo(409));
    // That instance died: its lease runs out, this one fails its rebuild, a new one may start.
    update(
        "update read_model_rebuild set heartbeat_at = now() - interval '1 hour' where id = '"
            + other
            + "'");
    assertThat(heartbeat.beat(keeper)).isEqualTo(1);
    admin("GET", "/api/v1/reporting/read-model/rebuilds/" + other)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("error", startsWith("the reporting-service instance running this rebuild stopped"));
    // What a crashed rebuild left aside is dropped by the next one.
    update("create schema " + ReadModelSchemas.asideOf(other));
    update(
        "create table "
            + ReadModelSchemas.asideOf(other)
            + ".organization_view (like organization_view)");
    rebuildAndAwait("DONE");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aRebuildThatFailsMidwayLeavesTheLiveModelAsItWasWhichKeepsServingAndBeingFed()
      throws Exception {
    // Enough events that the rebuild takes a while.
    UUID org = UUID.randomUUID();
    long organizations = count("organization_view");
    organization(org, 1, "Sở Kế hoạch và Đầu tư");
    sendMany(5_000);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> count("organization_view") == organizations + 5_001);
    update("update organization_view set name = 'lệch' where id = '" + org + "'");
    Map<String, Long> before = counts(ReadModelSchemas.TABLES);

    Response started = admin("POST", REBUILD);
    started.then().statusCode(202);
    String location = started.header("Location");
    String id = started.jsonPath().getString("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              JsonPath j = admin("GET", location).jsonPath();
              return "REPLAYING".equals(j.getString("phase")) && j.getLong("topics[0].reached") > 0;
            });
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      // Hold the job's row: the rebuild stops at its next step (it records each), midway.
      try (PreparedStatement s =
              c.prepareStatement(
                  "select phase from read_model_rebuild where id = ?::uuid for update");
          PreparedStatement fail =
              c.prepareStatement(
                  "update read_model_rebuild set status = 'FAILED', error = 'lost',"
                      + " finished_at = now() where id = ?::uuid")) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          assertThat(r.next()).isTrue();
          assertThat(r.getString(1)).as("caught midway").isEqualTo("REPLAYING");
        }
        // Meanwhile the live model serves reads and the live consumers feed it.
        UUID fed = UUID.randomUUID();
        organization(fed, 1, "Sở Y tế");
        await().atMost(Duration.ofSeconds(20)).until(() -> "Sở Y tế".equals(nameOf(fed)));
        assertThat(nameOf(org)).isEqualTo("lệch");
        KonTumReportingTest.coordinator()
            .get("/api/v1/reporting/read-model")
            .then()
            .statusCode(200);
        // Its instance is taken for dead: another one fails the job (as after a crash).
        fail.setString(1, id);
        assertThat(fail.executeUpdate()).isEqualTo(1);
      }
      c.commit();
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> leftovers().isEmpty());
    admin("GET", location)
        .then()
        .body("status", equalTo("FAILED"))
        .body("error", equalTo("lost"))
        .body("phase", equalTo("REPLAYING"));

    // The live model is as it was, the drifted row included, plus what was fed meanwhile.
    assertThat(nameOf(org)).isEqualTo("lệch");
    Map<String, Long> after = counts(ReadModelSchemas.TABLES);
    assertThat(after.get("organization_view")).isEqualTo(before.get("organization_view") + 1);
    after.remove("organization_view");
    after.remove("read_model_position");
    Map<String, Long> expected = new LinkedHashMap<>(before);
    expected.remove("organization_view");
    expected.remove("read_model_position");
    assertThat(after).isEqualTo(expected);

    // A rebuild to the end puts it right.
    rebuildAndAwait("DONE");
    assertThat(nameOf(org)).isEqualTo("Sở Kế hoạch và Đầu tư");
  }

  @Test
  void theOwnersTopicsAreKeptForEverSoARebuildReadsEventsOlderThanTheOldSevenDays()
      throws Exception {
    // The broker keeps every topic another service reads (the four read models are built from, and
    // plantrack.reports, which notification-service reads) for ever, uncompacted; the others keep
    // its 7 days (deploy/infra KafkaAccess.replayedTopics).
    try (Admin admin = Admin.create(TopicReader.asAdmin(KonTumReportingTest.kafka()))) {
      for (String topic :
          List.of(
              "plantrack.organizations",
              "plantrack.plans",
              "plantrack.tasks",
              "plantrack.indicators",
              // notification-service reads it: a topic with a reader is kept like the others.
              "plantrack.reports")) {
        Config config = configOf(admin, topic);
        assertThat(config.get("retention.ms").value()).as(topic).isEqualTo("-1");
        assertThat(config.get("retention.bytes").value()).as(topic).isEqualTo("-1");
        assertThat(config.get("cleanup.policy").value()).as(topic).isEqualTo("delete");
      }
      // A topic nobody else reads (a dead-letter topic) keeps the broker's default retention.
      assertThat(configOf(admin, "plantrack.reporting.dead-letter").get("retention.ms").value())
          .isNotEqualTo("-1");
    }
    // Events of 30 days ago (past the 168 h the topics kept before) are read and applied.
    java.time.Instant old = java.time.Instant.now().minus(Duration.ofDays(30));
    UUID org = UUID.randomUUID();
    ObjectNode event = organizationEvent(org, 1, "Sở Giáo dục và Đào tạo");
    event.put("time", old.toString());
    Properties props = TopicReader.asAdmin(KonTumReportingTest.kafka());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      producer
          .send(
              new ProducerRecord<>(
                  "plantrack.organizations",
                  null,
                  old.toEpochMilli(),
                  org.toString(),
                  event.toString()))
          .get();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "Sở Giáo dục và Đào tạo".equals(nameOf(org)));
    // The row is lost from the live model; the rebuild finds it on the topic.
    update("delete from organization_view where id = '" + org + "'");
    rebuildAndAwait("DONE");
    assertThat(nameOf(org)).isEqualTo("Sở Giáo dục và Đào tạo");
  }

  private static Config configOf(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get().get(resource);
  }

  /** Sends {@code n} organization events at once (one producer). */
  static void sendMany(int n) throws Exception {
    Properties props = TopicReader.asAdmin(KonTumReportingTest.kafka());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        UUID id = UUID.randomUUID();
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    "plantrack.organizations",
                    id.toString(),
                    organizationEvent(id, 1, "Đơn vị " + i).toString())));
      }
      for (var f : sent) {
        f.get();
      }
    }
  }

  String nameOf(UUID org) throws SQLException {
    List<String> names = strings("select name from organization_view where id = '" + org + "'");
    return names.isEmpty() ? null : names.get(0);
  }

  long count(String fromWhere) throws SQLException {
    return Long.parseLong(strings("select count(*) from " + fromWhere).get(0));
  }

  Map<String, Long> counts(List<String> tables) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String t : tables) {
      counts.put(t, count(t));
    }
    return counts;
  }

  List<String> leftovers() throws SQLException {
    return strings(
        "select nspname from pg_namespace where nspname like 'read\\_model\\_%' order by 1");
  }

  /** Each read-model table's columns, constraints and indexes, as the catalog defines them. */
  Map<String, List<String>> definitions() throws SQLException {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (String t : ReadModelSchemas.TABLES) {
      List<String> d = new ArrayList<>();
      d.addAll(
          strings(
              "select column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                  + " || coalesce(column_default, '') from information_schema.columns"
                  + " where table_schema = 'public' and table_name = '"
                  + t
                  + "' order by ordinal_position"));
      d.addAll(
          strings(
              "select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                  + " where conrelid = 'public."
                  + t
                  + "'::regclass order by conname"));
      d.addAll(
          strings(
              "select indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'"
                  + " and tablename = '"
                  + t
                  + "' order by indexname"));
      all.put(t, d);
    }
    return all;
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  private void update(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
