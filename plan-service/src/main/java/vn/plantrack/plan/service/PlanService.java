package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanDocument.LegalBasis;
import vn.plantrack.plan.PlanDocument.Objectives;
import vn.plantrack.plan.PlanDocument.ReportingRule;
import vn.plantrack.plan.PlanDocument.Section;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.event.PlanEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.plan.rules.ReportingRules;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.Preconditions;

/**
 * Plans and the document chain. A draft is edited freely; issuing needs an issuer and an issue date
 * and freezes the document's identity (number, type, issuer, date, signer); later changes to its
 * content are amendments, recorded field by field and announced. Issuing a plan that supersedes
 * another in the system supersedes it.
 */
@ApplicationScoped
@Transactional
public class PlanService {
  public static final Set<String> SORTABLE = PlanRepository.SORTABLE.keySet();
  static final String AUDIT_TYPE = "plan";
  private static final List<String> IDENTITY =
      List.of("number", "documentType", "issuerOrgId", "issuedOn", "signer");

  private final PlanRepository plans;
  private final OrganizationRepository organizations;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Caller caller;

  public PlanService(
      PlanRepository plans,
      OrganizationRepository organizations,
      Outbox outbox,
      AuditTrail audit,
      Caller caller) {
    this.plans = plans;
    this.organizations = organizations;
    this.outbox = outbox;
    this.audit = audit;
    this.caller = caller;
  }

  /** A plan's writable content, shape-validated by the resource. */
  public record PlanData(
      String number,
      DocumentType documentType,
      String title,
      UUID issuerOrgId,
      java.time.LocalDate issuedOn,
      String signer,
      Objectives objectives,
      List<Section> sections,
      List<LegalBasis> legalBases,
      List<DocumentReference> implementsDocuments,
      DocumentReference supersedes,
      List<ReportingRule> reportingRules) {}

  /** A plan with the chain around it: what it implements (up) and what implements it (down). */
  public record Tree(Plan plan, List<Tree> up, List<Tree> down) {}

  public Plan create(String requestedProvince, PlanData data) {
    String province = caller.provinceForWrite(requestedProvince);
    requireCoordinator(province);
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
    validate(plan, data);
    apply(plan, data);
    plan.stampCreated(caller.username());
    plans.persistAndFlush(plan);
    audit.recordChanges(
        AUDIT_TYPE, plan.id, province, plan.version, "CREATED", Map.of(), snapshot(plan));
    publish(PlanEvents.CREATED, plan, List.of());
    return plan;
  }

  public Plan update(UUID id, String ifMatch, Long bodyVersion, PlanData data) {
    Plan plan = find(id);
    requireCoordinator(plan.province);
    Preconditions.checkVersion(ifMatch, bodyVersion, plan.version);
    if (plan.status == PlanStatus.SUPERSEDED || plan.status == PlanStatus.CANCELLED) {
      throw ProblemException.conflict("a " + plan.status + " plan is no longer changed");
    }
    Map<String, Object> before = snapshot(plan);
    validate(plan, data);
    apply(plan, data);
    Map<String, Object> after = snapshot(plan);
    List<String> changed = changedFields(before, after);
    if (plan.status == PlanStatus.ISSUED) {
      List<String> frozen = changed.stream().filter(IDENTITY::contains).toList();
      if (!frozen.isEmpty()) {
        throw ProblemException.conflict(
            "an issued plan's identity is frozen: " + String.join(", ", frozen));
      }
    }
    if (changed.isEmpty()) {
      return plan;
    }
    plan.stampUpdated(caller.username());
    plans.flush();
    String action = plan.status == PlanStatus.ISSUED ? "AMENDED" : "UPDATED";
    audit.recordChanges(AUDIT_TYPE, plan.id, plan.province, plan.version, action, before, after);
    if (plan.status == PlanStatus.ISSUED) {
      publish(PlanEvents.AMENDED, plan, changed);
    }
    return plan;
  }

