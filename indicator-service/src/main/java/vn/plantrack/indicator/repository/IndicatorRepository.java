package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.platform.paging.TextSearch;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {
  /**
   * The indicator, its row locked until the transaction ends (writes to one indicator take turns);
   * null when there is none. The row is locked before the entity is read, so the entity read is the
   * latest committed one and keeps its ordinary (optimistic) versioning.
   */
  public Indicator findForUpdate(UUID id) {
    List<?> locked =
        getEntityManager()
            .createNativeQuery("select id from indicator where id = :id for update")
            .setParameter("id", id)
            .getResultList();
    return locked.isEmpty() ? null : findById(id);
  }

  public static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

  /**
   * An indicator query. {@code role} (lead, responsible, monitoring or null for any) says how
   * {@code orgId} must hold the indicator.
   */
  public record Filter(
      String province, UUID planId, UUID orgId, String role, UUID parentId, String q) {}

  public boolean codeTaken(UUID planId, String code) {
    return count("planId = ?1 and code = ?2", planId, code) > 0;
  }

  /** A plan's indicators by code. */
  public Map<String, UUID> idsByCode(UUID planId) {
    Map<String, UUID> ids = new java.util.HashMap<>();
    getEntityManager()
        .createQuery("select i.code, i.id from Indicator i where i.planId = ?1", Object[].class)
        .setParameter(1, planId)
        .getResultList()
        .forEach(row -> ids.put((String) row[0], (UUID) row[1]));
    return ids;
  }

  public List<Indicator> childrenOf(UUID parentId) {
    return list("parentId = ?1", parentId);
  }

  public List<UUID> allIds() {
    return getEntityManager()
        .createQuery("select i.id from Indicator i order by i.id", UUID.class)
        .getResultList();
  }

  /** The indicators with these ids (those that exist). */
  public List<Indicator> withIds(Collection<UUID> ids) {
    return list("id in ?1", ids);
  }

  /**
   * Raises the indicator's version now although none of its columns changed (a value recorded, an
   * evaluation announced): the version orders the events consumers receive, and a second writer of
   * the same version fails instead of announcing twice. Raised at once (not at commit), so each
   * event of one transaction carries its own, strictly greater version.
   */
  public void incrementVersion(Indicator indicator) {
    flush();
    getEntityManager().lock(indicator, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
  }

  /** Every indicator of a plan. */
  public List<Indicator> ofPlan(UUID planId) {
    return list("planId = ?1", planId);
  }

  /** Indicators where the organization leads, answers for or monitors. */
  @SuppressWarnings("unchecked")
  public List<Indicator> heldBy(UUID orgId) {
    return getEntityManager()
        .createNativeQuery(
            "select * from indicator where ?1 = any(lead_org_ids)"
                + " or ?1 = any(responsible_org_ids) or ?1 = any(monitoring_org_ids) order by id",
            Indicator.class)
        .setParameter(1, orgId)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  public List<Indicator> search(
      Filter filter, String sort, boolean ascending, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select * from indicator i where 1 = 1");
    List<Object> params = new ArrayList<>();
    where(sql, params, filter);
    String direction = ascending ? " asc" : " desc";
    String order =
        sort.equals("code")
            ? "case when i.code ~ '^[0-9]+(\\.[0-9]+)*$' then string_to_array(i.code, '.')::int[] end"
                + direction
                + ", i.code"
            : "i." + SORTABLE.get(sort);
    sql.append(" order by ");
    if (filter.q() != null) {
      // A code or name equal to q first, then those starting with it, then the rest (API.md).
      params.add(filter.q());
      sql.append(TextSearch.rank("?" + params.size(), "i.code", "i.name")).append(", ");
    }
    sql.append(order).append(direction).append(" nulls last, i.id");
    Query query = getEntityManager().createNativeQuery(sql.toString(), Indicator.class);
    bind(query, params);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Filter filter) {
    StringBuilder sql = new StringBuilder("select count(*) from indicator i where 1 = 1");
    List<Object> params = new ArrayList<>();
    where(sql, params, filter);
    Query query = getEntityManager().createNativeQuery(sql.toString());
    bind(query, params);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static void where(StringBuilder sql, List<Object> params, Filter f) {
    if (f.province() != null) {
      params.add(f.province());
      sql.append(" and i.province = ?").append(params.size());
    }
    if (f.planId() != null) {
      params.add(f.planId());
      sql.append(" and i.plan_id = ?").append(params.size());
    }
    if (f.parentId() != null) {
      params.add(f.parentId());
      sql.append(" and i.parent_id = ?").append(params.size());
    }
    if (f.orgId() != null) {
      params.add(f.orgId());
      int p = params.size();
      String lead = "?" + p + " = any(i.lead_org_ids)";
      String responsible = "?" + p + " = any(i.responsible_org_ids)";
      String monitoring = "?" + p + " = any(i.monitoring_org_ids)";
      String condition =
          f.role() == null
              ? "(" + lead + " or " + responsible + " or " + monitoring + ")"
              : switch (f.role()) {
                case "lead" -> lead;
                case "responsible" -> responsible;
                default -> monitoring;
              };
      sql.append(" and ").append(condition);
    }
    if (f.q() != null) {
      params.add(f.q());
      sql.append(" and i.search_text like '%' || plantrack_fold(?")
          .append(params.size())
          .append(") || '%'");
    }
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }
}
