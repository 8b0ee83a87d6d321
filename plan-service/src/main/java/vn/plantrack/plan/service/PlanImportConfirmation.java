package vn.plantrack.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.event.PlanEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.outbox.Outbox;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Confirms a reviewed import: the DRAFT plan is issued, and its tasks and indicators go to
 * task-service and indicator-service in one {@code plantrack.plan.import-confirmed.v1} event,
 * written to the outbox in the same transaction. So, from the user's point of view, it is all or
 * nothing: either the plan is issued and the event will be delivered (each service creates all of
 * its part in one transaction, once, keyed by the event id), or nothing changed. Confirming again
 * is safe: a CONFIRMED import answers as it is and sends nothing twice.
 *
 * <p>Everything the services would refuse is refused here first, with the source line: an agency
 * name that did not resolve must be mapped by the coordinator to a directory organization or left
 * out explicitly (mapped to null), a task must keep a lead agency, texts must fit, every target
 * needs its milestone year.
 */
@ApplicationScoped
@Transactional
public class PlanImportConfirmation {
  /**
   * Under Kafka's default message limit (1 MB) with room for the envelope: about 1,500 tasks of the
   * seeds' length. A larger plan is refused with the reason, never cut.
   */
  static final int MAX_EVENT_BYTES = 900_000;

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]*");

  private final PlanImportRepository imports;
  private final PlanRepository plans;
  private final PlanService planService;
  private final OrganizationRepository organizations;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Caller caller;
  private final ObjectMapper mapper;

  public PlanImportConfirmation(
      PlanImportRepository imports,
      PlanRepository plans,
      PlanService planService,
      OrganizationRepository organizations,
      Outbox outbox,
      AuditTrail audit,
      Caller caller,
      ObjectMapper mapper) {
    this.imports = imports;
    this.plans = plans;
    this.planService = planService;
    this.organizations = organizations;
    this.outbox = outbox;
    this.audit = audit;
    this.caller = caller;
    this.mapper = mapper;
  }

  /**
   * What the coordinator decides when confirming.
   *
   * @param organizations agency names as printed → the directory organization they mean; a null
   *     value leaves the name out (not an organization of the directory, e.g. "các đơn vị liên
   *     quan"). Also corrects a name the directory resolved wrongly.
   * @param implementsTasks a task code of this plan → the code of the task it carries out in the
   *     plan this one implements (the sub-plan's link, task by task)
   * @param issuedOn the plan's issue date when the document prints none (a department's plan often
   *     does not)
   */
  public record Decisions(
      Map<String, UUID> organizations,
      Map<String, String> implementsTasks,
      java.time.LocalDate issuedOn) {
    public Decisions {
      organizations = organizations == null ? Map.of() : organizations;
      implementsTasks = implementsTasks == null ? Map.of() : implementsTasks;
    }
  }

  public PlanImport confirm(UUID id, Decisions decisions) {
    PlanImport record = imports.findById(id);
    if (record == null) {
      throw ProblemException.notFound("plan import", id);
    }
    caller.requireVisible(record.province, "plan import", id);
    if (!caller.importsInto(record.province)) {
      throw ProblemException.forbidden(
          "only admins, the province's coordinators and its integrations confirm imports");
    }
    if (PlanImport.CONFIRMED.equals(record.status)) {
      return record;
    }
    if (!PlanImport.DRAFT.equals(record.status)) {
      throw ProblemException.conflict(
          "only a DRAFT import is confirmed; this one is " + record.status);
    }
    Plan plan = plans.findById(record.planId);
    if (plan == null
        || plan.status == PlanStatus.CANCELLED
        || plan.status == PlanStatus.SUPERSEDED) {
      throw ProblemException.conflict(
          "the import's plan is " + (plan == null ? "gone" : plan.status) + ": import it again");
    }

    List<Problem.FieldError> errors = new ArrayList<>();
    Agencies agencies = new Agencies(record.province, decisions.organizations(), errors);
    UUID implementedPlanId = implementedPlan(plan);
    Set<String> codes = new HashSet<>();
    record.result.tasks().forEach(t -> codes.add(t.code()));
    decisions
        .implementsTasks()
        .forEach(
            (code, implemented) -> {
              if (!codes.contains(code)) {
                errors.add(field("implementsTasks", "no task " + code + " in this import"));
              } else if (implemented == null || !CODE.matcher(implemented).matches()) {
                errors.add(field("implementsTasks", code + ": a task code like 38.12"));
              } else if (implementedPlanId == null) {
                errors.add(
                    field(
                        "implementsTasks",
                        "the plan implements no plan known here: import that plan first"));
              }
            });

    List<PlanEvents.ImportedTask> tasks = new ArrayList<>();
    for (PlanImport.ImportedTask t : record.result.tasks()) {
      String at = "task " + t.code() + " (line " + t.line() + ")";
      List<UUID> lead = agencies.ids(t.lead());
      if (lead.isEmpty()) {
        errors.add(field("tasks", at + ": no lead agency left; map one of its names"));
      }
      check(errors, "tasks", at, "code", t.code(), 40);
      check(errors, "tasks", at, "title", t.title(), 4000);
      check(errors, "tasks", at, "expected output", t.output(), 2000);
      check(errors, "tasks", at, "deadline", t.deadlineText(), 300);
      check(errors, "tasks", at, "section", t.sectionCode(), 20);
      if (t.code() != null && !CODE.matcher(t.code()).matches()) {
        errors.add(field("tasks", at + ": code is not like 38.12"));
      }
      tasks.add(
          new PlanEvents.ImportedTask(
              t.code(),
              t.parentCode(),
              t.sectionCode(),
              t.title(),
              lead,
              agencies.ids(t.cooperating()),
              t.output(),
              t.deadlineText(),
              decisions.implementsTasks().get(t.code()),
              t.line()));
    }
    List<PlanEvents.ImportedIndicator> indicators = new ArrayList<>();
    for (PlanImport.ImportedIndicator i : record.result.indicators()) {
      String at = "indicator " + i.code() + " (line " + i.line() + ")";
      check(errors, "indicators", at, "code", i.code(), 40);
      check(errors, "indicators", at, "name", i.name(), 2000);
      check(errors, "indicators", at, "unit", i.unit(), 300);
      check(errors, "indicators", at, "baseline", i.baselineText(), 300);
      List<PlanEvents.ImportedTarget> targets = new ArrayList<>();
      Set<Integer> years = new HashSet<>();
      for (PlanImport.Target target : i.targets()) {
        if (target.year() == null) {
          errors.add(field("indicators", at + ": a target without its milestone year"));
        } else if (!years.add(target.year())) {
          errors.add(field("indicators", at + ": two targets for " + target.year()));
        } else {
          check(errors, "indicators", at, "target", target.text(), 1000);
          targets.add(new PlanEvents.ImportedTarget(target.year(), target.text()));
        }
      }
      if (targets.size() > 10) {
        errors.add(field("indicators", at + ": more than 10 milestones"));
      }
      indicators.add(
          new PlanEvents.ImportedIndicator(
              i.code(),
              i.parentCode(),
              i.name(),
              i.unit(),
              i.baselineText(),
              targets,
              agencies.ids(i.monitoring()),
              i.group(),
              i.line()));
    }
    if (decisions.issuedOn() != null
        && plan.issuedOn != null
        && !plan.issuedOn.equals(decisions.issuedOn())) {
      errors.add(field("issuedOn", "the document is dated " + plan.issuedOn));
    }
    agencies.reportUnresolved();
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }

    if (plan.status == PlanStatus.DRAFT) {
      if (plan.issuedOn == null && decisions.issuedOn() != null) {
        planService.dateFromImport(plan, decisions.issuedOn());
      }
      planService.issueFromImport(plan);
    }
    PlanEvents.ImportConfirmed content =
        new PlanEvents.ImportConfirmed(
            plan.id,
            record.id,
            record.province,
            plan.number,
            caller.username(),
            implementedPlanId,
            tasks,
            indicators,
            plan.version);
    requireFits(content);
    UUID eventId =
        outbox.publish(
            PlanEvents.TOPIC,
            PlanEvents.IMPORT_CONFIRMED,
            plan.id,
            plan.province,
            plan.version,
            content);
    record.status = PlanImport.CONFIRMED;
    record.confirmedAt = Instant.now();
    record.confirmedBy = caller.username();
    record.confirmation =
        new PlanImport.Confirmation(
            tasks.size(),
            indicators.size(),
            decisions.implementsTasks().size(),
            agencies.mapped,
            List.copyOf(agencies.leftOut),
            eventId);
    audit.recordAction(
        PlanService.AUDIT_TYPE,
        plan.id,
        plan.province,
        plan.version,
        "IMPORT_CONFIRMED",
        "import "
            + record.id
            + ": "
            + tasks.size()
            + " tasks and "
            + indicators.size()
            + " indicators sent to their services");
    imports.flush();
    return record;
  }

  private UUID implementedPlan(Plan plan) {
    if (plan.implementsDocs == null) {
      return null;
    }
    return plan.implementsDocs.stream()
        .map(PlanDocument.DocumentReference::planId)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private void requireFits(PlanEvents.ImportConfirmed content) {
    try {
      int bytes = mapper.writeValueAsBytes(content).length;
      if (bytes > MAX_EVENT_BYTES) {
        throw ProblemException.invalid(
            "tasks",
            "the plan is too large to confirm at once ("
                + bytes / 1000
                + " kB of tasks and indicators; at most "
                + MAX_EVENT_BYTES / 1000
                + " kB)");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void check(
      List<Problem.FieldError> errors, String list, String at, String what, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(field(list, at + ": " + what + " longer than " + max + " characters"));
    }
  }

  private static Problem.FieldError field(String field, String message) {
    return new Problem.FieldError(field, message);
  }

  /** The agencies of an import as the coordinator decided: resolved, mapped or left out. */
  private final class Agencies {
    private final String province;
    private final Map<String, UUID> decisions;
    private final List<Problem.FieldError> errors;
    private final Map<String, Integer> unresolved = new LinkedHashMap<>();
    final Map<String, UUID> mapped = new LinkedHashMap<>();
    final Set<String> leftOut = new LinkedHashSet<>();

    Agencies(String province, Map<String, UUID> decisions, List<Problem.FieldError> errors) {
      this.province = province;
      this.decisions = decisions;
      this.errors = errors;
      decisions.forEach(
          (name, orgId) -> {
            if (orgId == null) {
              return;
            }
            Organization org = organizations.findById(orgId);
            if (org == null || !(org.province.equals(province) || org.province.equals("VN"))) {
              errors.add(field("organizations", name + ": no organization " + orgId));
            }
          });
    }

    List<UUID> ids(List<PlanImport.Agency> printed) {
      Set<UUID> ids = new LinkedHashSet<>();
      for (PlanImport.Agency agency : printed) {
        if (decisions.containsKey(agency.name())) {
          UUID decided = decisions.get(agency.name());
          if (decided == null) {
            leftOut.add(agency.name());
          } else {
            mapped.put(agency.name(), decided);
            ids.add(decided);
          }
        } else if (agency.orgId() != null) {
          ids.add(agency.orgId());
        } else {
          unresolved.merge(agency.name(), 1, Integer::sum);
        }
      }
      return List.copyOf(ids);
    }

    void reportUnresolved() {
      unresolved.forEach(
          (name, times) ->
              errors.add(
                  field(
                      "organizations",
                      "\""
                          + name
                          + "\" ("
                          + times
                          + "×) is not in the directory of "
                          + province
                          + ": map it to an organization id, or to null to leave it out")));
    }
  }
}
