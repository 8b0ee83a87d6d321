package vn.plantrack.indicator.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.rules.Counting;

/** An indicator as the API answers it, with its targets. */
public record IndicatorView(
    UUID id,
    String province,
    UUID planId,
    String code,
    UUID parentId,
    String name,
    String unit,
    Direction direction,
    Counting counting,
    String valueType,
    List<UUID> leadOrgIds,
    List<UUID> responsibleOrgIds,
    List<UUID> monitoringOrgIds,
    Baseline baseline,
    List<Indicator.Target> targets,
    boolean groupRow,
    Instant updatedAt,
    String updatedBy,
    long version) {
  static IndicatorView of(Indicator i) {
    return new IndicatorView(
        i.id,
        i.province,
        i.planId,
        i.code,
        i.parentId,
        i.name,
        i.unit,
        i.direction,
        i.counting,
        i.valueType == null ? null : i.valueType.name(),
        List.copyOf(i.leadOrgIds),
        List.copyOf(i.responsibleOrgIds),
        List.copyOf(i.monitoringOrgIds),
        new Baseline(i.baselineValue, i.baselineText, i.baselineYear),
        List.copyOf(i.targets),
        i.targets.isEmpty(),
        i.updatedAt,
        i.updatedBy,
        i.version);
  }
}
