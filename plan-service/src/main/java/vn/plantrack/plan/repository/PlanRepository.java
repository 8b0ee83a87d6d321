package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.DocumentType;
import vn.plantrack.plan.Plan;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {
  public static final Map<String, String> SORTABLE =
      Map.of("issuedOn", "issued_on", "number", "number", "title", "title", "status", "status");

  public record Filter(String province, String status, String documentType, String q) {}

  public boolean numberTaken(String province, DocumentType type, String number, UUID except) {
    return count(
            "province = ?1 and documentType = ?2 and lower(number) = lower(?3) and id <> ?4",
            province,
            type,
            number,
            except == null ? new UUID(0, 0) : except)
        > 0;
  }

  /** A plan of the province with this number (of any document type), or null. */
  public Plan firstWithNumber(String province, String number) {
    return find("province = ?1 and number = ?2", province, number).firstResult();
  }

  /** Plans that implement the given plan (one level down the chain). */
  @SuppressWarnings("unchecked")
  public List<Plan> implementing(UUID planId) {
    return getEntityManager()
        .createNativeQuery(
            "select * from plan where implements_docs @> cast(?1 as jsonb) order by issued_on nulls last, number",
            Plan.class)
        .setParameter(1, "[{\"planId\":\"" + planId + "\"}]")
        .getResultList();
  }

  /**
   * One page of plans. {@code q} (a LIKE pattern with % and _ escaped by the caller) matches number
   * and title ignoring case and diacritics; matches are ranked by {@link TextSearch#rank}: a number
   * or title equal to q first, where a number's part before its first "/" counts ("1570" is
   * 1570/KH-UBND's), then those starting with q, then the rest, each rank in the requested order.
   */
  @SuppressWarnings("unchecked")
  public List<Plan> search(Filter filter, PageRequest page) {
    StringBuilder sql = new StringBuilder("select * from plan p where 1 = 1");
    append(sql, filter);
    sql.append(" order by ");
    if (filter.q() != null) {
      sql.append(TextSearch.rank(":q", "p.number", "split_part(p.number, '/', 1)", "p.title"))
          .append(", ");
    }
    sql.append(SORTABLE.get(page.sortField()))
        .append(page.ascending() ? " asc nulls last" : " desc nulls last")
        .append(", p.id");
    Query query = getEntityManager().createNativeQuery(sql.toString(), Plan.class);
    bind(query, filter);
    return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  public long count(Filter filter) {
    StringBuilder sql = new StringBuilder("select count(*) from plan p where 1 = 1");
    append(sql, filter);
    Query query = getEntityManager().createNativeQuery(sql.toString());
    bind(query, filter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static void append(StringBuilder sql, Filter f) {
    if (f.province() != null) {
      sql.append(" and p.province = :province");
    }
    if (f.status() != null) {
      sql.append(" and p.status = :status");
    }
    if (f.documentType() != null) {
      sql.append(" and p.document_type = :documentType");
    }
    if (f.q() != null) {
      sql.append(" and p.search_text like '%' || plantrack_fold(:q) || '%'");
    }
  }

  private static void bind(Query query, Filter f) {
    if (f.province() != null) {
      query.setParameter("province", f.province());
    }
    if (f.status() != null) {
      query.setParameter("status", f.status());
    }
    if (f.documentType() != null) {
      query.setParameter("documentType", f.documentType());
    }
    if (f.q() != null) {
      query.setParameter("q", f.q());
    }
  }
}
