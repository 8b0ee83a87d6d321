package vn.plantrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A plan document read into a DRAFT plan: what was read (tasks and indicators with their
 * organizations resolved), and every doubt as a warning pointing at the source line.
 */
@Entity
@Table(name = "plan_import")
public class PlanImport {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  /** The DRAFT plan the document became (null while a job is still reading it). */
  @Column(name = "plan_id")
  public UUID planId;

  /**
   * READING (a job at work), FAILED (it could not be read), DRAFT (read, for review), CONFIRMED
   * (the plan is issued and its tasks and indicators sent to their services).
   */
  @Column(nullable = false)
  public String status;

  /**
   * TEXT, XLSX, DOCX, PDF (read from its text layer), PDF_SCAN (at least one page read by OCR) or
   * IMAGE (read by OCR).
   */
  @Column(name = "source_format", nullable = false)
  public String sourceFormat = "TEXT";

  /** While READING: the pipeline's stage and how far it is (0-100). */
  public String stage;

  @Column(nullable = false)
  public short progress = 100;

  /** FAILED: why, as the problem a synchronous import would have answered. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public Failure failure;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public Result result;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "confirmed_by")
  public String confirmedBy;

  /** CONFIRMED: what was sent on (counts, links) and the event that carried it. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public Confirmation confirmation;

  /** While READING: the instance reading it (platform jobs.Instance) and its last renewal. */
  public String owner;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  public static final String READING = "READING";
  public static final String FAILED = "FAILED";
  public static final String DRAFT = "DRAFT";
  public static final String CONFIRMED = "CONFIRMED";

  /** Why a job could not read its document: the problem's status, title and detail. */
  public record Failure(
      int status,
      String title,
      String detail,
      List<vn.plantrack.platform.problem.Problem.FieldError> errors) {}

  /**
   * A confirmation: how many tasks and indicators were sent to their services, which agencies the
   * coordinator mapped or left out, and the event id (task- and indicator-service apply it once).
   */
  public record Confirmation(
      int tasks,
      int indicators,
      int links,
      java.util.Map<String, UUID> organizations,
      List<String> leftOut,
      UUID eventId) {}

  /**
   * What the import found, ready for review. {@code header} is what the document says about itself
   * as read; {@code needs} what must still be given at confirmation ("number", "issuedOn") because
   * the document does not print it; {@code draftPlan} the plan to create then, while the number is
   * unknown (the DRAFT plan is created at once when it is known).
   */
  public record Result(
      Counts counts,
      List<Warning> warnings,
      List<ImportedTask> tasks,
      List<ImportedIndicator> indicators,
      List<Link> links,
      Header header,
      List<String> needs,
      DraftPlan draftPlan) {
    public Result {
      links = links == null ? List.of() : links;
      needs = needs == null ? List.of() : needs;
    }
  }

  /** The document's own data as read (null where it prints none), and the lines it is on. */
  public record Header(
      String documentType,
      String number,
      String issuer,
      java.time.LocalDate issuedOn,
      String title,
      String signer,
      List<String> implementsDocuments,
      List<String> supersedes,
      Integer numberLine,
      Integer issuedOnLine) {}

  /** The DRAFT plan to create once the number is given (see {@link Result#draftPlan}). */
  public record DraftPlan(
      DocumentType documentType,
      String title,
      UUID issuerOrgId,
      java.time.LocalDate issuedOn,
      String signer,
      List<PlanDocument.Section> sections,
      List<PlanDocument.DocumentReference> implementsDocuments,
      PlanDocument.DocumentReference supersedes,
      List<vn.plantrack.plan.contract.ReportingRule> reportingRules) {}

  /**
   * Where a task or indicator was read: its lines in the text read (first and last), where those
   * are in the file ("p. 3, table 1, row 5", "paragraph 40", "line 212" for text), and how sure the
   * reading is (0-100): the conversion's confidence in those lines (OCR's word confidence; 100 for
   * text, Word and a PDF's text layer), lowered by 25 for every warning about them.
   */
  public record Source(int line, int lastLine, String origin, int confidence) {}

  /**
   * A suggested link of a task of this plan to the task it carries out in the plan it implements
   * (reading.TaskLinks): for the coordinator to accept when confirming.
   */
  public record Link(String code, String implementsCode, double score, String implementsTitle) {}

  public record Counts(
      int sections, int tasks, int subTasks, int indicators, int subIndicators, int warnings) {}

  /** A doubt for the coordinator: where (line), what kind, and the words concerned. */
  public record Warning(int line, String kind, String message, String excerpt) {}

  /** An organization name as printed and what the directory made of it (null: not resolved). */
  // Named for the merged document (openapi-merge): another service has a different Agency.
  @Schema(name = "ImportedAgency")
  public record Agency(String name, UUID orgId, String orgName, Double score) {}

  public record ImportedTask(
      String code,
      String printedCode,
      String parentCode,
      String sectionCode,
      String title,
      List<Agency> lead,
      List<Agency> cooperating,
      String output,
      String deadlineText,
      int line,
      Source source) {}

  public record ImportedIndicator(
      String code,
      String parentCode,
      String name,
      String unit,
      String baselineText,
      List<Target> targets,
      List<Agency> monitoring,
      boolean group,
      int line,
      Source source) {}

  // Named for the merged document (openapi-merge): another service has a different Target.
  @Schema(name = "ImportedTarget")
  public record Target(Integer year, String text) {}
}
