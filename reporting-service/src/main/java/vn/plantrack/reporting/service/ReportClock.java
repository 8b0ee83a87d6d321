package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import vn.plantrack.reporting.rules.ReportingCalendar;

/**
 * The instant a submission is stamped with (on time or late is judged against it), in one place so
 * a test can move it to either side of a due instant.
 */
@ApplicationScoped
public class ReportClock {
  public Instant now() {
    return Instant.now();
  }

  public LocalDate today() {
    return now().atZone(ReportingCalendar.ZONE).toLocalDate();
  }
}
