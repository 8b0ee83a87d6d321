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
 * A rebuild of the read model (service/ReadModelRebuild): RUNNING through its phases (REPLAYING the
 * owners' topics into a fresh model aside, CATCHING_UP with what arrived meanwhile, SWITCHING to
 * it, TAIL: what arrived during the switch), then DONE or FAILED with the error; per topic, how far
 * it has read.
 */
@Entity
@Table(name = "read_model_rebuild")
public class ReadModelRebuildJob {
  @Id public UUID id;

  /** RUNNING, DONE, FAILED. */
  @Column(nullable = false)
  public String status;

  /** STARTING, REPLAYING, CATCHING_UP, SWITCHING, TAIL, then where it ended. */
  @Column(nullable = false)
  public String phase;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public List<TopicProgress> topics = new ArrayList<>();

  public String error;

  /** While RUNNING: the instance running it (platform jobs.Instance) and its renewal. */
  public String owner;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Column(name = "started_by", nullable = false)
  public String startedBy;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /**
   * How far the rebuild has read a topic: {@code reached} records of its partitions (the sum of
   * their offsets) out of {@code end} (the sum of the end offsets it aims at now); the events
   * applied, skipped (not newer than the row) and poison (unreadable, counted and passed over).
   */
  public record TopicProgress(
      String topic, long reached, long end, long applied, long skipped, long poison) {}
}
