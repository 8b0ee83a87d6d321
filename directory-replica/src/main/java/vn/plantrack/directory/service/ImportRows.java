package vn.plantrack.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.messaging.RejectedParts;

/**
 * What task-service and indicator-service share when they create the rows of a confirmed import
 * (their {@link ConfirmedImports}): the event read as plan-contract's {@code ImportConfirmed}, its
 * plan (an import of a plan the copy lacks is poison: the plan's own events come first on the same
 * partition), who confirmed it, and its rows, each decoded on its own, parents before the rows
 * under them. A row that does not decode, or that the service cannot create, is left out and
 * reported ({@link RejectedParts}); a row whose code the plan already has is not created again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportRows {
  /** The event's lists, each read row by row by the service that creates it. */
  private static final Set<String> LISTS = Set.of("tasks", "indicators");

  private final KnownPlanRepository plans;
  private final EventData data;
  private final RejectedParts rejected;

  public ImportRows(KnownPlanRepository plans, EventData data, RejectedParts rejected) {
    this.plans = plans;
    this.data = data;
    this.rejected = rejected;
  }

  /**
   * A confirmed import as a service creates it: {@code ids} are the plan's codes already created.
   */
  public record Import<R>(
      KnownPlan plan,
      PlanEvents.ImportConfirmed content,
      String confirmedBy,
      Map<String, UUID> ids,
      List<R> rows) {}

  /**
   * The import's {@code list} ("tasks", "indicators") as {@code type}: rows that do not decode (or
   * lack a {@code required} field) are rejected already, named by code or as "{@code noun} without
   * code #n"; {@code idsByCode} gives the codes the plan already has.
   */
  public <R extends Record> Import<R> read(
      InboundEvent event,
      String list,
      Class<R> type,
      Function<R, String> parentCode,
      String noun,
      Function<UUID, Map<String, UUID>> idsByCode,
      String... required) {
    PlanEvents.ImportConfirmed content =
        data.decodeApart(event, PlanEvents.ImportConfirmed.class, LISTS, "id");
    KnownPlan plan = plans.findById(content.id());
    if (plan == null) {
      throw new InboundEvent.PoisonEventException("import of unknown plan " + content.id());
    }
    Map<String, UUID> ids = idsByCode.apply(plan.id);
    List<R> parents = new ArrayList<>();
    List<R> children = new ArrayList<>();
    for (EventData.Part<R> part : data.parts(event, list, type, required)) {
      if (!part.ok()) {
        String code =
            part.code() == null ? noun + " without code #" + part.position() : part.code();
        if (!ids.containsKey(code)) {
          rejected.reject(code, part.problem());
        }
      } else if (parentCode.apply(part.value()) == null) {
        parents.add(part.value());
      } else {
        children.add(part.value());
      }
    }
    parents.addAll(children);
    String confirmedBy = content.confirmedBy() == null ? "system" : content.confirmedBy();
    return new Import<>(plan, content, confirmedBy, ids, parents);
  }

  /**
   * Creates each row whose code the plan does not have yet, in order, recording its id under its
   * code: {@code prepare} makes the row what the service creates, or refuses it ({@link
   * InboundEvent.PoisonEventException}: the row is left out and reported with the reason), and
   * {@code create} creates it. Returns how many were created.
   */
  public <R, D> int createEach(
      Import<R> rows,
      Function<R, String> code,
      Function<R, D> prepare,
      BiFunction<R, D, UUID> create) {
    int created = 0;
    for (R row : rows.rows()) {
      String key = code.apply(row);
      if (rows.ids().containsKey(key)) {
        continue;
      }
      D prepared;
      try {
        prepared = prepare.apply(row);
      } catch (InboundEvent.PoisonEventException e) {
        rejected.reject(key, e.getMessage());
        continue;
      }
      rows.ids().put(key, create.apply(row, prepared));
      created++;
    }
    return created;
  }
}
