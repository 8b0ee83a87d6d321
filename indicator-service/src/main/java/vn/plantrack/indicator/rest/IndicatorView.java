package vn.plantrack.indicator.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.rules.Counting;

/** An indicator as the API answers it, with its targets. */
@Schema(
    description = "An indicator of a plan with its milestone targets",
    example =
        """
        {"id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", "province": "KT",
         "planId": "2f9d7c31-4e6b-4a8f-b1c2-5d3e4f5a6b7c", "code": "5",
         "name": "Tỷ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế",
         "unit": "%", "leadOrgIds": ["0c5e8f2a-1b3d-4e6f-8a9b-7c6d5e4f3a2b"], "responsibleOrgIds": [], "monitoringOrgIds": [],
         "targets": [], "groupRow": false, "version": 1}
        """)
public record IndicatorView(
    @Schema(required = true) UUID id,
    @Schema(required = true) String province,
    @Schema(required = true) UUID planId,
    @Schema(required = true) String code,
    UUID parentId,
    @Schema(required = true) String name,
    String unit,
    Direction direction,
    Counting counting,
    @Schema(enumeration = {"NUMBER", "BOOLEAN", "TEXT"}) String valueType,
    @Schema(required = true) List<UUID> leadOrgIds,
    @Schema(required = true) List<UUID> responsibleOrgIds,
    @Schema(required = true) List<UUID> monitoringOrgIds,
    Baseline baseline,
    @Schema(required = true) List<Indicator.Target> targets,
    @Schema(required = true) boolean groupRow,
    Instant updatedAt,
    String updatedBy,
    @Schema(required = true) long version) {
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
