package vn.plantrack.workbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workbook module is technical: no service's code, no directory; POI is its own. */
class ArchitectureTest {
  private static JavaClasses classes(String pkg) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(pkg);
  }

  @Test
  void theWorkbooksKnowNoServiceAndNoDirectory() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.plantrack.plan..",
            "vn.plantrack.task..",
            "vn.plantrack.indicator..",
            "vn.plantrack.reporting..",
            "vn.plantrack.directory..")
        .as("the workbook module uses no service's code and no directory replica")
        .check(classes("vn.plantrack.workbook"));
  }

  @Test
  void thePlatformHasNoSpreadsheetCode() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "vn.plantrack.workbook..")
        .as("spreadsheets live in the workbook module, not in platform")
        .check(classes("vn.plantrack.platform"));
  }
}
