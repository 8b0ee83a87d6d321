package vn.plantrack.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The read model's tables as a whole, for a rebuild that builds a fresh copy aside and switches to
 * it. The live tables stay where Flyway made them (the connection's schema, {@code public}); a
 * rebuild creates a schema of its own ({@link #asideOf}) holding the same tables, defined from the
 * live ones as the database has them now (columns, defaults, checks, then every constraint and
 * index under its own name), so Flyway's later migrations find exactly the names they wrote. It
 * fills them through transactions whose search_path puts that schema first ({@link #writeAside}):
 * the read model's code is the same, only its tables are the fresh ones; reporting's own tables
 * (unit reports, consolidated reports, export jobs, the outbox) and Flyway's history are found in
 * the live schema as always. The switch ({@link #switchTo}) moves the live tables out to a retired
 * schema and the fresh ones in, in one transaction holding an exclusive lock on every read-model
 * table, so no event is applied to either half-way.
 */
@ApplicationScoped
public class ReadModelSchemas {
  /**
   * Every table of the read model: what the owners' events build, nothing of reporting's own.
   * read_model_position first: each apply writes it first, so the switch's locks are taken in the
   * order applies take theirs.
   */
  public static final List<String> TABLES =
      List.of(
          "read_model_position",
          "organization_view",
          "plan_view",
          "task_view",
          "task_view_version",
          "task_view_note",
          "indicator_view",
          "measurement_view",
          "indicator_judgement_view");

  private static final String ASIDE = "read_model_aside_";
  private static final String RETIRED = "read_model_retired_";

  private final EntityManager em;

  public ReadModelSchemas(EntityManager em) {
    this.em = em;
  }

  /** The schema a rebuild builds its read model in. */
  public static String asideOf(UUID job) {
    return ASIDE + job.toString().replace("-", "");
  }

  /** The schema the switch moves the old read model to, dropped right after. */
  public static String retiredOf(UUID job) {
    return RETIRED + job.toString().replace("-", "");
  }

  /** The schema the live read model (and everything else of the service) is in. */
  public String live() {
    return (String) em.createNativeQuery("select current_schema()").getSingleResult();
  }

  /**
   * Drops what earlier rebuilds left (a crash midway leaves its aside schema) and creates {@code
   * aside} with empty copies of the live tables. Only while no other rebuild runs.
   */
  public void createAside(String aside) {
    dropLeftovers();
    String live = live();
    execute("create schema " + aside);
    for (String table : TABLES) {
      execute(
          "create table "
              + aside
              + "."
              + table
              + " (like "
              + live
              + "."
              + table
              + " including defaults including constraints including generated including identity"
              + " including storage including comments)");
      for (Object[] c : rows(CONSTRAINTS, live + "." + table)) {
        execute("alter table " + aside + "." + table + " add constraint " + c[0] + " " + c[1]);
      }
      for (Object[] i : rows(INDEXES, live + "." + table)) {
        String on = " ON " + live + "." + table + " ";
        String definition = (String) i[1];
        if (!definition.contains(on)) {
          throw new IllegalStateException("unexpected index definition: " + definition);
        }
        execute(definition.replace(on, " ON " + aside + "." + table + " "));
      }
    }
  }

  /** The transaction's statements (its search_path, until it ends) read and write {@code aside}. */
  public void writeAside(String aside, String live) {
    em.createNativeQuery("select set_config('search_path', ?1, true)")
        .setParameter(1, aside + ", " + live)
        .getSingleResult();
  }

  /**
   * Switches the live read model to {@code aside}'s tables: waits (up to the lock timeout) for the
   * applies and reads in progress, locks every table, moves the live ones to {@code retired} and
   * the fresh ones in their place. Everything after the commit reads and writes the fresh ones.
   */
  public void switchTo(String aside, String retired) {
    String live = live();
    execute("set local lock_timeout = '10s'");
    execute(
        "lock table "
            + String.join(", ", TABLES.stream().map(t -> live + "." + t).toList())
            + " in access exclusive mode");
    execute("create schema " + retired);
    for (String table : TABLES) {
      execute("alter table " + live + "." + table + " set schema " + retired);
    }
    for (String table : TABLES) {
      execute("alter table " + aside + "." + table + " set schema " + live);
    }
    execute("drop schema " + aside);
  }

  /** Drops a schema a rebuild made, with what it holds. */
  public void drop(String schema) {
    if (!schema.startsWith(ASIDE) && !schema.startsWith(RETIRED)) {
      throw new IllegalArgumentException("not a rebuild's schema: " + schema);
    }
    execute("drop schema if exists " + schema + " cascade");
  }

  /** The schemas rebuilds made and left (a crash midway, a switch whose drop did not happen). */
  @SuppressWarnings("unchecked")
  public List<String> leftovers() {
    return em.createNativeQuery(
            "select nspname from pg_namespace where nspname like 'read\\_model\\_aside\\_%'"
                + " or nspname like 'read\\_model\\_retired\\_%' order by nspname")
        .getResultList();
  }

  private void dropLeftovers() {
    leftovers().forEach(this::drop);
  }

  private static final String CONSTRAINTS =
      "select conname, pg_get_constraintdef(oid) from pg_constraint"
          + " where conrelid = cast(?1 as regclass) and contype in ('p', 'u', 'x') order by conname";

  private static final String INDEXES =
      "select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i"
          + " join pg_class c on c.oid = i.indexrelid"
          + " where i.indrelid = cast(?1 as regclass)"
          + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"
          + " order by c.relname";

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String table) {
    return em.createNativeQuery(sql).setParameter(1, table).getResultList();
  }

  private void execute(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }
}
