package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ConsolidatedReport;

@ApplicationScoped
public class ConsolidatedReportRepository
    implements PanacheRepositoryBase<ConsolidatedReport, UUID> {

  /** How many consolidated reports (drafts and issued) the plan and period have. */
  public long countOf(UUID planId, String period) {
    return count("planId = ?1 and period = ?2", planId, period);
  }

  /** A plan's consolidated reports by period and number; only one period's when it is given. */
  public List<ConsolidatedReport> ofPlan(UUID planId, String period) {
    return period == null
        ? list("planId = ?1 order by period, number", planId)
        : list("planId = ?1 and period = ?2 order by number", planId, period);
  }

  /**
   * Waits until no other transaction builds this plan and period's report, and keeps the others
   * waiting until this transaction ends (a PostgreSQL transaction-level advisory lock, the outbox
   * relay's mechanism). Two builds at once are then a build and a rebuild of the same draft, and
   * the next number is counted by one build at a time.
   */
  public void lockBuildsOf(UUID planId, String period) {
    getEntityManager()
        .createNativeQuery(
            "select 1 from pg_advisory_xact_lock(hashtext('plantrack.consolidated-report'),"
                + " hashtext(?1))")
        .setParameter(1, planId + "/" + period)
        .getSingleResult();
  }

  /**
   * The id of the plan and period's draft, if there is one; only the id: loading its content
   * (thousands of lines) just to replace it costs.
   */
  public UUID draftOf(UUID planId, String period) {
    return getEntityManager()
        .createQuery(
            "select r.id from ConsolidatedReport r where r.planId = ?1 and r.period = ?2"
                + " and r.status = 'DRAFT'",
            UUID.class)
        .setParameter(1, planId)
        .setParameter(2, period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The report as stored, with {@code content} in place of its stored content and detached: a
   * rebuilt draft's content is the one just built, and reading its thousands of lines back (and
   * keeping a copy to compare at the commit) would only cost.
   */
  public ConsolidatedReport withContent(UUID id, ConsolidatedContent content) {
    Object[] row =
        getEntityManager()
            .createQuery(
                "select r.province, r.planId, r.period, r.status, r.number, r.builtAt,"
                    + " r.issuedAt, r.issuedBy, r.version, r.createdAt, r.createdBy,"
                    + " r.updatedAt, r.updatedBy from ConsolidatedReport r where r.id = ?1",
                Object[].class)
            .setParameter(1, id)
            .getSingleResult();
    ConsolidatedReport r = new ConsolidatedReport();
    r.id = id;
    r.province = (String) row[0];
    r.planId = (UUID) row[1];
    r.period = (String) row[2];
    r.status = (String) row[3];
    r.number = (Integer) row[4];
    r.builtAt = (Instant) row[5];
    r.issuedAt = (Instant) row[6];
    r.issuedBy = (String) row[7];
    r.version = (Long) row[8];
    r.createdAt = (Instant) row[9];
    r.createdBy = (String) row[10];
    r.updatedAt = (Instant) row[11];
    r.updatedBy = (String) row[12];
    r.content = content;
    return r;
  }

  /**
   * Replaces a draft's content, unless it is no longer a draft: an issue that committed since the
   * draft was found wins, and the issued report stays as it was issued.
   *
   * @return whether the draft was rebuilt
   */
  public boolean rebuild(UUID draftId, ConsolidatedContent content, Instant builtAt, String by) {
    return getEntityManager()
            .createQuery(
                "update ConsolidatedReport r set r.content = ?1, r.builtAt = ?2, r.updatedAt = ?3,"
                    + " r.updatedBy = ?4, r.version = r.version + 1"
                    + " where r.id = ?5 and r.status = 'DRAFT'")
            .setParameter(1, content)
            .setParameter(2, builtAt)
            .setParameter(3, Instant.now())
            .setParameter(4, by)
            .setParameter(5, draftId)
            .executeUpdate()
        == 1;
  }
}
