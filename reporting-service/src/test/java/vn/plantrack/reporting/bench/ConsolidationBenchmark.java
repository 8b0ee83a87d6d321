package vn.plantrack.reporting.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.task.contract.Deadline;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskFacts;
import vn.plantrack.task.contract.TaskStatus;
import vn.plantrack.task.contract.TaskVersion;

/**
 * How long the consolidated report of a province with 200 units, 20,000 tasks and 1,000 indicators
 * takes to build, through HTTP against the real PostgreSQL, with every task's versions in
 * task_view_version as the events leave them (the report judges timeliness from those). Measures;
 * asserts only that the report counts every task. Run from the repository's root with
 *
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am verify -Dtest=ConsolidationBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read the line starting with {@code --- ConsolidationBenchmark}: the build's median (and the
 * CPU this JVM spent on it), then the XLSX and PDF downloads of the built report (GET .../export),
 * with the machine's load.
 */
@QuarkusTest
@TestProfile(ConsolidationBenchmark.Alone.class)
@RealInfrastructure
class ConsolidationBenchmark {
  static final int UNITS = 200;
  static final int TASKS = 20_000;
  static final int INDICATORS = 1_000;
  static final UUID PLAN = UUID.nameUUIDFromBytes("bench/reporting/plan".getBytes());

  public static class Alone implements QuarkusTestProfile {}

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper json;

