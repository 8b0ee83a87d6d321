package vn.plantrack.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service's copy of an organization or group, from plantrack.organizations events (table {@code
 * known_organization}, created by each service's own migrations).
 */
@Entity
@Table(name = "known_organization")
public class KnownOrganization {
  @Id public UUID id;

  @Column(nullable = false)
  public String province;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String type;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "member_ids", nullable = false, columnDefinition = "uuid[]")
  public List<UUID> memberIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "member_types", nullable = false, columnDefinition = "text[]")
  public List<String> memberTypes = new ArrayList<>();

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(nullable = false)
  public long version;
}
