package vn.plantrack.task.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * How fast a province with 20,000 tasks lists and summarizes, through HTTP on loopback against the
 * real PostgreSQL. Not part of the test run (it measures, it asserts nothing); run it with
 *
 * <pre>
 * ./mvnw -pl task-service test -Dtest=TaskQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and read the table it prints (median and 95th percentile of 40 runs each, after 10 warm-ups).
 */
@QuarkusTest
@TestProfile(TaskQueryBenchmark.Alone.class)
@RealInfrastructure
class TaskQueryBenchmark {
  static final int TASKS = 20_000;
  static final int ORGS = 200;
  static final UUID PLAN = UUID.nameUUIDFromBytes("bench/plan".getBytes());

  public static class Alone implements QuarkusTestProfile {}

  @Inject AgroalDataSource dataSource;

  static final String[] DEADLINES = {
    "6/2025",
    "Quý IV/2025",
    "12/2025",
    "2026",
    "Thường xuyên",
    "Hằng năm",
    "Sau khi có hướng dẫn của Trung ương",
    "6/2026",
    "2025- 2026",
    "3/2027"
  };

  void seed() throws Exception {
    Random random = new Random(57);
    List<UUID> orgs = new ArrayList<>();
    for (int i = 0; i < ORGS; i++) {
      orgs.add(UUID.nameUUIDFromBytes(("bench/org/" + i).getBytes()));
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement plan =
          c.prepareStatement(
              "insert into known_plan (id, province, number, status, sections, issued_on, version)"
                  + " values (?, 'KT', 'BENCH/KH-UBND', 'ISSUED', '{I,II,III,IV,V,VI,VII}',"
                  + " '2025-05-08', 1)")) {
        plan.setObject(1, PLAN);
        plan.executeUpdate();
      }
      try (PreparedStatement org =
          c.prepareStatement(
              "insert into known_organization (id, province, code, name, type, version)"
                  + " values (?, 'KT', ?, ?, 'DEPARTMENT', 1)")) {
        for (int i = 0; i < ORGS; i++) {
          org.setObject(1, orgs.get(i));
          org.setString(2, "KT.B" + i);
          org.setString(3, "Sở thử nghiệm " + i);
          org.addBatch();
        }
        org.executeBatch();
      }
      String[] sections = {"I", "II", "III", "IV", "V", "VI", "VII"};
      String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "PAUSED"};
      try (PreparedStatement task =
          c.prepareStatement(
              "insert into task (id, province, plan_id, section_code, code, title, lead_org_ids,"
                  + " cooperating_org_ids, deadline_text, deadline_kind, due_date,"
                  + " deadline_from_year, deadline_recurrence, status, progress_percent,"
                  + " completed_on, created_at, created_by, updated_at, updated_by)"
                  + " values (?, 'KT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'bench',"
                  + " now(), 'bench')")) {
        for (int i = 0; i < TASKS; i++) {
          String deadline = DEADLINES[i % DEADLINES.length];
          var reading = vn.plantrack.task.reading.DeadlineReader.read(deadline);
          String status = statuses[random.nextInt(statuses.length)];
          task.setObject(1, UUID.randomUUID());
          task.setObject(2, PLAN);
          task.setString(3, sections[i % sections.length]);
          task.setString(4, (i / 100 + 1) + "." + (i % 100 + 1));
          task.setString(5, "Nhiệm vụ chuyển đổi số số " + i + " của Sở thử nghiệm");
          task.setArray(6, c.createArrayOf("uuid", new Object[] {orgs.get(i % ORGS)}));
          task.setArray(7, c.createArrayOf("uuid", new Object[] {orgs.get(random.nextInt(ORGS))}));
          task.setString(8, deadline);
          task.setString(9, reading.kind().name());
          task.setObject(10, reading.dueDate());
          task.setObject(11, reading.fromYear());
          task.setString(12, reading.recurrence());
          task.setString(13, status);
          task.setInt(14, status.equals("COMPLETED") ? 100 : random.nextInt(90));
          task.setObject(
              15, status.equals("COMPLETED") ? LocalDate.of(2025, 1, 1).plusDays(i % 500) : null);
          task.addBatch();
          if (i % 1000 == 999) {
            task.executeBatch();
          }
        }
        task.executeBatch();
      }
      c.commit();
      try (var s = c.createStatement()) {
        s.execute("analyze");
      }
    }
  }

  static long[] time(int runs, Supplier<Integer> call) {
    for (int i = 0; i < 10; i++) {
      call.get();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      int status = call.get();
      nanos[i] = System.nanoTime() - start;
      if (status != 200) {
        throw new IllegalStateException("HTTP " + status);
      }
    }
    Arrays.sort(nanos);
    return nanos;
  }

  static void report(String what, long[] nanos) {
    System.out.printf(
        "%-55s median %6.1f ms   p95 %6.1f ms%n",
        what, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
  }

  static RequestSpecification api() {
    return given().queryParam("planId", PLAN);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void listAndSummarize20000Tasks() throws Exception {
    seed();
    UUID org = UUID.nameUUIDFromBytes("bench/org/7".getBytes());
    System.out.println("--- TaskQueryBenchmark: " + TASKS + " tasks, " + ORGS + " organizations");
    report(
        "list, first page of 50 by code",
        time(40, () -> api().queryParam("size", 50).get("/api/v1/tasks").statusCode()));
    report(
        "list, one organization (lead or cooperating)",
        time(
            40,
            () ->
                api()
                    .queryParam("orgId", org)
                    .queryParam("size", 50)
                    .get("/api/v1/tasks")
                    .statusCode()));
    report(
        "list, q=\"chuyen doi so 1234\" (diacritics-insensitive)",
        time(
            40,
            () ->
                api().queryParam("q", "chuyen doi so so 1234").get("/api/v1/tasks").statusCode()));
    report(
        "list, due window 2025-10-01..2025-12-31",
        time(
            40,
            () ->
                api()
                    .queryParam("dueFrom", "2025-10-01")
                    .queryParam("dueTo", "2025-12-31")
                    .get("/api/v1/tasks")
                    .statusCode()));
    report(
        "list, timeliness=OVERDUE as of 2025-12-31",
        time(
            40,
            () ->
                api()
                    .queryParam("timeliness", "OVERDUE")
                    .queryParam("asOf", "2025-12-31")
                    .get("/api/v1/tasks")
                    .statusCode()));
    report(
        "summary by organization as of 2025-12-31",
        time(
            40,
            () ->
                api()
                    .queryParam("groupBy", "org")
                    .queryParam("asOf", "2025-12-31")
                    .get("/api/v1/tasks/summary")
                    .statusCode()));
    report(
        "summary by section as of 2025-12-31",
        time(
            40,
            () ->
                api()
                    .queryParam("groupBy", "section")
                    .queryParam("asOf", "2025-12-31")
                    .get("/api/v1/tasks/summary")
                    .statusCode()));
  }
}
