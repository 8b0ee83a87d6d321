package vn.plantrack.plan.contract;

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
  public static final String MERGED = "plantrack.organization.merged.v1";
  public static final String SPLIT = "plantrack.organization.split.v1";

  private OrganizationEvents() {}

  /**
   * The organization as it is after the change; consumers keep what they need of it. {@code
   * contacts} are its focal points (đầu mối), in the order the agency gives them; an event written
   * before contacts existed has none (null when read).
   */
  public record OrganizationChanged(
      UUID id,
      String code,
      String province,
      String name,
      String shortName,
      List<String> aliases,
      String type,
      List<UUID> memberIds,
      List<String> memberTypes,
      UUID parentId,
      LocalDate validFrom,
      LocalDate validTo,
      List<Contact> contacts,
      long version) {}

  /**
   * A focal point of an agency: who is told about its tasks and reports. {@code role} is the
   * person's role in the agency as the agency writes it ("Chuyên viên đầu mối", "Phó Giám đốc phụ
   * trách"); email or phone may be absent, not both.
   */
  public record Contact(String name, String email, String phone, String role) {}

  /**
   * An organization ended on {@code effectiveOn − 1 day} and its open work passes to its successors
   * from {@code effectiveOn}: to {@code successorIds.get(0)} unless the owner of the work decides
   * otherwise (a split names the primary successor first). Work that was completed keeps its
   * original organization.
   */
  public record OrganizationReorganized(
      UUID id,
      String code,
      String province,
      String kind,
      List<UUID> successorIds,
      java.time.LocalDate effectiveOn,
      String note,
      long version) {}
}
