package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.directory.service.ImportRows;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * Creates the indicators of a plan import confirmed in plan-service ({@code
 * plantrack.plan.import-confirmed.v1}, examples in plan-service/docs/events.md): all of them in the
 * consumer's one transaction, group rows before their sub-indicators, through {@link
 * IndicatorCommands} so targets are read, evaluated, audited and announced as for any other. An
 * indicator whose code the plan already has is left as it is (nothing is created twice). A row that
 * cannot be an indicator (no code or name, a target without text, an id that is no UUID, a parent
 * the import lacks or left out) is left out and reported (platform's RejectedParts); the other rows
 * are created. Reading the event, its plan and its rows is the replica's {@link ImportRows}, shared
 * with task-service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportedIndicators implements ConfirmedImports {
  private static final Logger LOG = Logger.getLogger(ImportedIndicators.class);

  private final IndicatorCommands commands;
  private final IndicatorRepository indicators;
  private final ImportRows rows;

  public ImportedIndicators(
      IndicatorCommands commands, IndicatorRepository indicators, ImportRows rows) {
    this.commands = commands;
    this.indicators = indicators;
    this.rows = rows;
  }

  /** Returns how many indicators were created. */
  @Override
  public int apply(InboundEvent event) {
    ImportRows.Import<PlanEvents.ImportedIndicator> confirmed =
        rows.read(
            event,
            "indicators",
            PlanEvents.ImportedIndicator.class,
            PlanEvents.ImportedIndicator::parentCode,
            "indicator",
            indicators::idsByCode,
            "code",
            "name");
    KnownPlan plan = confirmed.plan();
    int created =
        rows.createEach(
            confirmed,
            PlanEvents.ImportedIndicator::code,
            i -> row(i, plan.id, confirmed.ids()),
            (i, indicator) -> commands.createImported(plan, indicator, confirmed.confirmedBy()).id);
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
