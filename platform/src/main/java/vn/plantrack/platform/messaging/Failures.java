package vn.plantrack.platform.messaging;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Why applying an event failed, read from the whole cause chain (a JTA rollback or a Hibernate
 * exception wraps the SQL error that decides): the consumer retries what passes, dead-letters what
 * never will, and gives what it cannot tell a few tries before dead-lettering it.
 */
public final class Failures {
  private Failures() {}

  public enum Kind {
    /**
     * The database or broker is away, busy or lost a race (connection refused or cut, pool or
     * statement timeout, serialization failure, deadlock, optimistic lock, server shutting down):
     * retried with back-off until it passes, never dead-lettered.
     */
    TRANSIENT,
    /**
     * The event itself cannot be applied, now or ever (not JSON, unknown type, missing field, a
     * rule of the domain refuses it): dead-lettered at once.
     */
    POISON,
    /** Anything else (a bug, an unexpected state): tried a few times, then dead-lettered. */
    UNKNOWN
  }

  /**
   * SQLSTATE classes and codes that pass with time: 08 connection, 40 transaction rollback
   * (serialization failure, deadlock), 53 insufficient resources (too many connections), 57P01-3
   * (administrator or crash shutdown, cannot connect now), 55P03 lock not available, 57014 canceled
   * (statement timeout).
   */
  private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");

  private static final Set<String> TRANSIENT_CODES =
      Set.of("57P01", "57P02", "57P03", "55P03", "57014");

  public static Kind classify(Throwable failure) {
    return classify(failure, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static Kind classify(Throwable failure, Set<Throwable> seen) {
    Kind found = Kind.UNKNOWN;
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      Kind kind = own(t);
      for (Throwable suppressed : t.getSuppressed()) {
        // Narayana attaches the error that rolled a commit back as a suppressed exception.
        if (classify(suppressed, seen) == Kind.TRANSIENT) {
          kind = Kind.TRANSIENT;
        }
      }
      if (kind == Kind.TRANSIENT) {
        // A transient cause decides even under a wrapper that looks final (a rolled-back
        // transaction, a generic persistence error).
        return Kind.TRANSIENT;
      }
      if (kind == Kind.POISON && found == Kind.UNKNOWN) {
        found = Kind.POISON;
      }
    }
    return found;
  }

  private static Kind own(Throwable t) {
    if (t instanceof InboundEvent.PoisonEventException
        || t instanceof ConstraintViolationException
        || (t instanceof ProblemException p && p.status() >= 400 && p.status() < 500)) {
      return Kind.POISON;
    }
    if (t instanceof SQLTransientException
        || t instanceof SQLRecoverableException
        || t instanceof JDBCConnectionException
        || t instanceof LockAcquisitionException
        || t instanceof OptimisticLockException
        || t instanceof StaleStateException
        || t instanceof PessimisticLockException
        || t instanceof LockTimeoutException
        || t instanceof QueryTimeoutException
        || t instanceof RetriableException) {
      return Kind.TRANSIENT;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null
          && (TRANSIENT_CODES.contains(state)
              || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2))))) {
        return Kind.TRANSIENT;
      }
      // The connection pool gives up waiting for a free or new connection (Agroal says so only in
      // words).
      if (state == null
          && sql.getMessage() != null
          && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
        return Kind.TRANSIENT;
      }
    }
    return Kind.UNKNOWN;
  }
}
