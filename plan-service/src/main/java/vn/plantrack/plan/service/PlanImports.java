package vn.plantrack.plan.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.reading.ImportedPlan;
import vn.plantrack.plan.reading.PlanDocumentReader;
import vn.plantrack.plan.reading.TaskLinks;
import vn.plantrack.plan.reading.header.PlanHeader;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.plan.rules.ReportingRules;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Imports a plan document's text: the pipeline reads it ({@link PlanDocumentReader}), the directory
 * resolves every agency it names, and a DRAFT plan is created with the header, sections, the
 * documents it implements and supersedes, and the reporting rules it states. The tasks and
 * indicators read, with their agencies resolved, and every doubt as a warning pointing at its
 * source line, are kept with the import for the coordinator to review.
 */
@ApplicationScoped
@Transactional
public class PlanImports {
  private static final Logger LOG = Logger.getLogger(PlanImports.class);

  private final PlanService plans;
  private final PlanRepository planRepository;
  private final OrganizationService organizations;
  private final PlanImportRepository imports;
  private final Caller caller;

  public PlanImports(
      PlanService plans,
      PlanRepository planRepository,
      OrganizationService organizations,
      PlanImportRepository imports,
      Caller caller) {
    this.plans = plans;
    this.planRepository = planRepository;
    this.organizations = organizations;
    this.imports = imports;
    this.caller = caller;
  }

  /** An import and the plan it created. */
  public record Imported(PlanImport planImport, Plan plan) {}

  /** Where a long import is: a stage of the pipeline and how far it is (0-100). */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (stage, percent) -> {};

