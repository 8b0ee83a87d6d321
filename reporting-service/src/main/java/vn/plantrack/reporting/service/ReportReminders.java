package vn.plantrack.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day: "report due soon" and "report overdue" for every pending unit report, each once (the
 * report remembers which it was sent; two instances collide on the row's version, not on the unit's
 * inbox).
 */
@ApplicationScoped
public class ReportReminders {
  private final ReportCommands reports;
  private final ReportClock clock;
  private final int daysBefore;

  public ReportReminders(
      ReportCommands reports,
      ReportClock clock,
      @ConfigProperty(name = "plantrack.reports.reminders.days-before") int daysBefore) {
    this.reports = reports;
    this.clock = clock;
    this.daysBefore = daysBefore;
  }

  @Scheduled(
      cron = "${plantrack.reports.reminders.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    reports.remind(clock.today(), daysBefore);
  }
}
