package vn.plantrack.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import vn.plantrack.platform.problem.ProblemException;

/**
 * The import of a workbook whose rows are the records of one plan (tasks, indicators), which a
 * service configures with its {@link Records} and its {@link Writes}:
 *
 * <ul>
 *   <li>a row finds its record by ID (an ID that is no record of the plan is a row error), else by
 *       code; any other row creates a record;
 *   <li>an ID or a code on a second row is a row error there;
 *   <li>an update needs the version column the record was exported with (without it, a row error,
 *       so nobody's change is overwritten; a stale one is the service's refusal, a row error too);
 *   <li>rows without a parent code go first, so a sub-record finds a parent the same upload
 *       creates; a parent code the plan does not have is the row's error;
 *   <li>the rows run through {@link RowImports} in the {@link ImportMode} asked.
 * </ul>
 */
@ApplicationScoped
public class RecordUpserts {
  private final RowImports imports;

  public RecordUpserts(RowImports imports) {
    this.imports = imports;
  }

  /**
   * What a service does with a row: its content ({@code parentId} is the parent it names or keeps),
   * and the writes of the API; {@code same} tells a row that would change nothing.
   */
  public record Writes<T, D>(
      Content<T, D> data, Function<D, T> create, Update<T, D> update, BiPredicate<T, D> same) {}

  /** The row as a record's content. */
  @FunctionalInterface
  public interface Content<T, D> {
    D of(SheetRow row, T existing, UUID parentId);
  }

  /** An update with the version the record was exported at. */
  @FunctionalInterface
  public interface Update<T, D> {
    void apply(T existing, long version, D data);
  }

  /**
   * Imports the rows.
   *
   * @param existing the plan's records now
   * @param columnOfField the column key of a service's field name, for its refusals
   */
  public <T, D> ImportReport run(
      ImportMode mode,
      SheetDefinition sheet,
      ReadResult read,
      Records<T> records,
      String planNumber,
      Collection<T> existing,
      Writes<T, D> writes,
      Map<String, String> columnOfField) {
    read.requireHeaders();
    Map<String, UUID> idsByCode = new HashMap<>();
    Map<UUID, T> byId = new HashMap<>();
    for (T record : existing) {
      idsByCode.put(records.code().apply(record), records.id().apply(record));
      byId.put(records.id().apply(record), record);
    }
    Plan<T, D> plan = new Plan<>(records, planNumber, idsByCode, writes);
    List<RowError> errors = new ArrayList<>(read.errors());
    List<RowImports.Step> parents = new ArrayList<>();
    List<RowImports.Step> children = new ArrayList<>();
    SeenRows codes = new SeenRows();
    SeenRows ids = new SeenRows();
    for (SheetRow row : read.validRows()) {
      List<RowError> problems = new ArrayList<>();
      String code = row.text("code");
      Integer twice = codes.before(code, row);
      if (twice != null) {
        problems.add(RowError.at(row, sheet, "code", "the code is also on row " + twice));
      }
      T target = null;
      UUID id = row.uuid("id");
      if (id != null) {
        target = byId.get(id);
        Integer again = ids.before(id, row);
        if (target == null) {
          problems.add(
              RowError.at(
                  row,
                  sheet,
                  "id",
                  "no " + records.noun() + " with this ID in plan " + planNumber));
        } else if (again != null) {
          problems.add(RowError.at(row, sheet, "id", "the ID is also on row " + again));
        }
      } else if (idsByCode.containsKey(code)) {
        target = byId.get(idsByCode.get(code));
      }
      Long version = row.blank("version") ? null : row.number("version").longValueExact();
      if (target != null && version == null) {
        problems.add(
            RowError.at(
                row,
                sheet,
                "version",
                records.noun()
                    + " "
                    + records.code().apply(target)
                    + " exists: give the version its export shows, so nobody's change is"
                    + " overwritten"));
      }
      if (!problems.isEmpty()) {
        errors.addAll(problems);
        continue;
      }
      T found = target;
      RowImports.Step step = new RowImports.Step(row, () -> plan.apply(row, found, version));
      (row.blank("parentCode") ? parents : children).add(step);
    }
    List<RowImports.Step> steps = new ArrayList<>(parents);
    steps.addAll(children);
    return imports.run(mode, sheet, read.rows().size(), errors, steps, columnOfField);
  }

  /** The plan's records by code as the upload goes (a created one is found by the next rows). */
  private record Plan<T, D>(
      Records<T> records, String number, Map<String, UUID> idsByCode, Writes<T, D> writes) {

    RowImports.Outcome apply(SheetRow row, T existing, Long version) {
      D data = writes.data().of(row, existing, parentId(row, existing));
      if (existing == null) {
        T created = writes.create().apply(data);
        idsByCode.put(records.code().apply(created), records.id().apply(created));
        return RowImports.Outcome.CREATED;
      }
      if (writes.same().test(existing, data)) {
        return RowImports.Outcome.UNCHANGED;
      }
      writes.update().apply(existing, version, data);
      return RowImports.Outcome.UPDATED;
    }

    /** The parent the row names by code; the record's own when the workbook has no such column. */
    private UUID parentId(SheetRow row, T existing) {
      if (existing != null && !row.has("parentCode")) {
        return records.parentId().apply(existing);
      }
      if (row.blank("parentCode")) {
        return null;
      }
      UUID parentId = idsByCode.get(row.text("parentCode"));
      if (parentId == null) {
        throw ProblemException.invalid(
            "parentId",
            "no " + records.noun() + " " + row.text("parentCode") + " in plan " + number);
      }
      return parentId;
    }
  }
}
