package vn.plantrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.plantrack.plan.PlanDocument.DocumentReference;
import vn.plantrack.plan.PlanDocument.LegalBasis;
import vn.plantrack.plan.PlanDocument.Objectives;
import vn.plantrack.plan.PlanDocument.Section;
import vn.plantrack.plan.contract.ReportingRule;
import vn.plantrack.platform.persistence.Stamped;

/** An issued (or draft) planning document of a province. */
@Entity
@Table(name = "plan")
public class Plan extends Stamped {
  @Id public UUID id;

  @Column(nullable = false, updatable = false)
  public String province;

  @Column(nullable = false)
  public String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  public DocumentType documentType;

  @Column(nullable = false)
  public String title;

  @Column(name = "issuer_org_id")
  public UUID issuerOrgId;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  public String signer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlanStatus status;

  @Column(name = "status_reason")
  public String statusReason;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public Objectives objectives = Objectives.empty();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public List<Section> sections = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "legal_bases", nullable = false, columnDefinition = "jsonb")
  public List<LegalBasis> legalBases = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "implements_docs", nullable = false, columnDefinition = "jsonb")
  public List<DocumentReference> implementsDocs = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "supersedes_doc", columnDefinition = "jsonb")
  public DocumentReference supersedesDoc;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "reporting_rules", nullable = false, columnDefinition = "jsonb")
  public List<ReportingRule> reportingRules = new ArrayList<>();

  @Version public long version;
}
