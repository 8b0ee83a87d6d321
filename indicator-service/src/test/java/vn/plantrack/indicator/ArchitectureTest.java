package vn.plantrack.indicator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  private static final String BASE = "vn.plantrack.indicator";
  private static final JavaClasses CLASSES = ArchitectureRules.importService("indicator");

  /** Panache's methods that take a query string (HQL, or a fragment of one) first. */
  private static final Set<String> PANACHE_QUERIES =
      Set.of("find", "list", "stream", "count", "delete", "update");

  /** Where SQL and JPQL are written: any query these create is one. */
  private static final List<String> QUERY_OWNERS =
      List.of("jakarta.persistence.EntityManager", "org.hibernate.Session", "java.sql.Connection");

  private static final List<String> PANACHE_OWNERS =
      List.of(
          "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
          "io.quarkus.hibernate.orm.panache.PanacheEntityBase");

  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("indicator");
  }

  @Test
  void readingTextIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".reading..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            BASE + ".reading..",
            BASE + ".rules..",
            BASE + ".contract..",
            "vn.plantrack.platform.text..")
        .as("reading target texts is plain Java")
        .check(CLASSES);
  }

  @Test
  void theEvaluationRulesDoNotReadText() {
    // The evaluation rule is the published contract's (readers of the events use it); the reader
    // of target texts stays here.
    noClasses()
        .that()
        .resideInAPackage(BASE + ".rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".reading..")
        .as("the evaluation rules do not depend on the text reader")
        .check(CLASSES);
  }

  @Test
  void workbooksGoThroughTheServices() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".excel..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".repository..")
        .as("the workbooks read and write through the service classes, not the repositories")
        .check(CLASSES);
  }

  @Test
  void queriesAreWrittenOnlyInTheRepositories() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".repository..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a query string (JPQL, HQL, SQL or a Panache fragment) or the entity manager",
                ArchitectureTest::writesQuery))
        .as("SQL, JPQL and HQL live only in repository/")
        .check(CLASSES);
  }

  private static boolean writesQuery(JavaMethodCall call) {
    JavaClass owner = call.getTargetOwner();
    String name = call.getName();
    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
    boolean stringFirst = !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
    if (QUERY_OWNERS.stream().anyMatch(owner::isAssignableTo)) {
      return (name.startsWith("create") && name.endsWith("Query"))
          || name.startsWith("prepare")
          || name.equals("createStatement");
    }
    if (PANACHE_OWNERS.stream().anyMatch(owner::isAssignableTo)) {
      return name.equals("getEntityManager") || (PANACHE_QUERIES.contains(name) && stringFirst);
    }
    return false;
  }
}
