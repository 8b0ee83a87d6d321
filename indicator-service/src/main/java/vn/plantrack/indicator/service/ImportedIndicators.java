package vn.plantrack.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.messaging.RejectedParts;

/**
 * Creates the indicators of a plan import confirmed in plan-service ({@code
 * plantrack.plan.import-confirmed.v1}, examples in plan-service/docs/events.md): all of them in the
 * consumer's one transaction, group rows before their sub-indicators, through {@link
 * IndicatorCommands} so targets are read, evaluated, audited and announced as for any other. An
 * indicator whose code the plan already has is left as it is (nothing is created twice). A row that
 * cannot be an indicator (no code or name, a target without text, an id that is no UUID, a parent
 * the import lacks or left out) is left out and reported ({@link RejectedParts}); the other rows
 * are created.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportedIndicators implements ConfirmedImports {
  private static final Logger LOG = Logger.getLogger(ImportedIndicators.class);

  private final IndicatorCommands commands;
  private final IndicatorRepository indicators;
  private final KnownPlanRepository plans;
  private final RejectedParts rejected;

  public ImportedIndicators(
      IndicatorCommands commands,
      IndicatorRepository indicators,
      KnownPlanRepository plans,
      RejectedParts rejected) {
    this.commands = commands;
    this.indicators = indicators;
    this.plans = plans;
    this.rejected = rejected;
  }

  /** Returns how many indicators were created. */
  @Override
  public int apply(InboundEvent event) {
    JsonNode data = event.data();
    UUID planId = InboundEvent.uuid(data, "id");
    KnownPlan plan = plans.findById(planId);
    if (plan == null) {
      throw new InboundEvent.PoisonEventException("import of unknown plan " + planId);
    }
    String confirmedBy = data.path("confirmedBy").asText("system");
    Map<String, UUID> ids = indicators.idsByCode(planId);
    List<JsonNode> ordered = new ArrayList<>();
    data.path("indicators")
        .forEach(
            i -> {
              if (!i.hasNonNull("parentCode")) {
                ordered.add(i);
              }
            });
    data.path("indicators")
        .forEach(
            i -> {
              if (i.hasNonNull("parentCode")) {
                ordered.add(i);
              }
            });
    int created = 0;
    int row = 0;
    for (JsonNode i : ordered) {
      row++;
      String code =
          i.path("code").isTextual() ? i.get("code").asText() : "indicator without code #" + row;
      if (ids.containsKey(code)) {
        continue;
      }
      IndicatorData indicator;
      try {
        indicator = row(i, planId, ids);
      } catch (InboundEvent.PoisonEventException e) {
        rejected.reject(code, e.getMessage());
        continue;
      }
      ids.put(code, commands.createImported(plan, indicator, confirmedBy).id);
      created++;
    }
    LOG.infof("import of plan %s: %d indicators created", plan.number, created);
    return created;
  }

  /** The row as an indicator to create; a row that cannot be one is poison (for itself only). */
  private static IndicatorData row(JsonNode i, UUID planId, Map<String, UUID> ids) {
    String code = InboundEvent.text(i, "code");
    UUID parentId = i.hasNonNull("parentCode") ? ids.get(i.get("parentCode").asText()) : null;
    if (i.hasNonNull("parentCode") && parentId == null) {
      throw new InboundEvent.PoisonEventException(
          "no parent " + i.get("parentCode").asText() + " in the import (or it was left out)");
    }
    List<TargetData> targets = new ArrayList<>();
    i.path("targets")
        .forEach(
            t ->
                targets.add(
                    new TargetData(
                        t.path("year").asInt(),
                        InboundEvent.text(t, "text"),
                        null,
                        null,
                        null,
                        null,
                        null)));
    return new IndicatorData(
        planId,
        code,
        parentId,
        InboundEvent.text(i, "name"),
        i.hasNonNull("unit") ? i.get("unit").asText() : null,
        null,
        null,
        List.of(),
        List.of(),
        InboundEvent.uuids(i, "monitoringOrgIds"),
        null,
        i.hasNonNull("baselineText") ? i.get("baselineText").asText() : null,
        null,
        targets);
  }
}
