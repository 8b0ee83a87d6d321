package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An export of a consolidated report to XLSX, DOCX or PDF; the file is kept once done. */
@Entity
@Table(name = "export_job")
public class ExportJob {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(name = "report_id", nullable = false)
  public UUID reportId;

  @Column(nullable = false)
  public String format;

  /** QUEUED, RUNNING, DONE, FAILED. */
  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int progress;

  public byte[] file;

  @Column(name = "file_name")
  public String fileName;

  public String error;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** While QUEUED or RUNNING: the instance running it (platform jobs.Instance) and its renewal. */
  public String owner;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;
}