    void at(String stage, int percent);
  }

  /**
   * Reads a document now and answers with the DRAFT plan and what was read.
   *
   * @param number the plan's number when the document prints none ("Số: …")
   * @param province the province to import into (admins); others import into their own
   */
  public Imported importText(String text, String number, String province) {
    return importDocument(text, "TEXT", number, province);
  }

  public Imported importDocument(String text, String format, String number, String province) {
    PlanImport record = open(format, province);
    record.status = PlanImport.DRAFT;
    Imported done = read(record, text, number, Progress.NONE);
    imports.persist(record);
    return done;
  }

  /**
   * A job for a long import: the record is READING until {@link #runJob} has read the document.
   * Commits before the job starts, so the job and its callers see it.
   */
  public PlanImport startJob(String format, String province) {
    PlanImport record = open(format, province);
    record.status = PlanImport.READING;
    record.stage = "QUEUED";
    record.progress = 0;
    imports.persist(record);
    return record;
  }

  /** Reads the job's document (on a worker thread, as the caller who started it). */
  public void runJob(UUID id, String text, String number, Progress progress) {
    PlanImport record = imports.findById(id);
    if (record == null || !PlanImport.READING.equals(record.status)) {
      return;
    }
    read(record, text, number, progress);
    record.status = PlanImport.DRAFT;
    record.stage = null;
    record.progress = 100;
  }

  /** A job that could not read its document: FAILED, with the problem a caller would have got. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failJob(UUID id, PlanImport.Failure failure) {
    PlanImport record = imports.findById(id);
    if (record != null && PlanImport.READING.equals(record.status)) {
      record.status = PlanImport.FAILED;
      record.failure = failure;
      record.stage = null;
    }
  }

  /** Records a job's stage in its own transaction, so a reader of the import sees it at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(UUID id, String stage, int percent) {
    imports.update(
        "stage = ?1, progress = ?2 where id = ?3 and status = ?4",
        stage,
        (short) Math.max(0, Math.min(100, percent)),
        id,
        PlanImport.READING);
  }

  /** Jobs a stopped process left READING: they will not finish, so they fail with the reason. */
  void failInterrupted(@Observes StartupEvent started) {
    long failed =
        imports.update(
            "status = ?1, stage = null, failure = ?2 where status = ?3",
            PlanImport.FAILED,
            new PlanImport.Failure(
                503,
                "Interrupted",
                "plan-service restarted while this document was being read: import it again",
                List.of()),
            PlanImport.READING);
    if (failed > 0) {
      LOG.warnf("%d plan import jobs interrupted by a restart marked FAILED", failed);
    }
  }

  private PlanImport open(String format, String province) {
    String target = caller.provinceForWrite(province);
    if (!caller.importsInto(target)) {
      throw ProblemException.forbidden(
          "only admins, the province's coordinators and its integrations import plans");
    }
    PlanImport record = new PlanImport();
    record.id = UUID.randomUUID();
    record.province = target;
    record.sourceFormat = format;
    record.createdAt = Instant.now();
    record.createdBy = caller.username();
    return record;
  }

  private Imported read(PlanImport record, String text, String number, Progress progress) {
    progress.at("READING_DOCUMENT", 5);
    ImportedPlan read = new PlanDocumentReader().read(text);
    PlanHeader header = read.header();
    String planNumber = number != null && !number.isBlank() ? number.strip() : header.number();
    if (planNumber == null) {
      throw ProblemException.invalid(
          "number", "the document prints no number (\"Số: …\"); give it with the import");
    }
    String target = record.province;
    LocalDate asOf = header.issuedOn() == null ? LocalDate.now() : header.issuedOn();
    List<PlanImport.Warning> warnings = new ArrayList<>();
    read.warnings().forEach(w -> warnings.add(warning(w)));
    progress.at("RESOLVING_AGENCIES", 30);
    Resolver resolver = new Resolver(target, asOf, warnings, progress, agencyNames(read));

    UUID issuerOrgId = null;
    if (header.issuer() != null) {
      PlanImport.Agency issuer =
          resolver.agency(header.issuer(), header.numberLine() == null ? 1 : header.numberLine());
      issuerOrgId = issuer.orgId();
    }
    List<PlanDocument.ReportingRule> rules = new ArrayList<>();
    for (var rule : header.reportingRules()) {
      PlanDocument.ReportingRule candidate =
          new PlanDocument.ReportingRule(
              ruleName(rule.text()),
              rule.frequency() == null ? null : rule.frequency().planFrequency(),
              rule.dueDay(),
              rule.dueMonth(),
              rule.dueWeekday() == null ? null : rule.dueWeekday().name(),
              rule.dueDates(),
              rule.withinDays(),
              List.of());
      var violations =
          ReportingRules.check(
              new ReportingRules.Rule(
                  candidate.name(),
                  candidate.frequency(),
                  candidate.dueDay(),
                  candidate.dueMonth(),
                  candidate.dueWeekday(),
                  candidate.dueDates(),
                  candidate.withinDays()));
      if (violations.isEmpty()) {
        rules.add(candidate);
      } else {
        warnings.add(
            new PlanImport.Warning(
                rule.sourceLine(),
                "INCOMPLETE_REPORTING_RULE",
                "a reporting rule that says too little to compute its due dates ("
                    + violations.get(0).message()
                    + "): set it on the plan",
                rule.text()));
      }
    }
    List<PlanDocument.Section> sections =
        read.sections().stream()
            .map(s -> new PlanDocument.Section(s.code(), truncate(s.title(), 1000)))
            .toList();
    List<PlanDocument.DocumentReference> implemented = new ArrayList<>();
    for (PlanHeader.DocumentRef ref : header.implementsDocuments()) {
      implemented.add(reference(ref, target));
    }
    PlanDocument.DocumentReference supersedes =
        header.supersedes().isEmpty() ? null : reference(header.supersedes().get(0), target);
    progress.at("SAVING", 90);
    Plan plan =
        plans.createFromImport(
            target,
            new PlanService.PlanData(
                planNumber,
                documentType(header.documentType()),
                header.title() == null ? planNumber : truncate(header.title(), 1000),
                issuerOrgId,
                header.issuedOn(),
                header.signer() == null ? null : header.signer().name(),
                null,
                sections,
                null,
                implemented,
                supersedes,
                rules));

    List<PlanImport.ImportedTask> tasks = new ArrayList<>();
    for (ImportedPlan.Task t : read.tasks()) {
      tasks.add(
          new PlanImport.ImportedTask(
              t.code(),
              t.printedCode(),
              t.parentCode(),
              t.sectionCode(),
              t.title(),
              resolver.agencies(t.leadNames(), t.sourceLine()),
              resolver.agencies(t.cooperatingNames(), t.sourceLine()),
              t.outputText(),
              t.deadlineText(),
              t.sourceLine()));
    }
    List<PlanImport.ImportedIndicator> indicators = new ArrayList<>();
    for (ImportedPlan.Indicator i : read.indicators()) {
      indicators.add(
          new PlanImport.ImportedIndicator(
              i.code(),
              i.parentCode(),
              i.name(),
              i.unit(),
              i.baselineText(),
              i.targets().stream().map(x -> new PlanImport.Target(x.year(), x.text())).toList(),
              resolver.agencies(i.monitoringNames(), i.sourceLine()),
              i.group(),
              i.sourceLine()));
    }
    List<PlanImport.Link> links = links(tasks, implemented);
    ImportedPlan.Counts c = read.counts();
    record.planId = plan.id;
    record.result =
        new PlanImport.Result(
            new PlanImport.Counts(
                c.sections(),
                c.tasks(),
                c.subTasks(),
                c.indicators(),
                c.subIndicators(),
                warnings.size()),
            warnings,
            tasks,
            indicators,
            links);
    return new Imported(record, plan);
  }

  /**
   * Suggested links of this plan's tasks to those of the plan it implements, when that plan was
   * imported here too (its tasks as read from its document).
   */
  private List<PlanImport.Link> links(
      List<PlanImport.ImportedTask> tasks, List<PlanDocument.DocumentReference> implemented) {
    for (PlanDocument.DocumentReference reference : implemented) {
      if (reference.planId() == null) {
        continue;
      }
      var source = imports.latestRead(reference.planId());
      if (source.isEmpty() || source.get().result == null) {
        continue;
      }
      Map<String, String> titles = new HashMap<>();
      List<TaskLinks.Candidate> theirs = new ArrayList<>();
      for (PlanImport.ImportedTask t : source.get().result.tasks()) {
        theirs.add(new TaskLinks.Candidate(t.code(), t.title()));
        titles.put(t.code(), t.title());
      }
      List<TaskLinks.Candidate> ours =
          tasks.stream().map(t -> new TaskLinks.Candidate(t.code(), t.title())).toList();
      return TaskLinks.suggest(ours, theirs).stream()
          .map(
              l ->
                  new PlanImport.Link(
                      l.code(), l.implementsCode(), l.score(), titles.get(l.implementsCode())))
          .toList();
    }
    return List.of();
  }

  /** How many agency names the resolver will look at (for a job's progress). */
  private static int agencyNames(ImportedPlan read) {
    int names = 0;
    for (ImportedPlan.Task t : read.tasks()) {
      names += size(t.leadNames()) + size(t.cooperatingNames());
    }
    for (ImportedPlan.Indicator i : read.indicators()) {
      names += size(i.monitoringNames());
    }
    return names;
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanImport get(UUID id) {
    PlanImport found = imports.findById(id);
    if (found == null) {
      throw ProblemException.notFound("plan import", id);
    }
    caller.requireVisible(found.province, "plan import", id);
    return found;
  }

  /** Resolves agency names once each (documents repeat them), warning about those it cannot. */
  private final class Resolver {
    private final String province;
    private final LocalDate asOf;
    private final List<PlanImport.Warning> warnings;
    private final Map<String, PlanImport.Agency> seen = new HashMap<>();
    private final Progress progress;
    private final int total;
    private int done;
    private int reported = 30;

    Resolver(
        String province,
        LocalDate asOf,
        List<PlanImport.Warning> warnings,
        Progress progress,
        int total) {
      this.province = province;
      this.asOf = asOf;
      this.warnings = warnings;
      this.progress = progress;
      this.total = Math.max(1, total);
    }

    List<PlanImport.Agency> agencies(List<String> names, int line) {
      List<PlanImport.Agency> agencies = new ArrayList<>();
      if (names != null) {
        names.forEach(n -> agencies.add(agency(n, line)));
      }
      return agencies;
    }

    PlanImport.Agency agency(String name, int line) {
      int percent = 30 + 60 * ++done / total;
      if (percent >= reported + 10) {
        reported = percent;
        progress.at("RESOLVING_AGENCIES", percent);
      }
      PlanImport.Agency known = seen.get(name);
      if (known == null) {
        List<OrganizationService.Match> matches;
        try {
          matches = organizations.resolve(name, province, asOf, 1);
        } catch (ProblemException e) {
          matches = List.of();
        }
        known =
            matches.isEmpty()
                ? new PlanImport.Agency(name, null, null, null)
                : new PlanImport.Agency(
                    name,
                    matches.get(0).organization().organization().id,
                    matches.get(0).organization().organization().name,
                    matches.get(0).score());
        seen.put(name, known);
      }
      if (known.orgId() == null) {
        warnings.add(
            new PlanImport.Warning(
                line,
                "UNRESOLVED_ORGANIZATION",
                "no organization of the directory is named like this",
                name));
      }
      return known;
    }
  }

  private PlanDocument.DocumentReference reference(PlanHeader.DocumentRef ref, String province) {
    Plan linked =
        ref.number() == null
            ? null
            : planRepository
                .find("province = ?1 and number = ?2", province, ref.number())
                .firstResult();
    return new PlanDocument.DocumentReference(
        linked == null ? null : linked.id,
        ref.number() == null ? truncate(ref.text(), 60) : ref.number(),
        ref.issuedOn(),
        null,
        truncate(ref.text(), 500),
        null);
  }

  private static PlanImport.Warning warning(ImportWarning w) {
    return new PlanImport.Warning(w.sourceLine(), w.kind().name(), w.message(), w.excerpt());
  }

  private static DocumentType documentType(String printed) {
    if (printed == null) {
      return DocumentType.PLAN;
    }
    String folded = vn.plantrack.platform.text.VietnameseText.fold(printed);
    if (folded.contains("chuong trinh")) {
      return DocumentType.PROGRAM;
    }
    if (folded.contains("quyet dinh")) {
      return DocumentType.DECISION;
    }
    return DocumentType.PLAN;
  }

  private static String ruleName(String sentence) {
    String name = sentence == null ? "Báo cáo" : sentence.strip();
    return truncate(name, 200);
  }

  private static String truncate(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
