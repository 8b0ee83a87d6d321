package vn.plantrack.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import vn.plantrack.reporting.service.ReportClock;

/**
 * The tests' clock: the real time unless a test sets it, so a submission can be stamped on either
 * side of a due instant.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends ReportClock {
  private volatile Instant fixed;

  public void set(Instant instant) {
    fixed = instant;
  }

  @Override
  public Instant now() {
    Instant at = fixed;
    return at == null ? Instant.now() : at;
  }
}
