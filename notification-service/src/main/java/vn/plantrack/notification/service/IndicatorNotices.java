package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.indicator.contract.IndicatorEvents.EvaluationChanged;
import vn.plantrack.notification.rules.Notices;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * indicator-service's {@code evaluation-changed}: a milestone that became AT_RISK (it was not
 * before) is told to the province's coordinators, every such milestone of the event in one notice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorNotices {
  private final EventData data;
  private final Dispatcher dispatcher;
  private final Links links;

  public IndicatorNotices(EventData data, Dispatcher dispatcher, Links links) {
    this.data = data;
    this.dispatcher = dispatcher;
    this.links = links;
  }

  public void apply(InboundEvent event) {
    if (!IndicatorEvents.EVALUATION_CHANGED.equals(event.type())) {
      return;
    }
    EvaluationChanged e =
        data.decode(event, EvaluationChanged.class, "id", "province", "code", "current");
    Map<String, String> previous = e.previous() == null ? Map.of() : e.previous();
    TreeSet<String> years = new TreeSet<>();
    e.current()
        .forEach(
            (year, now) -> {
              String at = Evaluation.AT_RISK.name();
              if (at.equals(now) && !at.equals(previous.get(year))) {
                years.add(year);
              }
            });
    if (years.isEmpty()) {
      return;
    }
    dispatcher.tell(
        event.id(),
        e.province(),
        Notices.indicatorAtRisk(links.base(), e.id(), e.code(), String.join(", ", years), e.asOf()),
        List.of());
  }
}