  /**
   * DRAFT → ISSUED. Needs an issuer and an issue date; supersedes the plan it replaces, if that is
   * in the system.
   */
  public Plan issue(UUID id, String ifMatch) {
    Plan plan = find(id);
    requireCoordinator(plan.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, plan.version);
    }
    return issue(plan);
  }

  /**
   * The issue date of a DRAFT read from a document that prints none, given when its import is
   * confirmed (audited as any change of the draft).
   */
  void dateFromImport(Plan plan, java.time.LocalDate issuedOn) {
    Map<String, Object> before = snapshot(plan);
    plan.issuedOn = issuedOn;
    plan.stampUpdated(caller.username());
    plans.flush();
    audit.recordChanges(
        AUDIT_TYPE, plan.id, plan.province, plan.version, "UPDATED", before, snapshot(plan));
  }

  /** Issues the DRAFT plan of an import being confirmed (the caller's right checked there). */
  Plan issueFromImport(Plan plan) {
    return issue(plan);
  }

  private Plan issue(Plan plan) {
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
    Plan plan = find(id);
    requireCoordinator(plan.province);
    if (ifMatch != null) {
      Preconditions.checkVersion(ifMatch, null, plan.version);
    }
    if (plan.status != PlanStatus.DRAFT && plan.status != PlanStatus.ISSUED) {
      throw ProblemException.conflict("a " + plan.status + " plan cannot be cancelled");
    }
    transition(plan, PlanStatus.CANCELLED, reason, "CANCELLED", PlanEvents.CANCELLED);
    return plan;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan get(UUID id) {
    return find(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Plan> list(
      String province, PlanStatus status, DocumentType type, String q, PageRequest page) {
    var scope = caller.readScope(province);
    if (scope.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    PlanRepository.Filter filter =
        new PlanRepository.Filter(
            scope.get().province(),
            status == null ? null : status.name(),
            type == null ? null : type.name(),
            TextSearch.likeText(q));
    return Page.of(plans.search(filter, page), page, plans.count(filter));
  }

  /** The chain: up through the plans it implements, down through the plans implementing it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tree tree(UUID id) {
    Plan plan = find(id);
    return new Tree(
        plan, up(plan, new HashSet<>(Set.of(plan.id))), down(plan, new HashSet<>(Set.of(plan.id))));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    find(id);
    return audit.history(AUDIT_TYPE, id, page);
  }

  // --- Helpers
  // ----------------------------------------------------------------------------------------------

  private List<Tree> up(Plan plan, Set<UUID> seen) {
    List<Tree> parents = new ArrayList<>();
    for (DocumentReference ref : plan.implementsDocs) {
      if (ref.planId() != null && seen.add(ref.planId())) {
        Plan parent = plans.findById(ref.planId());
        if (parent != null && caller.canSee(parent.province)) {
          parents.add(new Tree(parent, up(parent, seen), List.of()));
        }
      }
    }
    return parents;
  }

  private List<Tree> down(Plan plan, Set<UUID> seen) {
    List<Tree> children = new ArrayList<>();
    for (Plan child : plans.implementing(plan.id)) {
      if (seen.add(child.id) && caller.canSee(child.province)) {
        children.add(new Tree(child, List.of(), down(child, seen)));
      }
    }
    return children;
  }

  private void transition(
      Plan plan, PlanStatus to, String reason, String action, String eventType) {
    PlanStatus from = plan.status;
    plan.status = to;
    plan.statusReason = reason;
    plan.stampUpdated(caller.username());
    plans.flush();
    audit.recordChanges(
        AUDIT_TYPE,
        plan.id,
        plan.province,
        plan.version,
        action,
        Map.of("status", from),
        Map.of("status", to));
    if (reason != null) {
      audit.recordAction(AUDIT_TYPE, plan.id, plan.province, plan.version, action, reason);
    }
    publish(eventType, plan, List.of("status"));
  }

  private Plan find(UUID id) {
    Plan plan = plans.findById(id);
    if (plan == null) {
      throw ProblemException.notFound("plan", id);
    }
    caller.requireVisible(plan.province, "plan", id);
    return plan;
  }

  private void requireCoordinator(String province) {
    caller.requireManager(province, "manage its plans");
  }

  private void validate(Plan plan, PlanData data) {
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
      ReportingRule r = rules.get(i);
      ReportingRules.Rule rule =
          new ReportingRules.Rule(
              r.name(),
              r.frequency(),
              r.dueDay(),
              r.dueMonth(),
              r.dueWeekday(),
              r.dueDates(),
              r.withinDays());
      for (ReportingRules.Violation v : ReportingRules.check(rule)) {
        errors.add(new Problem.FieldError("reportingRules[" + i + "]." + v.field(), v.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
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

  private static Map<String, Object> snapshot(Plan plan) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("number", plan.number);
    fields.put("documentType", plan.documentType);
    fields.put("title", plan.title);
    fields.put("issuerOrgId", plan.issuerOrgId);
    fields.put("issuedOn", plan.issuedOn);
    fields.put("signer", plan.signer);
    fields.put("objectives", plan.objectives);
    fields.put("sections", List.copyOf(plan.sections));
    fields.put("legalBases", List.copyOf(plan.legalBases));
    fields.put("implementsDocuments", List.copyOf(plan.implementsDocs));
    fields.put("supersedes", plan.supersedesDoc);
    fields.put("reportingRules", List.copyOf(plan.reportingRules));
    return fields;
  }

  private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
    return before.keySet().stream()
        .filter(k -> !Objects.equals(before.get(k), after.get(k)))
        .toList();
  }

  private void publish(String type, Plan plan, List<String> changed) {
    outbox.publish(
        PlanEvents.TOPIC,
        type,
        plan.id,
        plan.province,
        plan.version,
        new PlanEvents.PlanChanged(
            plan.id,
            plan.province,
            plan.number,
            plan.documentType.name(),
            plan.title,
            plan.issuerOrgId,
            plan.issuedOn,
            plan.signer,
            plan.status.name(),
            plan.statusReason,
            List.copyOf(plan.sections),
            List.copyOf(plan.implementsDocs),
            plan.supersedesDoc,
            List.copyOf(plan.reportingRules),
            changed,
            plan.version));
  }
}