  void seed() throws Exception {
    Random random = new Random(71);
    List<UUID> units = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      units.add(UUID.nameUUIDFromBytes(("bench/unit/" + i).getBytes()));
    }
    DeadlineKind[] kinds = {
      DeadlineKind.MONTH,
      DeadlineKind.MONTH,
      DeadlineKind.QUARTER,
      DeadlineKind.YEAR,
      DeadlineKind.ONGOING,
      DeadlineKind.CONDITIONAL,
      DeadlineKind.RECURRING
    };
    TaskStatus[] statuses = {
      TaskStatus.NOT_STARTED,
      TaskStatus.IN_PROGRESS,
      TaskStatus.IN_PROGRESS,
      TaskStatus.COMPLETED,
      TaskStatus.PAUSED
    };
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into plan_view (id, province, number, title, issued_on, status,"
                  + " reporting_rules, version, updated_at) values (?, 'KT', 'BENCH/KH-UBND',"
                  + " 'Kế hoạch thử tải', '2025-05-08', 'ISSUED', cast(? as jsonb), 1, now())")) {
        p.setObject(1, PLAN);
        p.setString(
            2,
            "[{\"name\": \"Báo cáo 6 tháng\", \"frequency\": \"SIX_MONTHS\", \"dueDay\": 10,"
                + " \"recipients\": []}]");
        p.executeUpdate();
      }
      try (PreparedStatement o =
          c.prepareStatement(
              "insert into organization_view (id, code, province, name, type, version,"
                  + " updated_at) values (?, ?, 'KT', ?, 'DEPARTMENT', 1, now())")) {
        for (int i = 0; i < UNITS; i++) {
          o.setObject(1, units.get(i));
          o.setString(2, "KT.U" + i);
          o.setString(3, "Đơn vị thử tải số " + i);
          o.addBatch();
        }
        o.executeBatch();
      }
      // The task as it is now (task_view) and every version task-service published of what its
      // timeliness rule reads (task_view_version: the report judges each task from these): two per
      // task, not started in January, then where it stands.
      try (PreparedStatement t =
              c.prepareStatement(
                  "insert into task_view (id, province, plan_id, code, title, lead_org_ids,"
                      + " deadline_text, status, progress_percent, version, updated_at)"
                      + " values (?, 'KT', ?, ?, ?, ?, ?, ?, ?, 2, now())");
          PreparedStatement v =
              c.prepareStatement(
                  "insert into task_view_version (task_id, version, plan_id, effective_on,"
                      + " timeline) values (?, ?, ?, ?, cast(? as jsonb))")) {
        for (int i = 0; i < TASKS; i++) {
          DeadlineKind kind = kinds[i % kinds.length];
          TaskStatus status = statuses[random.nextInt(statuses.length)];
          LocalDate due = LocalDate.of(2025, 1 + i % 12, 1).plusMonths(1).minusDays(1);
          Deadline deadline =
              switch (kind) {
                case ONGOING ->
                    new Deadline("Thường xuyên", kind, null, null, null, null, null, false, null);
                case CONDITIONAL ->
                    new Deadline(
                        "Khi có hướng dẫn",
                        kind,
                        null,
                        null,
                        null,
                        null,
                        "Khi có hướng dẫn",
                        false,
                        null);
                case RECURRING ->
                    new Deadline("Hằng năm", kind, null, null, 2025, null, null, false, null);
                default -> new Deadline("thử", kind, due, null, null, null, null, false, null);
              };
          LocalDate completed =
              status == TaskStatus.COMPLETED ? LocalDate.of(2025, 1, 1).plusDays(i % 300) : null;
          TaskFacts facts =
              kind == DeadlineKind.RECURRING && completed != null
                  ? TaskFacts.of(status, deadline, completed).withYearCompleted(2025, completed)
                  : TaskFacts.of(status, deadline, completed);
          UUID id = UUID.randomUUID();
          t.setObject(1, id);
          t.setObject(2, PLAN);
          t.setString(3, (i / 100 + 1) + "." + (i % 100 + 1));
          t.setString(4, "Nhiệm vụ thử tải số " + i);
          t.setArray(5, c.createArrayOf("uuid", new Object[] {units.get(i % UNITS)}));
          t.setString(6, deadline.text());
          t.setString(7, status.name());
          t.setInt(8, status == TaskStatus.COMPLETED ? 100 : 30);
          t.addBatch();
          LocalDate changed = LocalDate.of(2025, 1, 15).plusDays(i % 150);
          List<TaskVersion> versions =
              List.of(
                  new TaskVersion(
                      1,
                      LocalDate.of(2025, 1, 1),
                      TaskFacts.of(TaskStatus.NOT_STARTED, deadline),
                      0,
                      List.of(),
                      0),
                  new TaskVersion(
                      2,
                      completed != null && completed.isBefore(changed) ? completed : changed,
                      facts,
                      status == TaskStatus.COMPLETED ? 100 : 30,
                      List.of(),
                      0));
          for (TaskVersion version : versions) {
            v.setObject(1, id);
            v.setLong(2, version.version());
            v.setObject(3, PLAN);
            v.setObject(4, version.effectiveOn());
            v.setString(5, json.writeValueAsString(version));
            v.addBatch();
          }
          if (i % 1000 == 999) {
            t.executeBatch();
            v.executeBatch();
          }
        }
        t.executeBatch();
        v.executeBatch();
      }
      try (PreparedStatement ind =
          c.prepareStatement(
              "insert into indicator_view (id, province, plan_id, code, name, unit,"
                  + " monitoring_org_ids, targets, direction, version, updated_at) values (?,"
                  + " 'KT', ?, ?, ?, '%', ?, cast(? as jsonb), 'HIGHER_IS_BETTER', 1, now())")) {
        for (int i = 0; i < INDICATORS; i++) {
          ind.setObject(1, UUID.randomUUID());
          ind.setObject(2, PLAN);
          ind.setString(3, Integer.toString(i + 1));
          ind.setString(4, "Chỉ tiêu thử tải số " + i);
          ind.setArray(5, c.createArrayOf("uuid", new Object[] {units.get(i % UNITS)}));
          ind.setString(
              6, "[{\"year\": 2030, \"text\": \"≥ 80\", \"kind\": \"AT_LEAST\", \"min\": 80}]");
          ind.addBatch();
        }
        ind.executeBatch();
      }
      c.commit();
      try (var s = c.createStatement()) {
        s.execute("analyze");
      }
    }
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void buildTheConsolidatedReport() throws Exception {
    seed();
    long[] nanos = new long[15];
    Map<String, Integer> totals = Map.of();
    String id = null;
    long[] cpu = new long[nanos.length];
    for (int i = -3; i < nanos.length; i++) {
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      var built =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("planId", PLAN.toString(), "period", "2025-H1"))
              .post("/api/v1/consolidated-reports")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
        cpu[i] = cpuNanos() - cpuStart;
      }
      totals = built.getMap("content.timelinessTotals");
      id = built.getString("id");
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    String xlsx = export(id, "xlsx");
    String pdf = export(id, "pdf");
    System.out.printf(
        "--- ConsolidationBenchmark: %d units, %d tasks, %d indicators: build median %.0f ms,"
            + " max %.0f ms (this JVM's CPU: median %.0f ms); %s; %s; load %s; timeliness %s%n",
        UNITS,
        TASKS,
        INDICATORS,
        nanos[nanos.length / 2] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        cpu[cpu.length / 2] / 1e6,
        xlsx,
        pdf,
        Files.readString(Path.of("/proc/loadavg")).strip(),
        totals);
    // Every task is judged, in one class or another: the figures are of the whole plan.
    assertThat(totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(TASKS);
  }

  /**
   * The CPU this JVM (the service and the test client) has used: beside the wall time, a figure a
   * busy machine disturbs less (PostgreSQL's own work is not in it).
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The median (and max) time of a download of the report in {@code format}, and its size. */
  private static String export(String id, String format) {
    long[] nanos = new long[5];
    int size = 0;
    for (int i = -2; i < nanos.length; i++) {
      long start = System.nanoTime();
      byte[] file =
          given()
              .queryParam("format", format)
              .get("/api/v1/consolidated-reports/{id}/export", id)
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
      size = file.length;
    }
    Arrays.sort(nanos);
    return String.format(
        "%s median %.0f ms, max %.0f ms, %d kB",
        format.toUpperCase(java.util.Locale.ROOT),
        nanos[nanos.length / 2] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        size / 1024);
  }
}
