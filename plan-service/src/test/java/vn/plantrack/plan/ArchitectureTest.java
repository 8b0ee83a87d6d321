package vn.plantrack.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  private static final String READING = "vn.plantrack.plan.reading";
  private static final String DOCUMENTS = "vn.plantrack.plan.documents";
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
   * A published file becomes text in {@code documents/} alone: Word (POI's XWPF), PDF (PDFBox),
   * workbooks (the workbook module's reader) and OCR (the Tesseract process) are used nowhere else,
   * so the rest of the service sees only {@code DocumentText}.
   */
  @Test
  void fileFormatsAreReadInDocumentsOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackage(DOCUMENTS + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..", "vn.plantrack.workbook..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(ProcessBuilder.class)
        .as("file formats (Word, PDF, workbooks, OCR) are read in documents/ only")
        .check(CLASSES);
  }

  /**
   * Converting a file is a step before the import, not part of it: {@code documents/} knows no
   * resource, service, repository or consumer (and so runs no SQL), and uses the text readers of
   * {@code reading/} for what a table header or a code is.
   */
  @Test
  void documentsKnowNoLayer() {
    noClasses()
        .that()
        .resideInAPackage(DOCUMENTS + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.plantrack.plan.rest..",
            "vn.plantrack.plan.service..",
            "vn.plantrack.plan.repository..",
            "vn.plantrack.plan.messaging..",
            "jakarta.persistence..",
            "io.quarkus.hibernate..")
        .as("documents/ converts files and knows no layer of the service")
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
