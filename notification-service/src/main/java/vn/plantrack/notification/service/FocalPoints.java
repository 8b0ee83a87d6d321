package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.plantrack.notification.repository.FocalPointRepository;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.OrganizationEvents.Contact;
import vn.plantrack.plan.contract.OrganizationEvents.OrganizationChanged;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * Keeps each organization's focal points (its contacts in plan-service's directory) from its
 * created and updated events, as of the event's version: an older or repeated event changes
 * nothing; an event without contacts leaves the organization with none.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FocalPoints {
  private final EventData data;
  private final FocalPointRepository points;

  public FocalPoints(EventData data, FocalPointRepository points) {
    this.data = data;
    this.points = points;
  }

  public void apply(InboundEvent event) {
    if (!OrganizationEvents.CREATED.equals(event.type())
        && !OrganizationEvents.UPDATED.equals(event.type())) {
      return;
    }
    OrganizationChanged org = data.decode(event, OrganizationChanged.class, "id", "province");
    var kept = points.version(org.id());
    if (kept.isPresent() && kept.getAsLong() >= event.version()) {
      return;
    }
    List<FocalPointRepository.Point> list =
        (org.contacts() == null ? List.<Contact>of() : org.contacts())
            .stream()
                .filter(java.util.Objects::nonNull)
                .map(c -> new FocalPointRepository.Point(c.name(), c.email(), c.phone(), c.role()))
                .toList();
    points.replace(org.id(), org.province(), event.version(), list);
  }
}
