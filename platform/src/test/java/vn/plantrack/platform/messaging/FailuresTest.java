package vn.plantrack.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.platform.messaging.Failures.Kind;
import vn.plantrack.platform.problem.ProblemException;

class FailuresTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("connection refused", sql("08001"), Kind.TRANSIENT),
        Arguments.of(
            "connection cut, wrapped by Hibernate",
            new JDBCConnectionException("I/O error", sql("08006")),
            Kind.TRANSIENT),
        Arguments.of("server shutting down", sql("57P01"), Kind.TRANSIENT),
        Arguments.of("cannot connect now", sql("57P03"), Kind.TRANSIENT),
        Arguments.of("serialization failure", sql("40001"), Kind.TRANSIENT),
        Arguments.of("deadlock", sql("40P01"), Kind.TRANSIENT),
        Arguments.of("statement timeout", sql("57014"), Kind.TRANSIENT),
        Arguments.of("too many connections", sql("53300"), Kind.TRANSIENT),
        Arguments.of(
            "pool timeout",
            new PersistenceException(
                new GenericJDBCException(
                    "Unable to acquire JDBC Connection",
                    new SQLException("Sorry, acquisition timeout!"))),
            Kind.TRANSIENT),
        Arguments.of("optimistic lock", new OptimisticLockException("changed"), Kind.TRANSIENT),
        Arguments.of(
            "JTA rollback caused by a lost connection",
            (RollbackException) new RollbackException("ARJUNA016053").initCause(sql("08006")),
            Kind.TRANSIENT),
        Arguments.of(
            "JTA rollback with the cause suppressed",
            suppressed(new RollbackException("ARJUNA016053"), sql("40P01")),
            Kind.TRANSIENT),
        Arguments.of(
            "broker-side transient",
            new org.apache.kafka.common.errors.TimeoutException("no broker"),
            Kind.TRANSIENT),
        Arguments.of("not JSON", new InboundEvent.PoisonEventException("not JSON"), Kind.POISON),
        Arguments.of(
            "a domain rule refuses it",
            ProblemException.invalid("leadOrgIds", "unknown organization"),
            Kind.POISON),
        Arguments.of(
            "bean validation",
            new jakarta.validation.ConstraintViolationException("title blank", java.util.Set.of()),
            Kind.POISON),
        Arguments.of("a bug", new NullPointerException("x"), Kind.UNKNOWN),
        Arguments.of("a constraint violated", sql("23505"), Kind.UNKNOWN),
        Arguments.of(
            "a rollback that says nothing", new RollbackException("ARJUNA016102"), Kind.UNKNOWN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void classifies(String what, Throwable failure, Kind expected) {
    assertThat(Failures.classify(failure)).isEqualTo(expected);
  }

  private static SQLException sql(String state) {
    return new SQLException("state " + state, state);
  }

  private static Throwable suppressed(Throwable outer, Throwable inner) {
    outer.addSuppressed(inner);
    return outer;
  }
}
