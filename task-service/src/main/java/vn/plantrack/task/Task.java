package vn.plantrack.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.platform.persistence.Stamped;
import vn.plantrack.task.contract.DeadlineKind;
import vn.plantrack.task.contract.TaskStatus;

/**
 * One assignment of a plan. The deadline keeps the document's words ({@code deadlineText}) beside
 * their reading; timeliness is never stored: it is derived as of a date.
 */
@Entity
@Table(name = "task")
public class Task extends Stamped {
  @Id public UUID id;

  @Column(nullable = false, updatable = false)
  public String province;

  @Column(name = "plan_id", nullable = false, updatable = false)
  public UUID planId;

  @Column(name = "section_code")
  public String sectionCode;

  @Column(nullable = false)
  public String code;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public String title;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lead_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> leadOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "cooperating_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> cooperatingOrgIds = new ArrayList<>();

  @Column(name = "expected_output")
  public String expectedOutput;

  @Column(name = "expected_output_type")
  public String expectedOutputType;

  @Column(name = "deadline_text")
  public String deadlineText;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_kind", nullable = false)
  public DeadlineKind deadlineKind;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "deadline_start")
  public LocalDate deadlineStart;

  @Column(name = "deadline_from_year")
  public Integer deadlineFromYear;

  @Column(name = "deadline_recurrence")
  public String deadlineRecurrence;

  @Column(name = "deadline_condition")
  public String deadlineCondition;

  @Column(name = "deadline_needs_review", nullable = false)
  public boolean deadlineNeedsReview;

  @Column(name = "deadline_review_reason")
  public String deadlineReviewReason;

  @Column(name = "condition_met_on")
  public LocalDate conditionMetOn;

  @Column(name = "condition_document")
  public String conditionDocument;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TaskStatus status;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "progress_percent", nullable = false)
  public int progressPercent;

  @Column(name = "completed_on")
  public LocalDate completedOn;

  @Column(name = "evidence_number")
  public String evidenceNumber;

  @Column(name = "evidence_date")
  public LocalDate evidenceDate;

  @Column(name = "evidence_link")
  public String evidenceLink;

  @Column(name = "implements_task_id")
  public UUID implementsTaskId;

  @Version public long version;
}
