package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.EventData;
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

  /** The event's rows, read one by one (the tasks are task-service's). */
  private static final Set<String> ROWS = Set.of("tasks", "indicators");

  private final IndicatorCommands commands;
  private final IndicatorRepository indicators;
  private final KnownPlanRepository plans;
  private final RejectedParts rejected;
  private final EventData data;

  public ImportedIndicators(
      IndicatorCommands commands,
      IndicatorRepository indicators,
      KnownPlanRepository plans,
      RejectedParts rejected,
      EventData data) {
    this.commands = commands;
    this.indicators = indicators;
    this.plans = plans;
    this.rejected = rejected;
    this.data = data;
  }

  /** Returns how many indicators were created. */
  @Override
  public int apply(InboundEvent event) {
    PlanEvents.ImportConfirmed confirmed =
        data.decodeApart(event, PlanEvents.ImportConfirmed.class, ROWS, "id");
    UUID planId = confirmed.id();
    KnownPlan plan = plans.findById(planId);
    if (plan == null) {
      throw new InboundEvent.PoisonEventException("import of unknown plan " + planId);
    }
    String confirmedBy = confirmed.confirmedBy() == null ? "system" : confirmed.confirmedBy();
    Map<String, UUID> ids = indicators.idsByCode(planId);
    // Group rows first: a sub-indicator names its parent by code.
    List<PlanEvents.ImportedIndicator> ordered = new ArrayList<>();
    List<PlanEvents.ImportedIndicator> subIndicators = new ArrayList<>();
    for (EventData.Part<PlanEvents.ImportedIndicator> part :
        data.parts(event, "indicators", PlanEvents.ImportedIndicator.class, "code", "name")) {
      if (!part.ok()) {
        String code =
            part.code() == null ? "indicator without code #" + part.position() : part.code();
        if (!ids.containsKey(code)) {
          rejected.reject(code, part.problem());
        }
      } else if (part.value().parentCode() == null) {
        ordered.add(part.value());
      } else {
        subIndicators.add(part.value());
      }
    }
    ordered.addAll(subIndicators);
    int created = 0;
    for (PlanEvents.ImportedIndicator i : ordered) {
      if (ids.containsKey(i.code())) {
        continue;
      }
      IndicatorData indicator;
      try {
        indicator = row(i, planId, ids);
      } catch (InboundEvent.PoisonEventException e) {
        rejected.reject(i.code(), e.getMessage());
        continue;
      }
      ids.put(i.code(), commands.createImported(plan, indicator, confirmedBy).id);
      created++;
    }
    LOG.infof("import of plan %s: %d indicators created", plan.number, created);
    return created;
  }

  /** The row as an indicator to create; a row that cannot be one is poison (for itself only). */
  private static IndicatorData row(
      PlanEvents.ImportedIndicator i, UUID planId, Map<String, UUID> ids) {
    UUID parentId = i.parentCode() == null ? null : ids.get(i.parentCode());
    if (i.parentCode() != null && parentId == null) {
      throw new InboundEvent.PoisonEventException(
          "no parent " + i.parentCode() + " in the import (or it was left out)");
    }
    List<TargetData> targets = new ArrayList<>();
    for (PlanEvents.ImportedTarget t : orEmpty(i.targets())) {
      if (t == null || t.text() == null || t.text().isBlank()) {
        throw new InboundEvent.PoisonEventException("text missing");
      }
      targets.add(new TargetData(t.year(), t.text(), null, null, null, null, null));
    }
    return new IndicatorData(
        planId,
        i.code(),
        parentId,
        i.name(),
        i.unit(),
        null,
        null,
        List.of(),
        List.of(),
        orEmpty(i.monitoringOrgIds()),
        null,
        i.baselineText(),
        null,
        targets);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
