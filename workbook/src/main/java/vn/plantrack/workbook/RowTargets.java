package vn.plantrack.workbook;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Finds the record a report row is about (a task's progress, an indicator's value): by its ID, or
 * by its code in the plan the upload names. A row with neither, a code without a plan, a code the
 * plan does not have, an ID the caller may not see, an ID and a code of two records, or a record
 * outside the plan is a row error at the cell that says so.
 */
public final class RowTargets<T> {
  private final Records<T> records;
  private final UUID planId;
  private final String planNumber;
  private final Map<String, UUID> idsByCode;
  private final Function<UUID, T> get;

  /**
   * @param planId the plan the upload names, or null (then rows need an ID)
   * @param idsByCode the plan's records by code (empty without a plan)
   * @param get the record of an ID as the service answers it (a {@link ProblemException} when the
   *     caller may not see it)
   */
  public RowTargets(
      Records<T> records,
      UUID planId,
      String planNumber,
      Map<String, UUID> idsByCode,
      Function<UUID, T> get) {
    this.records = records;
    this.planId = planId;
    this.planNumber = planNumber;
    this.idsByCode = idsByCode;
    this.get = get;
  }

  /** The record the row names, or null after adding the row's error. */
  public T find(SheetRow row, SheetDefinition sheet, List<RowError> errors) {
    String noun = records.noun();
    UUID id = row.uuid("id");
    String code = row.text("code");
    if (id == null && code == null) {
      errors.add(RowError.ofRow(row.number(), "give the " + noun + "'s ID or its code"));
      return null;
    }
    if (id == null && planId == null) {
      errors.add(
          RowError.at(
              row,
              sheet,
              "code",
              "upload with ?planId= to find " + records.plural() + " by code, or give the ID"));
      return null;
    }
    if (id == null) {
      id = idsByCode.get(code);
      if (id == null) {
        errors.add(
            RowError.at(row, sheet, "code", "no " + noun + " " + code + " in plan " + planNumber));
        return null;
      }
    }
    T found;
    try {
      found = get.apply(id);
    } catch (ProblemException e) {
      errors.add(RowError.at(row, sheet, "id", e.getMessage()));
      return null;
    }
    String foundCode = records.code().apply(found);
    if (code != null && !code.equals(foundCode)) {
      errors.add(
          RowError.at(
              row, sheet, "code", "the ID is " + noun + " " + foundCode + "'s, not " + code));
      return null;
    }
    if (planId != null && !planId.equals(records.planId().apply(found))) {
      errors.add(
          RowError.at(row, sheet, "id", noun + " " + foundCode + " is not in plan " + planNumber));
      return null;
    }
    return found;
  }
}
