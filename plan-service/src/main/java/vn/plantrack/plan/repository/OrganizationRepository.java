package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

  /** Sort keys a client may ask for, mapped to columns. */
  public static final Map<String, String> SORTABLE =
      Map.of("name", "name", "code", "code", "type", "type", "province", "province");

  /** A directory query: every field optional. */
  public record Filter(String province, String q, String type, LocalDate asOf) {}

  public boolean existsByCode(String code) {
    return count("code", code) > 0;
  }

  /**
   * One page of the directory. {@code q} (a LIKE pattern with % and _ escaped by the caller)
   * matches name, short name and aliases ignoring case and diacritics, and the code; matches are
   * ranked by {@link TextSearch#rank}: a name, short name or code equal to q first, then those
   * starting with it, then the rest, each rank in the requested order.
   */
  @SuppressWarnings("unchecked")
  public List<Organization> search(Filter filter, PageRequest page) {
    StringBuilder sql = new StringBuilder("select * from organization o where 1 = 1");
    appendFilters(sql, filter);
    sql.append(" order by ");
    if (filter.q() != null) {
      sql.append(TextSearch.rank(":q", "o.name", "o.short_name", "o.code")).append(", ");
    }
    sql.append(SORTABLE.get(page.sortField()))
        .append(page.ascending() ? " asc" : " desc")
        .append(", o.id asc");
    Query query = getEntityManager().createNativeQuery(sql.toString(), Organization.class);
    bind(query, filter);
    return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  public long countSearch(Filter filter) {
    StringBuilder sql = new StringBuilder("select count(*) from organization o where 1 = 1");
    appendFilters(sql, filter);
    Query query = getEntityManager().createNativeQuery(sql.toString());
    bind(query, filter);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static void appendFilters(StringBuilder sql, Filter filter) {
    if (filter.province() != null) {
      sql.append(" and o.province = :province");
    }
    if (filter.type() != null) {
      sql.append(" and o.type = :type");
    }
    if (filter.q() != null) {
      sql.append(
          " and (o.search_text like '%' || plantrack_fold(:q) || '%' or lower(o.code) like '%' || lower(:q) || '%')");
    }
    if (filter.asOf() != null) {
      sql.append(
          " and (o.valid_from is null or o.valid_from <= :asOf)"
              + " and (o.valid_to is null or o.valid_to >= :asOf)");
    }
  }

  private static void bind(Query query, Filter filter) {
    if (filter.province() != null) {
      query.setParameter("province", filter.province());
    }
    if (filter.type() != null) {
      query.setParameter("type", filter.type());
    }
    if (filter.q() != null) {
      query.setParameter("q", filter.q());
    }
    if (filter.asOf() != null) {
      query.setParameter("asOf", filter.asOf());
    }
  }

  /**
   * A resolver candidate: the organization, its best similarity, and whether a name matched
   * exactly.
   */
  public record Candidate(UUID id, double score, boolean exact, boolean exactIgnoringDiacritics) {}

  /**
   * Candidates for a free-text agency name in a province: organizations whose name, short name or
   * an alias resembles it (pg_trgm word similarity on the folded text), best first — exact
   * spelling, then exact without diacritics, then similarity.
   */
  @SuppressWarnings("unchecked")
  public List<Candidate> resolve(String province, String name, LocalDate asOf, int limit) {
    String sql =
        "select o.id,"
            + " greatest(similarity(plantrack_fold(o.name), f.q),"
            + "   similarity(plantrack_fold(coalesce(o.short_name, '')), f.q),"
            + "   coalesce((select max(similarity(plantrack_fold(a), f.q)) from unnest(o.aliases) a), 0)) as score,"
            + " (lower(o.name) = lower(:raw) or lower(coalesce(o.short_name, '')) = lower(:raw)"
            + "   or exists (select 1 from unnest(o.aliases) a where lower(a) = lower(:raw))) as exact,"
            + " (plantrack_fold(o.name) = f.q or plantrack_fold(coalesce(o.short_name, '')) = f.q"
            + "   or exists (select 1 from unnest(o.aliases) a where plantrack_fold(a) = f.q)) as folded"
            + " from organization o, (select plantrack_fold(:raw) as q) f"
            + " where o.province = :province"
            + (asOf == null
                ? ""
                : " and (o.valid_from is null or o.valid_from <= :asOf)"
                    + " and (o.valid_to is null or o.valid_to >= :asOf)")
            + " and (f.q <% o.search_text or plantrack_fold(o.name) = f.q"
            + "   or exists (select 1 from unnest(o.aliases) a where plantrack_fold(a) = f.q))"
            + " order by exact desc, folded desc, score desc, o.name"
            + " limit :limit";
    Query query =
        getEntityManager()
            .createNativeQuery(sql)
            .setParameter("raw", name)
            .setParameter("province", province)
            .setParameter("limit", limit);
    if (asOf != null) {
      query.setParameter("asOf", asOf);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    (UUID) r[0], ((Number) r[1]).doubleValue(), (Boolean) r[2], (Boolean) r[3]))
        .toList();
  }

  // --- Group members
  // --------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  public Map<UUID, List<UUID>> membersOf(Collection<UUID> groupIds) {
    Map<UUID, List<UUID>> members = new HashMap<>();
    if (groupIds.isEmpty()) {
      return members;
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select group_id, member_id from organization_group_member where group_id in (:ids)"
                    + " order by member_id")
            .setParameter("ids", groupIds)
            .getResultList();
    for (Object[] row : rows) {
      members.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>()).add((UUID) row[1]);
    }
    return members;
  }

  public void replaceMembers(UUID groupId, Collection<UUID> memberIds) {
    getEntityManager()
        .createNativeQuery("delete from organization_group_member where group_id = ?1")
        .setParameter(1, groupId)
        .executeUpdate();
    for (UUID member : memberIds) {
      getEntityManager()
          .createNativeQuery(
              "insert into organization_group_member (group_id, member_id) values (?1, ?2)")
          .setParameter(1, groupId)
          .setParameter(2, member)
          .executeUpdate();
    }
  }

  // --- Lineage
  // --------------------------------------------------------------------------------------------------

  /** A recorded reorganization step. */
  public record Link(
      UUID predecessorId,
      UUID successorId,
      String kind,
      int position,
      LocalDate effectiveOn,
      String note) {}

  @SuppressWarnings("unchecked")
  public List<Link> linksOf(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select predecessor_id, successor_id, kind, position, effective_on, note"
                    + " from organization_lineage where predecessor_id in (:ids) or successor_id in (:ids)"
                    + " order by effective_on, predecessor_id, position")
            .setParameter("ids", ids)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Link(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4],
                    (String) r[5]))
        .toList();
  }

  public void addLink(Link link, String recordedBy) {
    getEntityManager()
        .createNativeQuery(
            "insert into organization_lineage"
                + " (predecessor_id, successor_id, kind, position, effective_on, note, recorded_at, recorded_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, link.predecessorId())
        .setParameter(2, link.successorId())
        .setParameter(3, link.kind())
        .setParameter(4, link.position())
        .setParameter(5, link.effectiveOn())
        .setParameter(6, link.note())
        .setParameter(7, Instant.now())
        .setParameter(8, recordedBy)
        .executeUpdate();
  }
}
