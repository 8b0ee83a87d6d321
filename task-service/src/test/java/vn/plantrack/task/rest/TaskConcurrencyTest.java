package vn.plantrack.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.task.TestDirectory.id;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.task.Task;
import vn.plantrack.task.TestDirectory;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.repository.TaskRepository;

/**
 * Writes to one task take turns (API.md, Concurrency): agencies appending at once (progress,
 * contribution notes) all succeed without naming a version, and every write that names one with
 * If-Match is refused with 412 once the task has moved on, changing nothing.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class TaskConcurrencyTest {
  static final UUID PLAN = id("concurrency/plan/KT");
  static final UUID STC = id("concurrency/org/KT.STC");
  static final UUID SYT = id("concurrency/org/KT.SYT");

  @Inject TaskRepository tasks;
  @Inject TestDirectory directory;

  static RequestSpecification as(String role, UUID org) {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.of(role + "." + org, role, "KT", org));
  }

  static RequestSpecification coordinator() {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.of("kt.coordinator", "coordinator", "KT", null));
  }

  @Test
  void agenciesReportingOnOneTaskAtOnceAllSucceedInTurn() throws Exception {
    world();
    UUID task = freshTask();
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  // Half the lead agency's progress reports, half the cooperating agency's notes.
                  String body =
                      n % 2 == 0
                          ? "{\"status\": \"IN_PROGRESS\", \"percent\": %d, \"note\": \"Báo cáo %d\"}"
                              .formatted(10 + n, n)
                          : "{\"note\": \"Ý kiến phối hợp %d\"}".formatted(n);
                  return as("officer", n % 2 == 0 ? STC : SYT)
                      .contentType(ContentType.JSON)
                      .body(body)
                      .post("/api/v1/tasks/" + task + "/progress")
                      .statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).as("nobody was told someone else changed it").containsOnly(201);
    } finally {
      pool.shutdownNow();
    }
    Task after = QuarkusTransaction.requiringNew().call(() -> tasks.findById(task));
    assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.progressOf(task)))
        .hasSize(writers);
    assertThat(after.version).as("one version per write, none lost").isEqualTo(writers);
    assertThat(after.status).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  /** A write to a task: what it needs first (e.g. a pending request), then the call itself. */
  interface Write {
    Response call(UUID task, String prepared, String etag);
  }

  /** Every state-changing write on a task, given the If-Match to send. */
  static Stream<Arguments> writes() {
    return Stream.of(
        write(
            "update",
            (task, prepared, etag) ->
                coordinator()
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body(
                        """
                        {"planId": "%s", "code": "C-%s", "title": "Tên mới",
                         "leadOrgIds": ["%s"], "deadlineText": "12/2026"}
                        """
                            .formatted(PLAN, task.toString().substring(0, 8), STC))
                    .put("/api/v1/tasks/" + task)),
        write(
            "progress",
            (task, prepared, etag) ->
                as("officer", STC)
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body("{\"status\": \"IN_PROGRESS\", \"percent\": 40, \"note\": \"Đang làm\"}")
                    .post("/api/v1/tasks/" + task + "/progress")),
        write(
            "contribution",
            (task, prepared, etag) ->
                as("officer", SYT)
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body("{\"note\": \"Đã phối hợp\"}")
                    .post("/api/v1/tasks/" + task + "/progress")),
        write(
            "condition-met",
            (task, prepared, etag) ->
                coordinator()
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"metOn\": \"2025-08-01\", \"document\": \"Công văn 123/BKHCN\","
                            + " \"dueDate\": \"2026-06-30\"}")
                    .post("/api/v1/tasks/" + task + "/condition-met")),
        write(
            "deadline-change request",
            (task, prepared, etag) ->
                as("officer", STC)
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body("{\"reason\": \"Chờ hướng dẫn\", \"deadlineText\": \"Quý IV/2026\"}")
                    .post("/api/v1/tasks/" + task + "/deadline-changes")),
        write(
            "deadline-change approve",
            (task, prepared, etag) ->
                coordinator()
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body("{\"note\": \"Đồng ý\"}")
                    .post("/api/v1/tasks/" + task + "/deadline-changes/" + prepared + "/approve")),
        write(
            "deadline-change refuse",
            (task, prepared, etag) ->
                coordinator()
                    .header("If-Match", etag)
                    .contentType(ContentType.JSON)
                    .body("{\"note\": \"Giữ hạn cũ\"}")
                    .post("/api/v1/tasks/" + task + "/deadline-changes/" + prepared + "/refuse")));
  }

  static Arguments write(String name, Write call) {
    return Arguments.of(name, call);
  }

  /** What a write needs first: for a decision, the lead agency's pending request (its id). */
  static String prepare(String name, UUID task) {
    if (!name.endsWith("approve") && !name.endsWith("refuse")) {
      return null;
    }
    return as("officer", STC)
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"Chờ hướng dẫn\", \"deadlineText\": \"Quý IV/2026\"}")
        .post("/api/v1/tasks/" + task + "/deadline-changes")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @ParameterizedTest(name = "{0}: a stale If-Match → 412")
  @MethodSource("writes")
  void aWriteNamingAStaleVersionIsRefusedAndChangesNothing(String name, Write write) {
    world();
    UUID task = freshTask();
    String prepared = prepare(name, task);
    // The task moves on after the client read it.
    long read = version(task);
    as("officer", SYT)
        .contentType(ContentType.JSON)
        .body("{\"note\": \"Ghi chú trước\"}")
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(201);
    long before = version(task);
    int progressBefore = progressCount(task);

    Response stale = write.call(task, prepared, "\"" + read + "\"");
    assertThat(stale.statusCode()).as(name + " with a stale If-Match").isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(version(task)).as("nothing changed").isEqualTo(before);
    assertThat(progressCount(task)).isEqualTo(progressBefore);

    Response current = write.call(task, prepared, "\"" + before + "\"");
    assertThat(current.statusCode()).as(name + " with the current If-Match").isBetween(200, 201);
  }

  long version(UUID task) {
    return QuarkusTransaction.requiringNew().call(() -> tasks.findById(task).version);
  }

  int progressCount(UUID task) {
    return QuarkusTransaction.requiringNew().call(() -> tasks.progressOf(task).size());
  }

  UUID freshTask() {
    return directory.freshTask(PLAN, "C-", "Nhiệm vụ viết đồng thời", STC, SYT);
  }

  void world() {
    directory.plan(PLAN, "1570/KH-UBND", Map.of(STC, "KT", SYT, "KT"));
  }
}
