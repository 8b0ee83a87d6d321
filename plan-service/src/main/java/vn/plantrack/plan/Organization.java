package vn.plantrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.platform.persistence.Stamped;

/**
 * An agency of the directory. Its id is derived from its code, so every environment agrees on it.
 */
@Entity
@Table(name = "organization")
public class Organization extends Stamped {
  @Id public UUID id;

  @Column(nullable = false, unique = true, updatable = false)
  public String code;

  @Column(nullable = false, updatable = false)
  public String province;

  @Column(nullable = false)
  public String name;

  @Column(name = "short_name")
  public String shortName;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public List<String> aliases = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public OrganizationType type;

  /** For a GROUP whose members the document leaves open: the organization types it stands for. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "member_types", nullable = false, columnDefinition = "text[]")
  public List<String> memberTypes = new ArrayList<>();

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  /** Its focal points, in the agency's order. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public List<Contact> contacts = new ArrayList<>();

  @Version public long version;

  /**
   * A focal point (đầu mối) of the agency: who is told about its tasks and reports. Email or phone
   * may be absent, not both.
   */
  public record Contact(String name, String email, String phone, String role) {}

  /** Whether the organization exists on that date (validity bounds are inclusive). */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  /**
   * The id an organization with this code has everywhere (also in Keycloak's {@code org} claim).
   */
  public static UUID idForCode(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }
}
