package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The read model's copy of a task as it is now, from plantrack.tasks: what a report line names
 * (code, title, agencies, deadline text). Judging it as of a date uses its versions
 * (task_view_version), never these fields.
 */
@Entity
@Table(name = "task_view")
public class TaskView {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "section_code")
  public String sectionCode;

  @Column(nullable = false)
  public String code;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public String title;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lead_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> leadOrgIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "cooperating_org_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> cooperatingOrgIds = new ArrayList<>();

  @Column(name = "deadline_text")
  public String deadlineText;

  @Column(nullable = false)
  public String status;

  @Column(name = "progress_percent", nullable = false)
  public int progressPercent;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
