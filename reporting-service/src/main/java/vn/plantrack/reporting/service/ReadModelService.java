package vn.plantrack.reporting.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.repository.OrganizationViewRepository;

/**
 * Applies the owners' events to the read model. Idempotent by construction: an event whose version
 * is not newer than what the row holds changes nothing, so duplicates, replays and out-of-order
 * deliveries leave it correct.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {
  private final OrganizationViewRepository organizations;

  public ReadModelService(OrganizationViewRepository organizations) {
    this.organizations = organizations;
  }

  /** Returns true when the event changed the read model. */
  public boolean applyOrganization(InboundEvent event) {
    JsonNode data = event.data();
    UUID id = UUID.fromString(text(data, "id"));
    OrganizationView row = organizations.findById(id);
    if (row != null && row.version >= event.version()) {
      return false;
    }
    if (row == null) {
      row = new OrganizationView();
      row.id = id;
    }
    row.code = text(data, "code");
    row.province = text(data, "province");
    row.name = text(data, "name");
    row.shortName = data.path("shortName").isTextual() ? data.get("shortName").asText() : null;
    row.type = text(data, "type");
    row.parentId =
        data.path("parentId").isTextual() ? UUID.fromString(data.get("parentId").asText()) : null;
    row.validFrom = date(data, "validFrom");
    row.validTo = date(data, "validTo");
    row.version = event.version();
    row.updatedAt = Instant.now();
    organizations.persist(row);
    return true;
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.get(field);
    if (value == null || !value.isTextual()) {
      throw new InboundEvent.PoisonEventException("data." + field + " missing");
    }
    return value.asText();
  }

  private static LocalDate date(JsonNode data, String field) {
    return data.path(field).isTextual() ? LocalDate.parse(data.get(field).asText()) : null;
  }
}
