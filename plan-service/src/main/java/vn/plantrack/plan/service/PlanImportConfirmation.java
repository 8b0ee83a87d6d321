package vn.plantrack.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.PlanStatus;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.IfMatch;

/**
 * Confirms a reviewed import: the DRAFT plan is issued, and its tasks and indicators go to
 * task-service and indicator-service in one {@code plantrack.plan.import-confirmed.v1} event,
 * written to the outbox in the same transaction. So, from the user's point of view, it is all or
 * nothing: either the plan is issued and the event will be delivered (each service creates all of
 * its part in one transaction, once, keyed by the event id), or nothing changed. Confirming again
 * is safe: a CONFIRMED import answers as it is and sends nothing twice. What the event carries, and
 * what is refused first, is {@link ConfirmedImport}'s.
 */
@ApplicationScoped
@Transactional
public class PlanImportConfirmation {
  /**
   * Under Kafka's default message limit (1 MB) with room for the envelope: about 1,500 tasks of the
   * seeds' length. A larger plan is refused with the reason, never cut.
   */
  static final int MAX_EVENT_BYTES = 900_000;

  private final PlanImportAccess access;
  private final PlanImportRepository imports;
  private final PlanRepository plans;
  private final PlanCommands planCommands;
  private final OrganizationRepository organizations;
  private final PlanRecorder recorder;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final PlanImportDrafts drafts;
  private final IfMatch ifMatch;

  public PlanImportConfirmation(
      PlanImportAccess access,
      PlanImportRepository imports,
      PlanRepository plans,
      PlanCommands planCommands,
      OrganizationRepository organizations,
      PlanRecorder recorder,
      Caller caller,
      ObjectMapper mapper,
      PlanImportDrafts drafts,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.access = access;
    this.imports = imports;
    this.plans = plans;
    this.planCommands = planCommands;
    this.organizations = organizations;
    this.recorder = recorder;
    this.caller = caller;
    this.mapper = mapper;
    this.drafts = drafts;
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
   * @param number the plan's number when the document prints none (then required)
   */
  public record Decisions(
      Map<String, UUID> organizations,
      Map<String, String> implementsTasks,
      LocalDate issuedOn,
      String number) {
    public Decisions(
        Map<String, UUID> organizations, Map<String, String> implementsTasks, LocalDate issuedOn) {
      this(organizations, implementsTasks, issuedOn, null);
    }

    public Decisions {
      organizations = organizations == null ? Map.of() : organizations;
      implementsTasks = implementsTasks == null ? Map.of() : implementsTasks;
    }
  }

  public PlanImport confirm(UUID id, Decisions decisions) {
    PlanImport record = access.find(id);
    access.requireConfirmer(record.province);
    if (PlanImport.CONFIRMED.equals(record.status)) {
      return record;
    }
    ifMatch.check(record.version);
    Plan plan = confirmablePlan(record, decisions);
    ConfirmedImport content = ConfirmedImport.of(record, plan, decisions, organizations);
    if (plan.status == PlanStatus.DRAFT) {
      if (plan.issuedOn == null && decisions.issuedOn() != null) {
        planCommands.dateFromImport(plan, decisions.issuedOn());
      }
      planCommands.issueFromImport(plan);
    }
    PlanEvents.ImportConfirmed event = content.event(plan, record, caller.username());
    requireFits(event);
    UUID eventId = recorder.importConfirmed(plan, record.id, event);
    record.status = PlanImport.CONFIRMED;
    record.confirmedAt = Instant.now();
    record.confirmedBy = caller.username();
    record.confirmation = content.confirmation(decisions, eventId);
    imports.flush();
    return record;
  }

  /**
   * A DRAFT import whose plan is still there and neither cancelled nor superseded; for a document
   * that printed no number, the plan is created now with the number (and date) given.
   */
  private Plan confirmablePlan(PlanImport record, Decisions decisions) {
    if (!PlanImport.DRAFT.equals(record.status)) {
      throw ProblemException.conflict(
          "only a DRAFT import is confirmed; this one is " + record.status);
    }
    if (record.planId == null) {
      return planOfUnnumbered(record, decisions);
    }
    if (decisions.number() != null && !decisions.number().isBlank()) {
      Plan existing = plans.findById(record.planId);
      if (existing != null && !existing.number.equals(decisions.number().strip())) {
        throw ProblemException.invalid("number", "the plan is already numbered " + existing.number);
      }
    }
    Plan plan = plans.findById(record.planId);
    if (plan == null
        || plan.status == PlanStatus.CANCELLED
        || plan.status == PlanStatus.SUPERSEDED) {
      throw ProblemException.conflict(
          "the import's plan is " + (plan == null ? "gone" : plan.status) + ": import it again");
    }
    return plan;
  }

  /** The plan of a document that printed no number: both number and date must be given now. */
  private Plan planOfUnnumbered(PlanImport record, Decisions decisions) {
    PlanImport.DraftPlan draft = record.result == null ? null : record.result.draftPlan();
    if (draft == null) {
      throw ProblemException.conflict("the import has no plan: import the document again");
    }
    List<Problem.FieldError> missing = new ArrayList<>();
    if (decisions.number() == null || decisions.number().isBlank()) {
      missing.add(
          new Problem.FieldError(
              "number", "the document prints no number (\"Số: …\"); give it to confirm"));
    } else if (decisions.number().strip().length() > 60) {
      missing.add(new Problem.FieldError("number", "at most 60 characters"));
    }
    if (draft.issuedOn() == null && decisions.issuedOn() == null) {
      missing.add(
          new Problem.FieldError(
              "issuedOn", "the document prints no date of issue; give it to confirm"));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
    Plan plan = drafts.createPlan(record.province, decisions.number().strip(), draft);
    record.planId = plan.id;
    return plan;
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
}
