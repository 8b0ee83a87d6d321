package vn.plantrack.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.test.AuditAttributionContract;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.reporting.repository.OrganizationViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;
import vn.plantrack.reporting.repository.TaskViewRepository;

/**
 * Every reporting-service write — a unit's report through its workflow, the consolidated report
 * built, exported and issued — by the unit's officer and the coordinator with real tokens, shows in
 * the report's history with the user, the organization, the province and the request id.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class AuditTrailTest extends AuditAttributionContract {
  static final UUID PLAN = id("audit/plan/KT");
  static final UUID STC = id("audit/org/KT.STC");
  static final UUID SKHCN = id("audit/org/KT.SKHCN");
  static final String PERIOD = "2025-H1";
  static final Actor COORDINATOR = new Actor("kt.coordinator", "coordinator", "KT", SKHCN);
  static final Actor UNIT_OFFICER = new Actor("kt.officer.finance", "officer", "KT", STC);

  @Inject PlanViewRepository plans;
  @Inject OrganizationViewRepository organizations;
  @Inject TaskViewRepository tasks;

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected Map<String, String> exempt() {
    return Map.of(
        "POST /api/v1/reporting/read-model/rebuild",
        "admin maintenance of the derived read model: it replays the owners' events, whose"
            + " changes are in the owners' histories; no user's data is written");
  }

  @Override
  protected void performEveryWrite() {
    world();
    String report =
        COORDINATOR
            .request()
            .queryParam("planId", PLAN)
            .queryParam("period", PERIOD)
            .queryParam("orgId", STC)
            .get("/api/v1/reports")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    String base = "/api/v1/reports/" + report;
    String history = base + "/history";
    JsonPath drafted = draft(base, 0, "Hoàn thành 1/1 nhiệm vụ.");
    write(UNIT_OFFICER, "POST", base + "/submit").history(history).send();
    write(COORDINATOR, "POST", base + "/return")
        .body(Map.of("reason", "Bổ sung số liệu"))
        .history(history)
        .send();
    draft(base, drafted.getLong("version") + 2, "Hoàn thành 1/1 nhiệm vụ, có số liệu.");
    write(UNIT_OFFICER, "POST", base + "/submit").history(history).send();
    write(COORDINATOR, "POST", base + "/accept").history(history).send();

    JsonPath consolidated =
        write(COORDINATOR, "POST", "/api/v1/consolidated-reports")
            .body(Map.of("planId", PLAN.toString(), "period", PERIOD))
            .history(built -> "/api/v1/consolidated-reports/" + built.getString("id") + "/history")
            .send();
    String c = "/api/v1/consolidated-reports/" + consolidated.getString("id");
    // Built again: the same draft, rebuilt, with its own line.
    write(COORDINATOR, "POST", "/api/v1/consolidated-reports")
        .body(Map.of("planId", PLAN.toString(), "period", PERIOD))
        .history(c + "/history")
        .send();
    write(COORDINATOR, "POST", c + "/exports")
        .body(Map.of("format", "XLSX"))
        .history(c + "/history")
        .send();
    write(COORDINATOR, "POST", c + "/issue").history(c + "/history").send();
  }

  JsonPath draft(String base, long version, String results) {
    return write(UNIT_OFFICER, "PUT", base)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("results", results, "difficulties", "Thiếu nhân lực."))
        .history(base + "/history")
        .send();
  }

  void world() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (plans.findById(PLAN) != null) {
                return;
              }
              PlanView p = new PlanView();
              p.id = PLAN;
              p.province = "KT";
              p.number = "AUDIT/KH-UBND";
              p.title = "Kế hoạch ghi vết";
              p.status = "ISSUED";
              p.issuedOn = LocalDate.of(2025, 2, 14);
              p.reportingRules =
                  new ArrayList<>(
                      List.of(
                          new vn.plantrack.plan.contract.ReportingRule(
                              "Báo cáo 6 tháng",
                              "SIX_MONTHS",
                              10,
                              null,
                              null,
                              null,
                              null,
                              List.of("Sở Khoa học và Công nghệ"))));
              p.version = 1;
              p.updatedAt = Instant.now();
              plans.persist(p);
              for (UUID org : List.of(STC, SKHCN)) {
                OrganizationView o = new OrganizationView();
                o.id = org;
                o.province = "KT";
                o.code = "KT." + org.toString().substring(0, 6);
                o.name = org.equals(STC) ? "Sở Tài chính" : "Sở Khoa học và Công nghệ";
                o.type = "DEPARTMENT";
                o.version = 1;
                o.updatedAt = Instant.now();
                organizations.persist(o);
              }
              TaskView t = new TaskView();
              t.id = id("audit/task/1");
              t.province = "KT";
              t.planId = PLAN;
              t.code = "1";
              t.title = "Số hóa hồ sơ";
              t.leadOrgIds = new ArrayList<>(List.of(STC));
              t.deadlineText = "6/2025";
              t.status = "IN_PROGRESS";
              t.progressPercent = 50;
              t.version = 1;
              t.updatedAt = Instant.now();
              tasks.persist(t);
              tasks.addVersion(
                  t.id,
                  PLAN,
                  new vn.plantrack.task.contract.TaskVersion(
                      1,
                      null,
                      vn.plantrack.task.contract.TaskFacts.of(
                          vn.plantrack.task.contract.TaskStatus.IN_PROGRESS,
                          new vn.plantrack.task.contract.Deadline(
                              "6/2025",
                              vn.plantrack.task.contract.DeadlineKind.MONTH,
                              LocalDate.of(2025, 6, 30),
                              null,
                              null,
                              null,
                              null,
                              false,
                              null)),
                      50,
                      List.of(),
                      0));
            });
  }
}
