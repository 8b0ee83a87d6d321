package vn.plantrack.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.reporting.ConsolidatedReport;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.ReportContent.Agency;
import vn.plantrack.reporting.UnitReport;
import vn.plantrack.reporting.export.DocumentMapping;

/**
 * A report's task lines name their lead and cooperating agencies from the read model's directory;
 * content frozen before the lines carried agencies still reads.
 */
@QuarkusTest
@RealInfrastructure
class TaskAgenciesTest {
  @Inject FigureQueries figures;
  @Inject EntityManager entityManager;

  @Test
  void everyTaskLineNamesItsLeadAndCooperatingAgencies() {
    UUID plan = UUID.randomUUID();
    UUID police = UUID.randomUUID();
    UUID justice = UUID.randomUUID();
    UUID unknown = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              organization(police, "Công an tỉnh");
              organization(justice, "Sở Tư pháp");
              task(plan, "1", new UUID[] {police}, new UUID[] {justice, unknown});
              task(plan, "2", new UUID[] {justice}, new UUID[] {});
            });

    FigureQueries.PlanFigures f =
        QuarkusTransaction.requiringNew().call(() -> figures.of(plan, LocalDate.of(2025, 6, 14)));

    ReportContent.TaskLine first = f.tasks().get(0);
    assertThat(first.code()).isEqualTo("1");
    assertThat(first.leads()).containsExactly(new Agency(police, "Công an tỉnh"));
    // An organization the read model has not heard of is named by its id.
    assertThat(first.cooperating())
        .containsExactly(
            new Agency(justice, "Sở Tư pháp"), new Agency(unknown, unknown.toString()));
    assertThat(f.tasks().get(1).leads()).containsExactly(new Agency(justice, "Sở Tư pháp"));
    assertThat(f.tasks().get(1).cooperating()).isEmpty();
    // A unit's report carries the same lines.
    assertThat(f.forUnit(police).tasks()).containsExactly(first);
  }

  @Test
  void contentFrozenBeforeTaskLinesHadAgenciesStillReads() {
    UUID unitReport = UUID.randomUUID();
    UUID consolidated = UUID.randomUUID();
    String task =
        "{\"id\": \"%s\", \"code\": \"38.12\", \"title\": \"CSDL định danh điện tử\","
                .formatted(UUID.randomUUID())
            + " \"deadlineText\": \"6/2026\", \"status\": \"IN_PROGRESS\", \"progressPercent\": 60,"
            + " \"timeliness\": \"IN_PROGRESS_WITHIN_DEADLINE\", \"latestNote\": \"Đang kết nối\"}";
    String unitContent =
        "{\"asOf\": \"2025-06-14\", \"timeliness\": {\"IN_PROGRESS_WITHIN_DEADLINE\": 1},"
            + " \"tasks\": ["
            + task
            + "], \"indicators\": []}";
    String consolidatedContent =
        "{\"planNumber\": \"1570/KH-UBND\", \"planTitle\": \"Chuyển đổi số\", \"province\": \"KT\","
            + " \"period\": \"2025-H1\", \"windowStart\": \"2024-12-15\","
            + " \"windowEnd\": \"2025-06-14\", \"dueAt\": \"2025-06-09T17:00:00Z\","
            + " \"timelinessTotals\": {\"IN_PROGRESS_WITHIN_DEADLINE\": 1},"
            + " \"evaluationTotals\": {}, \"unitsExpected\": 1, \"unitsReported\": 0,"
            + " \"unitsOnTime\": 0, \"units\": [], \"tasks\": ["
            + task
            + "], \"indicators\": []}";
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              entityManager
                  .createNativeQuery(
                      "insert into unit_report (id, province, plan_id, period, org_id, status,"
                          + " content, created_at, created_by, updated_at, updated_by) values (?1,"
                          + " 'KT', ?2, '2025-H1', ?3, 'SUBMITTED', cast(?4 as jsonb), now(), 't',"
                          + " now(), 't')")
                  .setParameter(1, unitReport)
                  .setParameter(2, UUID.randomUUID())
                  .setParameter(3, UUID.randomUUID())
                  .setParameter(4, unitContent)
                  .executeUpdate();
              entityManager
                  .createNativeQuery(
                      "insert into consolidated_report (id, province, plan_id, period, status,"
                          + " number, content, built_at, created_at, created_by, updated_at,"
                          + " updated_by) values (?1, 'KT', ?2, '2025-H1', 'ISSUED', 1,"
                          + " cast(?3 as jsonb), now(), now(), 't', now(), 't')")
                  .setParameter(1, consolidated)
                  .setParameter(2, UUID.randomUUID())
                  .setParameter(3, consolidatedContent)
                  .executeUpdate();
            });

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ReportContent.TaskLine line =
                  entityManager.find(UnitReport.class, unitReport).content.tasks().get(0);
              assertThat(line.title()).isEqualTo("CSDL định danh điện tử");
              assertThat(line.leads()).isEmpty();
              assertThat(line.cooperating()).isEmpty();
              var stored = entityManager.find(ConsolidatedReport.class, consolidated).content;
              assertThat(stored.tasks().get(0).leads()).isEmpty();
              var document =
                  DocumentMapping.from(
                      stored, "Sở Khoa học và Công nghệ", "Tỉnh Kon Tum", 1, null, "ISSUED");
              assertThat(document.tasks().get(0).leadOrgNames()).isEmpty();
              assertThat(document.tasks().get(0).code()).isEqualTo("38.12");
            });
  }

  private void organization(UUID id, String name) {
    entityManager
        .createNativeQuery(
            "insert into organization_view (id, code, province, name, type, version, updated_at)"
                + " values (?1, ?2, 'KT', ?3, 'DEPARTMENT', 1, now())")
        .setParameter(1, id)
        .setParameter(2, "KT." + id)
        .setParameter(3, name)
        .executeUpdate();
  }

  private void task(UUID plan, String code, UUID[] leads, UUID[] cooperating) {
    UUID id = UUID.randomUUID();
    entityManager
        .createNativeQuery(
            "insert into task_view (id, province, plan_id, code, title, lead_org_ids,"
                + " cooperating_org_ids, deadline_text, status, version, updated_at)"
                + " values (?1, 'KT', ?2, ?3, 'Nhiệm vụ', ?4, ?5, '12/2025', 'IN_PROGRESS', 1,"
                + " now())")
        .setParameter(1, id)
        .setParameter(2, plan)
        .setParameter(3, code)
        .setParameter(4, leads)
        .setParameter(5, cooperating)
        .executeUpdate();
    // What task-service publishes of the version for its timeliness rule.
    entityManager
        .createNativeQuery(
            "insert into task_view_version (task_id, version, plan_id, effective_on, timeline)"
                + " values (?1, 1, ?2, null, cast(?3 as jsonb))")
        .setParameter(1, id)
        .setParameter(2, plan)
        .setParameter(
            3,
            "{\"version\": 1, \"facts\": {\"status\": \"IN_PROGRESS\", \"deadline\":"
                + " {\"text\": \"12/2025\", \"kind\": \"MONTH\", \"dueDate\": \"2025-12-31\"}},"
                + " \"progressPercent\": 40, \"parts\": [], \"extensions\": 0}")
        .executeUpdate();
  }
}
