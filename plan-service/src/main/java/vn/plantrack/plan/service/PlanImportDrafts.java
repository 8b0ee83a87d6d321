package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanDocument;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.contract.ReportingRule;
import vn.plantrack.plan.contract.ReportingRules;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.reading.ImportedPlan;
import vn.plantrack.plan.reading.PlanDocumentReader;
import vn.plantrack.plan.reading.TaskLinks;
import vn.plantrack.plan.reading.header.PlanHeader;
import vn.plantrack.plan.reading.header.ReportingRuleAsRead;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.text.VietnameseText;

/**
 * Turns a plan document's text into a DRAFT plan and the import's result: the pipeline reads it
 * ({@link PlanDocumentReader}), the directory resolves every agency it names ({@link
 * AgencyResolver}), and the plan is created with the header, sections, the documents it implements
 * and supersedes, and the reporting rules it states completely. The tasks and indicators read, with
 * their agencies resolved, the suggested links to the tasks of the plan it implements, and every
 * doubt as a warning pointing at its source line are kept with the import for the coordinator to
 * review.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class PlanImportDrafts {
  private final PlanCommands plans;
  private final PlanRepository planRepository;
  private final OrganizationQueries directory;
  private final PlanImportRepository imports;

  PlanImportDrafts(
      PlanCommands plans,
      PlanRepository planRepository,
      OrganizationQueries directory,
      PlanImportRepository imports) {
    this.plans = plans;
    this.planRepository = planRepository;
    this.directory = directory;
    this.imports = imports;
  }

  /**
   * Reads a document into the import {@code record} (its plan and result). A document that prints
   * no number still reads: the result shows what was read and {@code needs} the number, and the
   * DRAFT plan is created when the number is given at confirmation.
   *
   * @param number the plan's number when the document prints none ("Số: …")
   */
  PlanImports.Imported draft(
      PlanImport record, DocumentText document, String number, PlanImports.Progress progress) {
    progress.at("READING_DOCUMENT", 5);
    record.sourceFormat = document.format();
    ImportedPlan read = new PlanDocumentReader().read(document.text());
    PlanHeader header = read.header();
    String planNumber = number != null && !number.isBlank() ? number.strip() : header.number();
    String target = record.province;
    LocalDate asOf = header.issuedOn() == null ? LocalDate.now() : header.issuedOn();
    List<PlanImport.Warning> warnings = new ArrayList<>();
    document
        .doubts()
        .forEach(
            d ->
                warnings.add(
                    new PlanImport.Warning(d.line(), "OCR_DOUBT", d.message(), d.excerpt())));
    read.warnings().forEach(w -> warnings.add(warning(w)));
    progress.at("RESOLVING_AGENCIES", 30);
    AgencyResolver resolver =
        new AgencyResolver(directory, target, asOf, warnings, progress, agencyNames(read));

    UUID issuerOrgId = null;
    if (header.issuer() != null) {
      PlanImport.Agency issuer =
          resolver.agency(header.issuer(), header.numberLine() == null ? 1 : header.numberLine());
      issuerOrgId = issuer.orgId();
    }
    List<ReportingRule> rules = reportingRules(header, warnings);
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
    PlanImport.DraftPlan draftPlan =
        new PlanImport.DraftPlan(
            documentType(header.documentType()),
            header.title() == null ? null : truncate(header.title(), 1000),
            issuerOrgId,
            header.issuedOn(),
            header.signer() == null ? null : header.signer().name(),
            sections,
            implemented,
            supersedes,
            rules);
    Plan plan = planNumber == null ? null : createPlan(target, planNumber, draftPlan);
    ImportProvenance sources = new ImportProvenance(document, read, warnings);

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
              t.sourceLine(),
              sources.of(t.sourceLine())));
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
              i.sourceLine(),
              sources.of(i.sourceLine())));
    }
    ImportedPlan.Counts c = read.counts();
    record.planId = plan == null ? null : plan.id;
    List<String> needs = new ArrayList<>();
    if (planNumber == null) {
      needs.add("number");
    }
    if (header.issuedOn() == null) {
      needs.add("issuedOn");
    }
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
            links(tasks, implemented),
            header(header),
            needs,
            plan == null ? draftPlan : null);
    return new PlanImports.Imported(record, plan);
  }

  /** The DRAFT plan of an import, once its number is known (at once, or at confirmation). */
  Plan createPlan(String province, String number, PlanImport.DraftPlan d) {
    return plans.createFromImport(
        province,
        new PlanCommands.PlanData(
            number,
            d.documentType(),
            d.title() == null ? number : d.title(),
            d.issuerOrgId(),
            d.issuedOn(),
            d.signer(),
            null,
            d.sections(),
            null,
            d.implementsDocuments(),
            d.supersedes(),
            d.reportingRules()));
  }

  private static PlanImport.Header header(PlanHeader h) {
    return new PlanImport.Header(
        h.documentType(),
        h.number(),
        h.issuer(),
        h.issuedOn(),
        h.title(),
        h.signer() == null ? null : h.signer().name(),
        h.implementsDocuments().stream()
            .map(r -> r.number() == null ? r.text() : r.number())
            .toList(),
        h.supersedes().stream().map(r -> r.number() == null ? r.text() : r.number()).toList(),
        h.numberLine(),
        h.issuedOnLine());
  }

  /**
   * The reporting rules the header states completely; one that says too little to compute its due
   * dates is a warning for the coordinator to set it on the plan.
   */
  private static List<ReportingRule> reportingRules(
      PlanHeader header, List<PlanImport.Warning> warnings) {
    List<ReportingRule> rules = new ArrayList<>();
    for (ReportingRuleAsRead rule : header.reportingRules()) {
      ReportingRule candidate =
          new ReportingRule(
              truncate(rule.text() == null ? "Báo cáo" : rule.text().strip(), 200),
              rule.frequency() == null ? null : rule.frequency().planFrequency(),
              rule.dueDay(),
              rule.dueMonth(),
              rule.dueWeekday() == null ? null : rule.dueWeekday().name(),
              rule.dueDates(),
              rule.withinDays(),
              List.of());
      var violations = ReportingRules.check(candidate);
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
    return rules;
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

  /** A cited document, linked to the province's plan of that number when it is in the system. */
  private PlanDocument.DocumentReference reference(PlanHeader.DocumentRef ref, String province) {
    Plan linked =
        ref.number() == null ? null : planRepository.firstWithNumber(province, ref.number());
    return new PlanDocument.DocumentReference(
        linked == null ? null : linked.id,
        ref.number() == null ? truncate(ref.text(), 60) : ref.number(),
        ref.issuedOn(),
        null,
        truncate(ref.text(), 500),
        null);
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

  private static PlanImport.Warning warning(ImportWarning w) {
    return new PlanImport.Warning(w.sourceLine(), w.kind().name(), w.message(), w.excerpt());
  }

  private static DocumentType documentType(String printed) {
    if (printed == null) {
      return DocumentType.PLAN;
    }
    String folded = VietnameseText.fold(printed);
    if (folded.contains("chuong trinh")) {
      return DocumentType.PROGRAM;
    }
    if (folded.contains("quyet dinh")) {
      return DocumentType.DECISION;
    }
    return DocumentType.PLAN;
  }

  private static String truncate(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
