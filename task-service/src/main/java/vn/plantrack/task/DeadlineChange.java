package vn.plantrack.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change of a task's deadline: an agency's extension request ("xin gia hạn") and the
 * coordinator's decision, or a coordinator's own change (DIRECT, decided at once). An approved
 * change applies from the day of the decision; {@code extends} says whether it moved the due date
 * later, which is what the Government Office's tracking counts as an extension.
 */
@Entity
@Table(name = "task_deadline_change")
public class DeadlineChange {
  public enum Kind {
    REQUEST,
    DIRECT
  }

  public enum Status {
    REQUESTED,
    APPROVED,
    REFUSED
  }

  @Id public UUID id;

  @Column(name = "task_id", nullable = false)
  public UUID taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(nullable = false)
  public String reason;

  @Column(name = "previous_deadline_text")
  public String previousDeadlineText;

  @Column(name = "previous_due_date")
  public LocalDate previousDueDate;

  @Column(name = "deadline_text", nullable = false)
  public String deadlineText;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "extends", nullable = false)
  public boolean extendsDeadline;

  @Column(name = "requested_by", nullable = false)
  public String requestedBy;

  @Column(name = "requested_by_org")
  public UUID requestedByOrg;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  @Column(name = "decision_note")
  public String decisionNote;
}
