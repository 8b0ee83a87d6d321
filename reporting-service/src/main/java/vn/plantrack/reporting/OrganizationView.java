package vn.plantrack.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The read model's copy of an organization, as of the newest event applied. */
@Entity
@Table(name = "organization_view")
public class OrganizationView {
  @Id public UUID id;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String province;

  @Column(nullable = false)
  public String name;

  @Column(name = "short_name")
  public String shortName;

  @Column(nullable = false)
  public String type;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  /** The owner's aggregate version of the event this row reflects. Not a lock: events carry it. */
  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
