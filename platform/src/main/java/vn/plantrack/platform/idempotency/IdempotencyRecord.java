package vn.plantrack.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first response to a keyed POST. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
  @EmbeddedId public Id id;

  @Column(name = "method_path", nullable = false)
  public String methodPath;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(nullable = false)
  public int status;

  public String body;
  public String location;
  public String etag;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Embeddable
  public static class Id implements Serializable {
    @Column(nullable = false)
    public String caller;

    @Column(nullable = false)
    public String key;

    public Id() {}

    public Id(String caller, String key) {
      this.caller = caller;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id other && caller.equals(other.caller) && key.equals(other.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caller, key);
    }
  }
}
