package vn.plantrack.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The architecture every service keeps, checked by each service's build:
 *
 * <ul>
 *   <li>{@code rest → service → repository}; consumers ({@code messaging}) also go through {@code
 *       service};
 *   <li>{@code rules} is plain Java: no framework, no persistence, no HTTP (the platform's
 *       plain-Java text helpers are allowed);
 *   <li>resources never return entities;
 *   <li>a service never uses another service's code.
 * </ul>
 */
public final class ArchitectureRules {
  private static final List<String> SERVICES =
      List.of("plan", "task", "indicator", "reporting", "gateway");

  private ArchitectureRules() {}

  public static JavaClasses importService(String service) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.plantrack." + service);
  }

  /**
   * Runs every rule against the service's production classes; throws AssertionError on a violation.
   */
  public static void check(String service) {
    String base = "vn.plantrack." + service;
    JavaClasses classes = importService(service);

    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Rest")
        .definedBy(base + ".rest..")
        .layer("Messaging")
        .definedBy(base + ".messaging..")
        .layer("Service")
        .definedBy(base + ".service..")
        .layer("Repository")
        .definedBy(base + ".repository..")
        .whereLayer("Rest")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Messaging")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Service")
        .mayOnlyBeAccessedByLayers("Rest", "Messaging")
        .whereLayer("Repository")
        .mayOnlyBeAccessedByLayers("Service")
        .check(classes);

    noClasses()
        .that()
        .resideInAPackage(base + ".rules..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", base + ".rules..", "vn.plantrack.platform.text..")
        .as("domain rules are plain Java")
        .allowEmptyShould(true)
        .check(classes);

    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(base + ".rest..")
        .should()
        .notHaveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "an entity",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.isAnnotatedWith("jakarta.persistence.Entity")))
        .as("resources never return entities")
        .allowEmptyShould(true)
        .check(classes);

    for (String other : SERVICES) {
      if (!other.equals(service)) {
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.plantrack." + other + "..")
            .as(service + " does not use " + other + "'s code")
            .allowEmptyShould(true)
            .check(classes);
      }
    }
  }

  /** The platform must stay technical: it never depends on a service. */
  public static void checkPlatform() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.plantrack.platform");
    for (String service : SERVICES) {
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.plantrack." + service + "..")
          .as("platform does not depend on " + service)
          .check(classes);
    }
  }
}
