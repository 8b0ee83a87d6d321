package vn.plantrack.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  private static final String READING = "vn.plantrack.plan.reading";
  private static final JavaClasses CLASSES = ArchitectureRules.importService("plan");

  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("plan");
  }

  /** The document reader is text parsing: the same "plain Java" rule as {@code rules}. */
  @Test
  void readingPlanDocumentsIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage(READING + "..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", READING + "..", "vn.plantrack.platform.text..")
        .as("reading plan documents is plain Java")
        .check(CLASSES);
  }

  /**
   * The reader's stages use the lines below them, never the facade above: {@code lines} ← {@code
   * header}, {@code rows} ← the facade and its task and indicator readers.
   */
  @Test
  void theReadingStagesDoNotReachBackUp() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Facade")
        .definedBy(READING)
        .layer("Header")
        .definedBy(READING + ".header..")
        .layer("Rows")
        .definedBy(READING + ".rows..")
        .layer("Lines")
        .definedBy(READING + ".lines..")
        .whereLayer("Facade")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Header")
        .mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Rows")
        .mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Lines")
        .mayOnlyBeAccessedByLayers("Facade", "Header", "Rows")
        .check(CLASSES);
  }
}
