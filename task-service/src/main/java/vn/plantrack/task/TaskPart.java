package vn.plantrack.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.task.contract.TaskStatus;

/**
 * A member agency's own part of a task a collective leads: it reports its own progress against the
 * task's deadline (DOMAIN.md, Organizations). A member without one has not reported yet.
 */
@Entity
@Table(name = "task_part")
public class TaskPart {
  @Embeddable
  public record Key(@Column(name = "task_id") UUID taskId, @Column(name = "org_id") UUID orgId)
      implements Serializable {}

  @EmbeddedId public Key id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TaskStatus status = TaskStatus.NOT_STARTED;

  @Column(name = "progress_percent", nullable = false)
  public int progressPercent;

  @Column(name = "completed_on")
  public LocalDate completedOn;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "completed_years", nullable = false, columnDefinition = "jsonb")
  public Map<Integer, LocalDate> completedYears = new TreeMap<>();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;
}
