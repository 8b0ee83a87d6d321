package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.platform.paging.PageRequest;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

  /** Sort keys a client may ask for, mapped to columns. */
  public static final java.util.Map<String, String> SORTABLE =
      java.util.Map.of("name", "name", "code", "code", "type", "type", "province", "province");

  public boolean existsByCode(String code) {
    return count("code", code) > 0;
  }

  /**
   * One page of the directory. {@code q} matches name, short name and aliases ignoring case and
   * diacritics; names that match with their diacritics rank first.
   */
  @SuppressWarnings("unchecked")
  public List<Organization> search(String province, String q, String type, PageRequest page) {
    StringBuilder sql = new StringBuilder("select * from organization o where 1 = 1");
    appendFilters(sql, province, q, type);
    String order =
        SORTABLE.get(page.sortField()) + (page.ascending() ? " asc" : " desc") + ", o.id asc";
    if (q != null) {
      sql.append(
              " order by (lower(o.name) = lower(:q) or lower(coalesce(o.short_name, '')) = lower(:q)) desc,"
                  + " (lower(o.name) like '%' || lower(:q) || '%') desc,"
                  + " similarity(o.search_text, plantrack_fold(:q)) desc, ")
          .append(order);
    } else {
      sql.append(" order by ").append(order);
    }
    var query = getEntityManager().createNativeQuery(sql.toString(), Organization.class);
    bind(query, province, q, type);
    return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  public long countSearch(String province, String q, String type) {
    StringBuilder sql = new StringBuilder("select count(*) from organization o where 1 = 1");
    appendFilters(sql, province, q, type);
    var query = getEntityManager().createNativeQuery(sql.toString());
    bind(query, province, q, type);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static void appendFilters(StringBuilder sql, String province, String q, String type) {
    if (province != null) {
      sql.append(" and o.province = :province");
    }
    if (type != null) {
      sql.append(" and o.type = :type");
    }
    if (q != null) {
      sql.append(" and o.search_text like '%' || plantrack_fold(:q) || '%'");
    }
  }

  private static void bind(
      jakarta.persistence.Query query, String province, String q, String type) {
    if (province != null) {
      query.setParameter("province", province);
    }
    if (type != null) {
      query.setParameter("type", type);
    }
    if (q != null) {
      query.setParameter("q", q);
    }
  }
}
