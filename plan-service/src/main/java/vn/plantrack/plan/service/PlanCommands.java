package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanDocument.LegalBasis;
import vn.plantrack.plan.PlanDocument.Objectives;
import vn.plantrack.plan.PlanDocument.Section;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.plan.contract.ReportingRule;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;

/**
 * Changes to plans. A draft is edited freely; issuing needs an issuer and an issue date and freezes
 * the document's identity (number, type, issuer, date, signer); later changes to its content are
 * amendments, recorded field by field and announced. Issuing a plan that supersedes another in the
 * system supersedes it. Each command asks {@link PlanAccess} whether the caller may, {@link
 * PlanValidation} whether the change fits, makes it, and has {@link PlanRecorder} write its history
 * and event.
 */
@ApplicationScoped
@Transactional
public class PlanCommands {
  private final PlanRepository plans;
  private final PlanAccess access;
  private final PlanValidation validation;
  private final PlanRecorder recorder;
  private final Caller caller;

  public PlanCommands(
      PlanRepository plans,
      PlanAccess access,
      PlanValidation validation,
      PlanRecorder recorder,
      Caller caller) {
    this.plans = plans;
    this.access = access;
    this.validation = validation;
    this.recorder = recorder;
    this.caller = caller;
  }

  /** A plan's writable content, shape-validated by the resource. */
  public record PlanData(
      String number,
      DocumentType documentType,
      String title,
      UUID issuerOrgId,
      LocalDate issuedOn,
      String signer,
      Objectives objectives,
      List<Section> sections,
      List<LegalBasis> legalBases,
      List<DocumentReference> implementsDocuments,
      DocumentReference supersedes,
      List<ReportingRule> reportingRules) {}

  public Plan create(String requestedProvince, PlanData data) {
    String province = caller.provinceForWrite(requestedProvince);
    access.requireCoordinator(province);
    return insert(province, data);
  }

  /**
   * A DRAFT plan read from a document, for a caller {@link PlanImports} has checked may import into
   * the province (coordinators, and integrations of the province).
   */
  Plan createFromImport(String province, PlanData data) {
    return insert(province, data);
  }

  private Plan insert(String province, PlanData data) {
    Plan plan = new Plan();
    plan.id = UUID.randomUUID();
    plan.province = province;
    plan.status = PlanStatus.DRAFT;
    validation.content(plan, data);
    apply(plan, data);
    plan.stampCreated(caller.username());
    plans.persistAndFlush(plan);
    recorder.created(plan);
    return plan;
  }

  public Plan update(UUID id, String ifMatch, Long bodyVersion, PlanData data) {
    Plan plan = access.find(id);
    access.requireCoordinator(plan.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, plan.version);
    validation.requireChangeable(plan);
    Map<String, Object> before = PlanRecorder.snapshot(plan);
    validation.content(plan, data);
    apply(plan, data);
    Map<String, Object> after = PlanRecorder.snapshot(plan);
    List<String> changed =
        before.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    validation.requireIdentityKept(plan, changed);
    if (changed.isEmpty()) {
      return plan;
    }
    plan.stampUpdated(caller.username());
    plans.flush();
    recorder.changed(plan, before, after, changed);
    return plan;
  }

  /**
   * DRAFT → ISSUED. Needs an issuer and an issue date; supersedes the plan it replaces, if that is
   * in the system.
   */
  public Plan issue(UUID id, String ifMatch) {
    Plan plan = access.find(id);
    access.requireCoordinator(plan.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, plan.version);
    }
    return issue(plan);
  }

  /**
   * The issue date of a DRAFT read from a document that prints none, given when its import is
   * confirmed (audited as any change of the draft).
   */
  void dateFromImport(Plan plan, LocalDate issuedOn) {
    Map<String, Object> before = PlanRecorder.snapshot(plan);
    plan.issuedOn = issuedOn;
    plan.stampUpdated(caller.username());
    plans.flush();
    recorder.draftChanged(plan, before);
  }

  /** Issues the DRAFT plan of an import being confirmed (the caller's right checked there). */
  Plan issueFromImport(Plan plan) {
    return issue(plan);
  }

  private Plan issue(Plan plan) {
    Plan replaced = validation.replacedOnIssue(plan);
    transition(plan, PlanStatus.ISSUED, null, "ISSUED", PlanEvents.ISSUED);
    if (replaced != null) {
      transition(
          replaced,
          PlanStatus.SUPERSEDED,
          "replaced by " + plan.number,
          "SUPERSEDED",
          PlanEvents.SUPERSEDED);
    }
    return plan;
  }

  public Plan cancel(UUID id, String reason, String ifMatch) {
    Plan plan = access.find(id);
    access.requireCoordinator(plan.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, plan.version);
    }
    validation.requireCancellable(plan);
    transition(plan, PlanStatus.CANCELLED, reason, "CANCELLED", PlanEvents.CANCELLED);
    return plan;
  }

  private void transition(
      Plan plan, PlanStatus to, String reason, String action, String eventType) {
    PlanStatus from = plan.status;
    plan.status = to;
    plan.statusReason = reason;
    plan.stampUpdated(caller.username());
    plans.flush();
    recorder.statusChanged(plan, from, reason, action, eventType);
  }

  private static void apply(Plan plan, PlanData data) {
    plan.number = data.number().strip();
    plan.documentType = data.documentType();
    plan.title = data.title().strip();
    plan.issuerOrgId = data.issuerOrgId();
    plan.issuedOn = data.issuedOn();
    plan.signer = data.signer() == null || data.signer().isBlank() ? null : data.signer().strip();
    plan.objectives = data.objectives() == null ? Objectives.empty() : data.objectives();
    plan.sections = data.sections() == null ? new ArrayList<>() : new ArrayList<>(data.sections());
    plan.legalBases =
        data.legalBases() == null ? new ArrayList<>() : new ArrayList<>(data.legalBases());
    plan.implementsDocs =
        data.implementsDocuments() == null
            ? new ArrayList<>()
            : new ArrayList<>(data.implementsDocuments());
    plan.supersedesDoc = data.supersedes();
    plan.reportingRules =
        data.reportingRules() == null ? new ArrayList<>() : new ArrayList<>(data.reportingRules());
  }
}
