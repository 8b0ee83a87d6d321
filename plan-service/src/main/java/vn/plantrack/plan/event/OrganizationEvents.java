package vn.plantrack.plan.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What plan-service publishes about organizations on {@code plantrack.organizations}. Types are
 * stable strings (never Java class names); {@code data} is one of the records below. Examples:
 * docs/events.md of this service.
 */
public final class OrganizationEvents {
  public static final String TOPIC = "plantrack.organizations";
  public static final String CREATED = "plantrack.organization.created.v1";
  public static final String UPDATED = "plantrack.organization.updated.v1";

  private OrganizationEvents() {}

  /** The organization as it is after the change; consumers keep what they need of it. */
  public record OrganizationChanged(
      UUID id,
      String code,
      String province,
      String name,
      String shortName,
      List<String> aliases,
      String type,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      long version) {}
}
