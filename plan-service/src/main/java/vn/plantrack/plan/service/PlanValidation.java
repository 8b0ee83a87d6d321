package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanDocument.Section;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.contract.ReportingRule;
import vn.plantrack.plan.contract.ReportingRules;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.plan.service.PlanCommands.PlanData;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Whether a plan's content fits (its number free, its issuer, sections, references and reporting
 * rules), and whether its status allows a change, an issue or a cancellation.
 */
@ApplicationScoped
class PlanValidation {
  /** What issuing freezes: a change to these afterwards is refused, not an amendment. */
  private static final List<String> IDENTITY =
      List.of("number", "documentType", "issuerOrgId", "issuedOn", "signer");

  private final PlanRepository plans;
  private final OrganizationRepository organizations;
  private final Caller caller;

  PlanValidation(PlanRepository plans, OrganizationRepository organizations, Caller caller) {
    this.plans = plans;
    this.organizations = organizations;
    this.caller = caller;
  }

  /** The content about to be written to {@code plan}: 409 for a taken number, else 400s. */
  void content(Plan plan, PlanData data) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (plans.numberTaken(plan.province, data.documentType(), data.number().strip(), plan.id)) {
      throw ProblemException.conflict(
          "plan number "
              + data.number()
              + " ("
              + data.documentType()
              + ") exists in "
              + plan.province);
    }
    if (data.issuerOrgId() != null) {
      Organization issuer = organizations.findById(data.issuerOrgId());
      if (issuer == null
          || !(issuer.province.equals(plan.province) || issuer.province.equals("VN"))) {
        errors.add(new Problem.FieldError("issuerOrgId", "no organization " + data.issuerOrgId()));
      }
    }
    Set<String> sectionCodes = new HashSet<>();
    List<Section> sections = data.sections() == null ? List.of() : data.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (!sectionCodes.add(sections.get(i).code())) {
        errors.add(new Problem.FieldError("sections[" + i + "].code", "appears twice"));
      }
    }
    List<DocumentReference> implemented =
        data.implementsDocuments() == null ? List.of() : data.implementsDocuments();
    for (int i = 0; i < implemented.size(); i++) {
      checkReference(plan, implemented.get(i), "implementsDocuments[" + i + "]", errors, true);
    }
    if (data.supersedes() != null) {
      checkReference(plan, data.supersedes(), "supersedes", errors, false);
    }
    List<ReportingRule> rules = data.reportingRules() == null ? List.of() : data.reportingRules();
    for (int i = 0; i < rules.size(); i++) {
      for (ReportingRules.Violation v : ReportingRules.check(rules.get(i))) {
        errors.add(new Problem.FieldError("reportingRules[" + i + "]." + v.field(), v.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /** A superseded or cancelled plan is no longer changed. */
  void requireChangeable(Plan plan) {
    if (plan.status == PlanStatus.SUPERSEDED || plan.status == PlanStatus.CANCELLED) {
      throw ProblemException.conflict("a " + plan.status + " plan is no longer changed");
    }
  }

  /** An issued plan keeps its identity (number, type, issuer, date, signer). */
  void requireIdentityKept(Plan plan, List<String> changed) {
    if (plan.status == PlanStatus.ISSUED) {
      List<String> frozen = changed.stream().filter(IDENTITY::contains).toList();
      if (!frozen.isEmpty()) {
        throw ProblemException.conflict(
            "an issued plan's identity is frozen: " + String.join(", ", frozen));
      }
    }
  }

  /**
   * Whether the plan may be issued: a DRAFT with its issuer and issue date, replacing (if it names
   * one in the system) an ISSUED plan. Returns that plan, or null.
   */
  Plan replacedOnIssue(Plan plan) {
    if (plan.status != PlanStatus.DRAFT) {
      throw ProblemException.conflict("only a DRAFT plan is issued; this one is " + plan.status);
    }
    List<Problem.FieldError> missing = new ArrayList<>();
    if (plan.issuerOrgId == null) {
      missing.add(new Problem.FieldError("issuerOrgId", "an issued plan names its issuer"));
    }
    if (plan.issuedOn == null) {
      missing.add(new Problem.FieldError("issuedOn", "an issued plan has an issue date"));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
    Plan replaced = null;
    if (plan.supersedesDoc != null && plan.supersedesDoc.planId() != null) {
      replaced = plans.findById(plan.supersedesDoc.planId());
      if (replaced != null && replaced.status != PlanStatus.ISSUED) {
        throw ProblemException.conflict(
            "the superseded plan " + replaced.number + " is " + replaced.status + ", not ISSUED");
      }
    }
    return replaced;
  }

  /** Only a DRAFT or ISSUED plan is cancelled. */
  void requireCancellable(Plan plan) {
    if (plan.status != PlanStatus.DRAFT && plan.status != PlanStatus.ISSUED) {
      throw ProblemException.conflict("a " + plan.status + " plan cannot be cancelled");
    }
  }

  /**
   * A reference names a plan in the system (visible, not this one, no cycle) or an external
   * document number.
   */
  private void checkReference(
      Plan plan,
      DocumentReference ref,
      String field,
      List<Problem.FieldError> errors,
      boolean chain) {
    if (ref.planId() == null) {
      if (ref.number() == null || ref.number().isBlank()) {
        errors.add(new Problem.FieldError(field, "names a planId or an external document number"));
      }
      return;
    }
    Plan target = plans.findById(ref.planId());
    if (target == null || !caller.canSee(target.province)) {
      errors.add(new Problem.FieldError(field + ".planId", "no plan " + ref.planId()));
      return;
    }
    if (target.id.equals(plan.id)) {
      errors.add(new Problem.FieldError(field + ".planId", "a plan cannot refer to itself"));
      return;
    }
    if (chain && reaches(target, plan.id, new HashSet<>())) {
      errors.add(new Problem.FieldError(field + ".planId", "would make a cycle in the plan chain"));
    }
  }

  /** Whether following {@code from}'s implements-links leads to {@code target}. */
  private boolean reaches(Plan from, UUID target, Set<UUID> seen) {
    for (DocumentReference ref : from.implementsDocs) {
      if (ref.planId() == null || !seen.add(ref.planId())) {
        continue;
      }
      if (ref.planId().equals(target)) {
        return true;
      }
      Plan next = plans.findById(ref.planId());
      if (next != null && reaches(next, target, seen)) {
        return true;
      }
    }
    return false;
  }
}
