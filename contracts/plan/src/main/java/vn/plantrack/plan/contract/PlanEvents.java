package vn.plantrack.plan.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What plan-service publishes about plans on {@code plantrack.plans}. Every event carries the whole
 * plan as it is after the change, so a consumer (reporting) needs no other source. Examples:
 * plan-service/docs/events.md.
 */
public final class PlanEvents {
  public static final String TOPIC = "plantrack.plans";
  public static final String CREATED = "plantrack.plan.created.v1";
  public static final String ISSUED = "plantrack.plan.issued.v1";
  public static final String AMENDED = "plantrack.plan.amended.v1";
  public static final String SUPERSEDED = "plantrack.plan.superseded.v1";
  public static final String CANCELLED = "plantrack.plan.cancelled.v1";

  /**
   * A confirmed import: the tasks and indicators read from the plan's document, for task-service
   * and indicator-service to create, each all at once and once only (they keep the event id).
   * Published in the transaction that issues the plan, right after its issued event.
   */
  public static final String IMPORT_CONFIRMED = "plantrack.plan.import-confirmed.v1";

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
      List<Section> sections,
      List<DocumentReference> implementsDocuments,
      DocumentReference supersedes,
      List<ReportingRule> reportingRules,
      List<String> changedFields,
      long version) {}

  /**
   * The content of a confirmed import. Parents come before their sub-tasks and sub-indicators;
   * {@code parentCode} names them. Agencies are directory ids (the coordinator resolved or left out
   * every name that did not resolve). {@code implementsTaskCode} is the code of the task this one
   * carries out in {@code implementsPlanId}.
   */
  /** A numbered group of tasks ("I", "II", … with its title). */
  public record Section(String code, String title) {}

  /**
   * A document a plan implements or supersedes: a plan in the system ({@code planId}), or an
   * external one by number, date and issuer (57-NQ/TW, 71/NQ-CP), optionally down to a clause.
   */
  public record DocumentReference(
      UUID planId, String number, LocalDate issuedOn, String issuer, String title, String clause) {}

  public record ImportConfirmed(
      UUID id,
      UUID importId,
      String province,
      String number,
      String confirmedBy,
      UUID implementsPlanId,
      List<ImportedTask> tasks,
      List<ImportedIndicator> indicators,
      long version) {}

  public record ImportedTask(
      String code,
      String parentCode,
      String sectionCode,
      String title,
      List<UUID> leadOrgIds,
      List<UUID> cooperatingOrgIds,
      String expectedOutput,
      String deadlineText,
      String implementsTaskCode,
      int sourceLine) {}

  public record ImportedIndicator(
      String code,
      String parentCode,
      String name,
      String unit,
      String baselineText,
      List<ImportedTarget> targets,
      List<UUID> monitoringOrgIds,
      boolean group,
      int sourceLine) {}

  public record ImportedTarget(int year, String text) {}
}
