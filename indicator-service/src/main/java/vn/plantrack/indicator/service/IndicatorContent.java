package vn.plantrack.indicator.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.ValueType;

/**
 * An indicator's writable content once {@link IndicatorValidation} accepted it: stripped, defaults
 * filled in, targets read from their text, the value type they imply.
 */
public record IndicatorContent(
    String code,
    UUID parentId,
    String name,
    String unit,
    Direction direction,
    Counting counting,
    ValueType valueType,
    List<UUID> leadOrgIds,
    List<UUID> responsibleOrgIds,
    List<UUID> monitoringOrgIds,
    BigDecimal baselineValue,
    String baselineText,
    Integer baselineYear,
    List<Indicator.Target> targets) {

  /** Writes the content into the indicator (the entity's lists are its own copies). */
  void applyTo(Indicator indicator) {
    indicator.code = code;
    indicator.parentId = parentId;
    indicator.name = name;
    indicator.unit = unit;
    indicator.direction = direction;
    indicator.counting = counting;
    indicator.valueType = valueType;
    indicator.leadOrgIds = new ArrayList<>(leadOrgIds);
    indicator.responsibleOrgIds = new ArrayList<>(responsibleOrgIds);
    indicator.monitoringOrgIds = new ArrayList<>(monitoringOrgIds);
    indicator.baselineValue = baselineValue;
    indicator.baselineText = baselineText;
    indicator.baselineYear = baselineYear;
    indicator.targets = new ArrayList<>(targets);
  }
}
