package vn.plantrack.workbook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Applies the rows of an upload, each through the service's own write methods (so authorization,
 * validation, the audit trail and the outbox stay one way), in one of two modes:
 *
 * <ul>
 *   <li><b>all or nothing</b>: every row is tried in one transaction, every refusal collected; if
 *       any row was wrong (in the file or refused by the service) the transaction is rolled back
 *       and a {@link WorkbookRejected} (422) lists them all: nothing changed, no event left;
 *   <li><b>apply valid rows</b>: each row in its own transaction; the refused ones are reported.
 * </ul>
 *
 * A service refusal ({@link ProblemException}) becomes row errors, its fields mapped to the sheet's
 * columns. Anything else is a fault and stops the upload (all or nothing: rolled back).
 */
@ApplicationScoped
public class RowImports {
  /** The longest an all-or-nothing upload of 5,000 rows may hold its transaction. */
  static final int TIMEOUT_SECONDS = 600;

  private final EntityManager entityManager;

  public RowImports(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** What a row did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A row's write, done through the service. */
  @FunctionalInterface
  public interface Action {
    Outcome apply();
  }

  /** A row and its write, in the order they are applied. */
  public record Step(SheetRow row, Action action) {}

  /**
   * Applies the steps.
   *
   * @param rows how many data rows the workbook had
   * @param rejected the errors found before any write (cells, unknown names, duplicates); their
   *     rows have no step
   * @param columnOfField the column key of a service's field name ({@code leadOrgIds → leadOrgs});
   *     a field with the same name as a column needs no entry
   */
  public ImportReport run(
      ImportMode mode,
      SheetDefinition sheet,
      int rows,
      List<RowError> rejected,
      List<Step> steps,
      Map<String, String> columnOfField) {
    List<RowError> errors = new ArrayList<>(rejected);
    int[] counts = new int[Outcome.values().length];
    if (mode == ImportMode.ALL_OR_NOTHING) {
      try {
        return QuarkusTransaction.joiningExisting()
            .timeout(TIMEOUT_SECONDS)
            .call(
                () -> {
                  for (Step step : steps) {
                    try {
                      counts[step.action().apply().ordinal()]++;
                    } catch (ProblemException e) {
                      errors.addAll(rowErrors(step.row(), e, sheet, columnOfField));
                      // The transaction is lost anyway; what the refused row left half-done in
                      // memory must not be what the next rows are checked against.
                      entityManager.clear();
                    }
                  }
                  if (!errors.isEmpty()) {
                    throw new WorkbookRejected(rows, sorted(errors));
                  }
                  return report(mode, rows, counts, errors);
                });
      } catch (QuarkusTransactionException e) {
        if (concurrent(e)) {
          throw ProblemException.conflict(
              "a record of the workbook was changed by someone else while it was applied;"
                  + " nothing was changed: export again and retry");
        }
        throw e;
      }
    }
    for (Step step : steps) {
      try {
        Outcome outcome = QuarkusTransaction.requiringNew().call(step.action()::apply);
        counts[outcome.ordinal()]++;
      } catch (ProblemException e) {
        errors.addAll(rowErrors(step.row(), e, sheet, columnOfField));
      } catch (RuntimeException e) {
        if (!concurrent(e)) {
          throw e;
        }
        errors.add(
            RowError.ofRow(
                step.row().number(),
                "the record was changed by someone else meanwhile; export again and retry"));
      }
    }
    return report(mode, rows, counts, errors);
  }

  private static ImportReport report(
      ImportMode mode, int rows, int[] counts, List<RowError> errors) {
    List<RowError> all = sorted(errors);
    return new ImportReport(
        mode.parameter(),
        rows,
        counts[Outcome.CREATED.ordinal()],
        counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()],
        (int) all.stream().mapToInt(RowError::row).distinct().count(),
        all);
  }

  private static List<RowError> sorted(List<RowError> errors) {
    return errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
  }

  /** A service's refusal of a row, at the columns its fields come from. */
  static List<RowError> rowErrors(
      SheetRow row, ProblemException e, SheetDefinition sheet, Map<String, String> columnOfField) {
    if (e.errors().isEmpty()) {
      return List.of(RowError.ofRow(row.number(), e.getMessage()));
    }
    List<RowError> errors = new ArrayList<>();
    for (Problem.FieldError error : e.errors()) {
      String field = error.field() == null ? "" : error.field();
      String base = field.replaceAll("[\\[.].*$", "");
      String key = columnOfField.getOrDefault(base, base);
      Column column = sheet.column(key).orElse(null);
      if (column == null) {
        errors.add(
            RowError.ofRow(
                row.number(), field.isEmpty() ? error.message() : field + ": " + error.message()));
      } else {
        errors.add(
            new RowError(
                row.number(), column.header(), row.cell(key), column.key(), error.message()));
      }
    }
    return errors;
  }

  /** Whether a failure is another writer's change (a stale version at flush or commit). */
  static boolean concurrent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof StaleStateException
          || t instanceof jakarta.transaction.RollbackException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
