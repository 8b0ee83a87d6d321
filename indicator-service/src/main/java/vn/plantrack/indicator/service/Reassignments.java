package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.service.OpenWork;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.repository.IndicatorRepository;

/**
 * When an organization is merged or split, the indicators it leads, answers for or monitors pass to
 * the (primary) successor, recorded in each indicator's history and announced as {@code
 * indicator.updated}. Values it recorded keep their recorder.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reassignments implements OpenWork {
  private final IndicatorRepository indicators;
  private final IndicatorRecorder recorder;

  public Reassignments(IndicatorRepository indicators, IndicatorRecorder recorder) {
    this.indicators = indicators;
    this.recorder = recorder;
  }

  /** Returns the number of indicators changed. */
  @Override
  public int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn) {
    List<Indicator> held = indicators.heldBy(from);
    for (Indicator indicator : held) {
      Map<String, Object> before = IndicatorMapping.snapshot(indicator);
      indicator.leadOrgIds = OpenWork.replace(indicator.leadOrgIds, from, to);
      indicator.responsibleOrgIds = OpenWork.replace(indicator.responsibleOrgIds, from, to);
      indicator.monitoringOrgIds = OpenWork.replace(indicator.monitoringOrgIds, from, to);
      indicator.stampUpdated("system");
      indicators.flush();
      recorder.reassigned(
          indicator, before, "reorganization: " + from + " → " + to + " from " + effectiveOn);
    }
    return held.size();
  }
}
