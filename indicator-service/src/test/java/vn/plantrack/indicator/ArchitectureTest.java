package vn.plantrack.indicator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  private static final String BASE = "vn.plantrack.indicator";
  private static final JavaClasses CLASSES = ArchitectureRules.importService("indicator");

  /**
   * Layers (workbooks through services), repositories from services only, SQL, JPQL and HQL in
   * repositories only.
   */
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
}
