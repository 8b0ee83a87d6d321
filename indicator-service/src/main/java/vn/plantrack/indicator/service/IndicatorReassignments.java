package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.service.RoleHandover;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.repository.IndicatorRepository;

/**
 * When an organization is merged or split, the indicators it leads, answers for or monitors pass to
 * the (primary) successor, recorded in each indicator's history and announced as {@code
 * indicator.updated}. Values it recorded keep their recorder. The hand-over is the replica's {@link
 * RoleHandover}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorReassignments extends RoleHandover<Indicator, Map<String, Object>> {
  private static final List<Role<Indicator>> ROLES =
      List.of(
          new Role<>(i -> i.leadOrgIds, (i, ids) -> i.leadOrgIds = ids),
          new Role<>(i -> i.responsibleOrgIds, (i, ids) -> i.responsibleOrgIds = ids),
          new Role<>(i -> i.monitoringOrgIds, (i, ids) -> i.monitoringOrgIds = ids));

  private final IndicatorRepository indicators;
  private final IndicatorRecorder recorder;

  public IndicatorReassignments(IndicatorRepository indicators, IndicatorRecorder recorder) {
    this.indicators = indicators;
    this.recorder = recorder;
  }

  @Override
  protected List<Indicator> openWorkOf(UUID org) {
    return indicators.heldBy(org);
  }

  @Override
  protected List<Role<Indicator>> roles() {
    return ROLES;
  }

  /** The whole indicator as its history records it. */
  @Override
  protected Map<String, Object> before(Indicator indicator) {
    return IndicatorMapping.snapshot(indicator);
  }

  @Override
  protected void handedOver(
      Indicator indicator, Map<String, Object> before, UUID from, UUID to, LocalDate effectiveOn) {
    indicator.stampUpdated("system");
    indicators.flush();
    recorder.reassigned(
        indicator, before, "reorganization: " + from + " → " + to + " from " + effectiveOn);
  }
}
