package vn.plantrack.plan.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.plantrack.plan.PlanDocument;

/**
 * What plan-service publishes about plans on {@code plantrack.plans}. Every event carries the whole
 * plan as it is after the change, so a consumer (reporting) needs no other source. Examples:
 * docs/events.md.
 */
public final class PlanEvents {
  public static final String TOPIC = "plantrack.plans";
  public static final String CREATED = "plantrack.plan.created.v1";
  public static final String ISSUED = "plantrack.plan.issued.v1";
  public static final String AMENDED = "plantrack.plan.amended.v1";
  public static final String SUPERSEDED = "plantrack.plan.superseded.v1";
  public static final String CANCELLED = "plantrack.plan.cancelled.v1";

  private PlanEvents() {}

  public record PlanChanged(
      UUID id,
      String province,
      String number,
      String documentType,
      String title,
      UUID issuerOrgId,
      LocalDate issuedOn,
      String signer,
      String status,
      String statusReason,
      List<PlanDocument.Section> sections,
      List<PlanDocument.DocumentReference> implementsDocuments,
      PlanDocument.DocumentReference supersedes,
      List<PlanDocument.ReportingRule> reportingRules,
      List<String> changedFields,
      long version) {}
}
