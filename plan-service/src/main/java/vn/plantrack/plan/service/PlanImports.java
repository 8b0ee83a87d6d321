package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.platform.security.Caller;

/**
 * Imports of plan documents: read at once, or as a job (READING, then DRAFT with its result or
 * FAILED with the problem). {@link PlanImportDrafts} reads a document into a DRAFT plan and what
 * the coordinator reviews; {@link PlanImportConfirmation} confirms it.
 */
@ApplicationScoped
@Transactional
public class PlanImports {
  private final PlanImportDrafts drafts;
  private final PlanImportAccess access;
  private final PlanImportRepository imports;
  private final Caller caller;

  public PlanImports(
      PlanImportDrafts drafts,
      PlanImportAccess access,
      PlanImportRepository imports,
      Caller caller) {
    this.drafts = drafts;
    this.access = access;
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
    return importDocument(DocumentText.plain(format, text), number, province);
  }

  /**
   * Reads a converted document now (Word, PDF, scans: {@link
   * vn.plantrack.plan.documents.PublishedDocuments}, before the transaction, as OCR is slow).
   */
  public Imported importDocument(DocumentText document, String number, String province) {
    PlanImport record = open(document.format(), province);
    record.status = PlanImport.DRAFT;
    Imported done = drafts.draft(record, document, number, Progress.NONE);
    imports.persist(record);
    return done;
  }

  /**
   * A job for a long import: the record is READING until {@link #runJob} has read the document.
   * Commits before the job starts, so the job and its callers see it.
   */
  public PlanImport startJob(String format, String province, String owner) {
    PlanImport record = open(format, province);
    record.status = PlanImport.READING;
    record.owner = owner;
    record.heartbeatAt = Instant.now();
    record.stage = "QUEUED";
    record.progress = 0;
    imports.persist(record);
    return record;
  }

  /** Reads the job's document (on a worker thread, as the caller who started it). */
  public void runJob(UUID id, DocumentText document, String number, Progress progress) {
    PlanImport record = imports.findById(id);
    if (record == null || !PlanImport.READING.equals(record.status)) {
      return;
    }
    drafts.draft(record, document, number, progress);
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
    imports.updateReadingProgress(id, stage, (short) Math.max(0, Math.min(100, percent)));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanImport get(UUID id) {
    return access.find(id);
  }

  private PlanImport open(String format, String province) {
    PlanImport record = new PlanImport();
    record.id = UUID.randomUUID();
    record.province = access.importTarget(province);
    record.sourceFormat = format;
    record.createdAt = Instant.now();
    record.createdBy = caller.username();
    return record;
  }
}
