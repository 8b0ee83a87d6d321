package vn.plantrack.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.service.ReportCommands;

/** A pending report is reminded once when due soon and once when overdue; a submitted one never. */
@QuarkusTest
@RealInfrastructure
class ReportRemindersTest {
  @Inject ReportCommands reports;
  @Inject EntityManager entityManager;

  @Test
  void dueSoonAndOverdueGoOutOncePerReport() {
    UUID plan = UUID.randomUUID();
    UUID unit = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              entityManager
                  .createNativeQuery(
                      "insert into plan_view (id, province, number, issued_on, status,"
                          + " reporting_rules, version, updated_at) values (?1, 'KT', 'R/KH',"
                          + " '2025-05-08', 'ISSUED', cast(?2 as jsonb), 1, now())")
                  .setParameter(1, plan)
                  .setParameter(
                      2,
                      "[{\"name\": \"Báo cáo 6 tháng\", \"frequency\": \"SIX_MONTHS\","
                          + " \"dueDay\": 10, \"recipients\": []}]")
                  .executeUpdate();
              entityManager
                  .createNativeQuery(
                      "insert into task_view (id, province, plan_id, code, title, lead_org_ids,"
                          + " deadline_text, status, version, updated_at) values ("
                          + " ?1, 'KT', ?2, '1', 'Nhiệm vụ', ?3, '6/2025', 'IN_PROGRESS', 1,"
                          + " now())")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, plan)
                  .setParameter(3, new UUID[] {unit})
                  .executeUpdate();
            });
    // 2025-H1 is on time until the end of 2025-06-09.
    reports.remind(LocalDate.of(2025, 6, 1), 3); // too early
    reports.remind(LocalDate.of(2025, 6, 7), 3);
    reports.remind(LocalDate.of(2025, 6, 8), 3);
    reports.remind(LocalDate.of(2025, 6, 10), 3);
    reports.remind(LocalDate.of(2025, 6, 11), 3);
    String kafka = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    var reminders =
        TopicReader.await(
            kafka,
            "plantrack.reports",
            r -> r.value().contains(plan.toString()) && r.value().contains(".report."),
            3,
            Duration.ofSeconds(8));
    assertThat(reminders)
        .extracting(r -> r.value().replaceAll(".*\"type\": ?\"([^\"]+)\".*", "$1"))
        .containsExactly("plantrack.report.due-soon.v1", "plantrack.report.overdue.v1");
  }
}
