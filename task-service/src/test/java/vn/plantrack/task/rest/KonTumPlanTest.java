package vn.plantrack.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * Kon Tum's plan 1570/KH-UBND, Phụ lục II as printed (87 tasks, task 38 with 110 sub-tasks), loaded
 * through the API and summarized by timeliness as of 2025-12-31. Its own database (a test profile),
 * so the counts are the plan's alone.
 */
@QuarkusTest
@TestProfile(KonTumPlanTest.Alone.class)
@RealInfrastructure
class KonTumPlanTest {
  static final UUID PLAN = id("kontum/plan/1570");

  /** A profile of its own: Quarkus restarts, and the counts see only this plan. */
  public static class Alone implements io.quarkus.test.junit.QuarkusTestProfile {}

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;

  record Row(
      int line,
      String section,
      String printed,
      String code,
      String parent,
      String title,
      List<String> lead,
      List<String> cooperating,
      String output,
      String deadline) {}

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The test's directory: one organization per name, case and diacritics aside. */
  static UUID org(String name) {
    String key =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return id("kontum/org/" + key);
  }

  /** Agencies in a cell: separated by ";", or by "," before the next "Sở". */
  static List<String> names(String cell) {
    List<String> names = new ArrayList<>();
    for (String part : cell.split(";")) {
      for (String name : part.split(",\\s*(?=Sở )")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }

  static List<Row> rows() throws Exception {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                KonTumPlanTest.class.getResourceAsStream("/seeds/tasks-KT-1570.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        rows.add(
            new Row(
                Integer.parseInt(c[0]),
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                names(c[6]),
                names(c[7]),
                c[8],
                c[9]));
      }
    }
    return rows;
  }

  void world(List<Row> rows) {
    Set<String> names = new LinkedHashSet<>();
    rows.forEach(
        r -> {
          names.addAll(r.lead());
          names.addAll(r.cooperating());
        });
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              KnownPlan p = new KnownPlan();
              p.id = PLAN;
              p.province = "KT";
              p.number = "1570/KH-UBND";
              p.status = "ISSUED";
              p.issuedOn = LocalDate.of(2025, 5, 8);
              p.sections = new ArrayList<>(List.of("I", "II", "III", "IV", "V", "VI", "VII"));
              p.version = 1;
              plans.persist(p);
              Set<UUID> done = new java.util.HashSet<>();
              for (String name : names) {
                UUID id = org(name);
                if (done.add(id)) {
                  KnownOrganization o = new KnownOrganization();
                  o.id = id;
                  o.province = "KT";
                  o.code = "KT." + id.toString().substring(0, 8);
                  o.name = name;
                  o.type = name.startsWith("Các ") ? "GROUP" : "DEPARTMENT";
                  o.version = 1;
                  organizations.persist(o);
                }
              }
            });
  }

  static String json(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String ids(List<String> names) {
    return names.stream().map(n -> json(org(n).toString())).collect(Collectors.joining(","));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void theWholePlanLoadsAndIsSummarizedAsOfTheEndOf2025() throws Exception {
    List<Row> rows = rows();
    assertThat(rows.stream().filter(r -> r.parent().isEmpty())).hasSize(87);
    assertThat(rows.stream().filter(r -> r.parent().equals("38"))).hasSize(110);
    // The document prints 38.10 for 38.100–38.109 and 38.11 for 38.110.
    assertThat(rows.stream().filter(r -> !r.printed().equals(r.code()))).hasSize(11);
    world(rows);

    Map<String, String> taskIds = new HashMap<>();
    for (Row row : rows) {
      String body =
          """
          {"planId": "%s", "sectionCode": "%s", "code": "%s", "parentId": %s, "title": %s,
           "leadOrgIds": [%s], "cooperatingOrgIds": [%s], "expectedOutput": %s,
           "deadlineText": %s}
          """
              .formatted(
                  PLAN,
                  row.section(),
                  row.code(),
                  row.parent().isEmpty() ? "null" : json(taskIds.get(row.parent())),
                  json(row.title()),
                  ids(row.lead()),
                  ids(row.cooperating()),
                  json(row.output()),
                  json(row.deadline()));
      String id =
          given()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/tasks")
              .then()
              .statusCode(201)
              .body("deadline.text", equalTo(row.deadline().isEmpty() ? null : row.deadline()))
              .extract()
              .path("id");
      taskIds.put(row.code(), id);
    }

    // Progress as the agencies reported it.
    complete(taskIds.get("7"), "2025-06-20"); // due 6/2025: on time
    complete(taskIds.get("14"), "2025-09-15"); // due 7/2025: late
    complete(taskIds.get("38.1"), "2025-11-30"); // due 2/2026: on time
    complete(taskIds.get("12"), "2026-01-15"); // due 12/2025, done after the as-of date

    JsonPath summary =
        given()
            .queryParam("planId", PLAN)
            .queryParam("groupBy", "section")
            .queryParam("asOf", "2025-12-31")
            .get("/api/v1/tasks/summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Integer> totals = summary.getMap("totals");
    // 197 tasks: 87 of the plan and the 110 sub-tasks of 38 (38 itself counts by its sub-tasks).
    assertThat(totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(197);
    assertThat(totals)
        .containsEntry("COMPLETED_ON_TIME", 2)
        .containsEntry("COMPLETED_LATE", 1)
        .containsEntry("OVERDUE", EXPECTED_OVERDUE)
        .containsEntry("ONGOING", EXPECTED_ONGOING)
        .containsEntry("AWAITING_CONDITION", EXPECTED_AWAITING)
        .containsEntry("IN_PROGRESS_WITHIN_DEADLINE", EXPECTED_WITHIN);
    // Section III holds task 38 and its 110 sub-tasks.
    assertThat(summary.getInt("rows.find { it.key == 'III' }.total")).isEqualTo(EXPECTED_III);
  }

  /**
   * Months before December 2025 not done: 6/2025 ×5, 7/2025, 8/2025 ×2, 9/2025, 10/2025, 11/2025
   * ×4, 4/2025 (15), less 7 and 14 that were completed; plus "9/2025 và các năm tiếp theo", due on
   * 2025-09-30 for its first year.
   */
  static final int EXPECTED_OVERDUE = 14;

  /** "Thường xuyên" ×11. */
  static final int EXPECTED_ONGOING = 11;

  /**
   * "Sau khi có văn bản hướng dẫn của Trung ương" ×11, "Khi Trung ương ban hành" ×3, "Sau khi Bộ
   * hướng dẫn" ×2, "Sau khi có văn bản của Trung ương" ×2 (and once with a capital V, once followed
   * by "Chương trình"), "Sau khi có hướng dẫn của Trung ương".
   */
  static final int EXPECTED_AWAITING = 21;

  /**
   * The rest: due in December 2025 or later (12 was done only in 2026), the 2025 round of recurring
   * tasks ("Hằng năm" starts in 2025, the year of the plan), and 38, whose sub-tasks are within.
   */
  static final int EXPECTED_WITHIN = 197 - 14 - 11 - 21 - 3;

  /** Section III: its 19 tasks (numbered 25 to 43) and the 110 sub-tasks of 38. */
  static final int EXPECTED_III = 129;

  static void complete(String taskId, String on) {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"status": "COMPLETED", "completedOn": "%s", "evidenceNumber": "123/QĐ-UBND",
             "evidenceDate": "%s", "note": "Đã hoàn thành"}
            """
                .formatted(on, on))
        .post("/api/v1/tasks/" + taskId + "/progress")
        .then()
        .statusCode(201);
  }
}
