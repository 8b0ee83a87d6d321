package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.plantrack.notification.rules.Notices;
import vn.plantrack.notification.rules.NotificationKind;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.reporting.contract.ReportEvents;
import vn.plantrack.reporting.contract.ReportEvents.ConsolidatedIssued;
import vn.plantrack.reporting.contract.ReportEvents.ReportChanged;

/**
 * reporting-service's events, read as its published contract's records: a unit's report due soon,
 * overdue, returned (with the reason) or accepted is told to the unit; a consolidated report issued
 * to the province's coordinators. A submission tells nobody (the coordinators see it in their
 * lists).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportNotices {
  private final EventData data;
  private final Dispatcher dispatcher;
  private final Links links;

  public ReportNotices(EventData data, Dispatcher dispatcher, Links links) {
    this.data = data;
    this.dispatcher = dispatcher;
    this.links = links;
  }

  public void apply(InboundEvent event) {
    NotificationKind kind =
        switch (event.type()) {
          case ReportEvents.DUE_SOON -> NotificationKind.REPORT_DUE_SOON;
          case ReportEvents.OVERDUE -> NotificationKind.REPORT_OVERDUE;
          case ReportEvents.RETURNED -> NotificationKind.REPORT_RETURNED;
          case ReportEvents.ACCEPTED -> NotificationKind.REPORT_ACCEPTED;
          case ReportEvents.CONSOLIDATED_ISSUED -> NotificationKind.CONSOLIDATED_REPORT_ISSUED;
          default -> null;
        };
    if (kind == NotificationKind.CONSOLIDATED_REPORT_ISSUED) {
      ConsolidatedIssued c =
          data.decode(event, ConsolidatedIssued.class, "id", "province", "period");
      dispatcher.tell(
          event.id(),
          c.province(),
          Notices.consolidatedIssued(
              links.base(),
              c.id(),
              c.period(),
              c.number(),
              c.unitsExpected(),
              c.unitsReported(),
              c.unitsOnTime()),
          List.of());
    } else if (kind != null) {
      ReportChanged r =
          data.decode(event, ReportChanged.class, "id", "province", "period", "orgId");
      dispatcher.tell(
          event.id(),
          r.province(),
          Notices.report(
              links.base(),
              kind,
              r.id(),
              r.period(),
              r.dueAt(),
              kind == NotificationKind.REPORT_RETURNED ? r.reason() : null),
          List.of(r.orgId()));
    }
  }
}
