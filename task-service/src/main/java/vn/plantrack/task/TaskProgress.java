package vn.plantrack.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.task.contract.TaskStatus;

/** A progress report by the lead, or a contribution note by a cooperating agency. */
@Entity
@Table(name = "task_progress")
public class TaskProgress {
  public enum Kind {
    PROGRESS,
    CONTRIBUTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "task_id", nullable = false)
  public UUID taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(name = "org_id")
  public UUID orgId;

  @Enumerated(EnumType.STRING)
  public TaskStatus status;

  public Integer percent;
  public String note;
  public String difficulties;
  public String proposals;

  @Column(name = "evidence_number")
  public String evidenceNumber;

  @Column(name = "evidence_date")
  public LocalDate evidenceDate;

  @Column(name = "evidence_link")
  public String evidenceLink;

  @Column(name = "reported_at", nullable = false)
  public Instant reportedAt;

  @Column(name = "reported_by", nullable = false)
  public String reportedBy;
}
