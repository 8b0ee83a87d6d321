package vn.plantrack.indicator.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.rules.Counting;

/** The writable content of an indicator, shape-validated by the resource. */
public record IndicatorData(
    UUID planId,
    String code,
    UUID parentId,
    String name,
    String unit,
    Direction direction,
    Counting counting,
    List<UUID> leadOrgIds,
    List<UUID> responsibleOrgIds,
    List<UUID> monitoringOrgIds,
    BigDecimal baselineValue,
    String baselineText,
    Integer baselineYear,
    List<TargetData> targets) {}
