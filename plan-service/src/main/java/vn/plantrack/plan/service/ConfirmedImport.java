package vn.plantrack.plan.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.service.PlanImportConfirmation.Decisions;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;

/**
 * What confirming an import sends: its tasks and indicators as {@code
 * plantrack.plan.import-confirmed.v1} carries them, with the agencies as the coordinator decided.
 * Everything task- and indicator-service would refuse is refused here first, each with its source
 * line: an agency name that did not resolve must be mapped to a directory organization or left out
 * explicitly (mapped to null), a task must keep a lead agency, texts must fit, every target needs
 * its milestone year.
 */
final class ConfirmedImport {
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]*");

  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final Agencies agencies;
  private final UUID implementedPlanId;
  private final List<PlanEvents.ImportedTask> tasks = new ArrayList<>();
  private final List<PlanEvents.ImportedIndicator> indicators = new ArrayList<>();

  private ConfirmedImport(
      PlanImport record, Plan plan, Decisions decisions, OrganizationRepository organizations) {
    this.agencies = new Agencies(record.province, decisions.organizations(), errors, organizations);
    this.implementedPlanId = implementedPlan(plan);
  }

  /** The import's content as decided; 400 with every problem found when anything does not fit. */
  static ConfirmedImport of(
      PlanImport record, Plan plan, Decisions decisions, OrganizationRepository organizations) {
    ConfirmedImport content = new ConfirmedImport(record, plan, decisions, organizations);
    content.checkLinks(record, decisions);
    record.result.tasks().forEach(t -> content.task(t, decisions));
    record.result.indicators().forEach(content::indicator);
    if (decisions.issuedOn() != null
        && plan.issuedOn != null
        && !plan.issuedOn.equals(decisions.issuedOn())) {
      content.errors.add(field("issuedOn", "the document is dated " + plan.issuedOn));
    }
    content.agencies.reportUnresolved(content.errors);
    if (!content.errors.isEmpty()) {
      throw ProblemException.invalid(content.errors);
    }
    return content;
  }

  /** The event's content, once the plan is issued (it carries the plan's version then). */
  PlanEvents.ImportConfirmed event(Plan plan, PlanImport record, String confirmedBy) {
    return new PlanEvents.ImportConfirmed(
        plan.id,
        record.id,
        record.province,
        plan.number,
        confirmedBy,
        implementedPlanId,
        tasks,
        indicators,
        plan.version);
  }

  /** What the import's record keeps of the confirmation. */
  PlanImport.Confirmation confirmation(Decisions decisions, UUID eventId) {
    return new PlanImport.Confirmation(
        tasks.size(),
        indicators.size(),
        decisions.implementsTasks().size(),
        agencies.mapped,
        List.copyOf(agencies.leftOut),
        eventId);
  }

  /** Each task link names a task of this import and a task code of the plan it implements. */
  private void checkLinks(PlanImport record, Decisions decisions) {
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
  }

  private void task(PlanImport.ImportedTask t, Decisions decisions) {
    String at = "task " + t.code() + " (line " + t.line() + ")";
    List<UUID> lead = agencies.ids(t.lead());
    if (lead.isEmpty()) {
      errors.add(field("tasks", at + ": no lead agency left; map one of its names"));
    }
    check("tasks", at, "code", t.code(), 40);
    check("tasks", at, "title", t.title(), 4000);
    check("tasks", at, "expected output", t.output(), 2000);
    check("tasks", at, "deadline", t.deadlineText(), 300);
    check("tasks", at, "section", t.sectionCode(), 20);
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

  private void indicator(PlanImport.ImportedIndicator i) {
    String at = "indicator " + i.code() + " (line " + i.line() + ")";
    check("indicators", at, "code", i.code(), 40);
    check("indicators", at, "name", i.name(), 2000);
    check("indicators", at, "unit", i.unit(), 300);
    check("indicators", at, "baseline", i.baselineText(), 300);
    List<PlanEvents.ImportedTarget> targets = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (PlanImport.Target target : i.targets()) {
      if (target.year() == null) {
        errors.add(field("indicators", at + ": a target without its milestone year"));
      } else if (!years.add(target.year())) {
        errors.add(field("indicators", at + ": two targets for " + target.year()));
      } else {
        check("indicators", at, "target", target.text(), 1000);
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

  private static UUID implementedPlan(Plan plan) {
    if (plan.implementsDocs == null) {
      return null;
    }
    return plan.implementsDocs.stream()
        .map(PlanDocument.DocumentReference::planId)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private void check(String list, String at, String what, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(field(list, at + ": " + what + " longer than " + max + " characters"));
    }
  }

  private static Problem.FieldError field(String field, String message) {
    return new Problem.FieldError(field, message);
  }

  /** The agencies of an import as the coordinator decided: resolved, mapped or left out. */
  private static final class Agencies {
    private final String province;
    private final Map<String, UUID> decisions;
    private final Map<String, Integer> unresolved = new LinkedHashMap<>();
    final Map<String, UUID> mapped = new LinkedHashMap<>();
    final Set<String> leftOut = new LinkedHashSet<>();

    /** Each organization decided on must be of the directory, in the province or national. */
    Agencies(
        String province,
        Map<String, UUID> decisions,
        List<Problem.FieldError> errors,
        OrganizationRepository organizations) {
      this.province = province;
      this.decisions = decisions;
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

    void reportUnresolved(List<Problem.FieldError> errors) {
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
