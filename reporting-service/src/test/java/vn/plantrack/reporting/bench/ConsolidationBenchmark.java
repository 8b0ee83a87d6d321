package vn.plantrack.reporting.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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

/**
 * How long the consolidated report of a province with 200 units, 20,000 tasks and 1,000 indicators
 * takes to build, through HTTP against the real PostgreSQL. Measures, asserts nothing; run with
 *
 * <pre>
 * ./mvnw -pl reporting-service test -Dtest=ConsolidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
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

  void seed() throws Exception {
    Random random = new Random(71);
    List<UUID> units = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      units.add(UUID.nameUUIDFromBytes(("bench/unit/" + i).getBytes()));
    }
    String[] kinds = {"MONTH", "MONTH", "QUARTER", "YEAR", "ONGOING", "CONDITIONAL", "RECURRING"};
    String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "PAUSED"};
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
      try (PreparedStatement t =
          c.prepareStatement(
              "insert into task_view (id, province, plan_id, code, title, lead_org_ids,"
                  + " deadline_text, deadline_kind, due_date, status, progress_percent,"
                  + " completed_on, version, updated_at) values (?, 'KT', ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, 1, now())")) {
        for (int i = 0; i < TASKS; i++) {
          String kind = kinds[i % kinds.length];
          String status = statuses[random.nextInt(statuses.length)];
          LocalDate due =
              kind.equals("ONGOING") || kind.equals("CONDITIONAL")
                  ? null
                  : LocalDate.of(2025, 1 + i % 12, 1).plusMonths(1).minusDays(1);
          t.setObject(1, UUID.randomUUID());
          t.setObject(2, PLAN);
          t.setString(3, (i / 100 + 1) + "." + (i % 100 + 1));
          t.setString(4, "Nhiệm vụ thử tải số " + i);
          t.setArray(5, c.createArrayOf("uuid", new Object[] {units.get(i % UNITS)}));
          t.setString(6, "thử");
          t.setString(7, kind);
          t.setObject(8, due);
          t.setString(9, status);
          t.setInt(10, status.equals("COMPLETED") ? 100 : 30);
          t.setObject(
              11, status.equals("COMPLETED") ? LocalDate.of(2025, 1, 1).plusDays(i % 300) : null);
          t.addBatch();
          if (i % 1000 == 999) {
            t.executeBatch();
          }
        }
        t.executeBatch();
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
    for (int i = -3; i < nanos.length; i++) {
      long start = System.nanoTime();
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("planId", PLAN.toString(), "period", "2025-H1"))
          .post("/api/v1/consolidated-reports")
          .then()
          .statusCode(201);
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "--- ConsolidationBenchmark: %d units, %d tasks, %d indicators: build median %.0f ms,"
            + " max %.0f ms%n",
        UNITS, TASKS, INDICATORS, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
  }
}
