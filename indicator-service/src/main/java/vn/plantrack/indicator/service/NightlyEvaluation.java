package vn.plantrack.indicator.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.indicator.repository.IndicatorRepository;

/**
 * Evaluations move with time as well as with data: a milestone year that ends without a value, a
 * trajectory that the calendar overtakes. Once a night every indicator is re-evaluated as of today,
 * each in its own transaction; a change is announced once, also with two instances running (the
 * second one's update of the same row fails its version check and announces nothing).
 */
@ApplicationScoped
public class NightlyEvaluation {
  private static final Logger LOG = Logger.getLogger(NightlyEvaluation.class);

  private final IndicatorRepository indicators;
  private final IndicatorEvaluations evaluations;

  public NightlyEvaluation(IndicatorRepository indicators, IndicatorEvaluations evaluations) {
    this.indicators = indicators;
    this.evaluations = evaluations;
  }

  @Scheduled(
      cron = "${plantrack.evaluation.nightly}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    run();
  }

  /** Returns how many indicators changed their evaluation. */
  public int run() {
    List<UUID> ids = QuarkusTransaction.requiringNew().call(indicators::allIds);
    int changed = 0;
    for (UUID id : ids) {
      try {
        if (QuarkusTransaction.requiringNew().call(() -> evaluations.reevaluate(id))) {
          changed++;
        }
      } catch (RuntimeException e) {
        // Most often another instance re-evaluated the same row first (its version check won).
        LOG.debugf(e, "indicator %s not re-evaluated here", id);
      }
    }
    return changed;
  }
}
