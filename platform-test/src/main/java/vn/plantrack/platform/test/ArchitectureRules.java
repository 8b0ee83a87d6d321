package vn.plantrack.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
 *   <li>every endpoint says who may call it (a security annotation on the method or its class;
 *       {@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses the others at run time);
 *   <li>a service never uses another service's code.
 * </ul>
 */
public final class ArchitectureRules {
  private static final List<String> SERVICES =
      List.of("plan", "task", "indicator", "reporting", "gateway");
  private static final List<String> HTTP_METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS").stream()
          .map(m -> "jakarta.ws.rs." + m)
          .toList();
  private static final List<String> SECURITY_ANNOTATIONS =
      List.of(
          "jakarta.annotation.security.RolesAllowed",
          "jakarta.annotation.security.PermitAll",
          "jakarta.annotation.security.DenyAll",
          "io.quarkus.security.Authenticated",
          "io.quarkus.security.PermissionsAllowed");

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
        .resideInAnyPackage(base + ".rules..", base + ".reading..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            base + ".rules..",
            base + ".reading..",
            "vn.plantrack.*.contract..",
            "vn.plantrack.platform.text..")
        .as("domain rules and text readers are plain Java")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAPackage(base + ".contract..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", base + ".contract..")
        .as("a contract depends on nothing")
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

    endpointsSayWhoMayCallThem().check(classes);
    // The platform's endpoints (the labelled enumerations) are served by every service too.
    endpointsSayWhoMayCallThem().check(importPlatform());

    for (String other : SERVICES) {
      if (!other.equals(service)) {
        noClasses()
            .should()
            .dependOnClassesThat(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                        "vn.plantrack." + other + "..")
                    .and(
                        com.tngtech.archunit.base.DescribedPredicate.not(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "vn.plantrack." + other + ".contract.."))))
            .as(
                service
                    + " shares nothing with "
                    + other
                    + " but "
                    + other
                    + "'s published contract")
            .allowEmptyShould(true)
            .check(classes);
      }
    }
  }

  /** The platform must stay technical: it never depends on a service. */
  public static void checkPlatform() {
    JavaClasses classes = importPlatform();
    for (String service : SERVICES) {
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.plantrack." + service + "..")
          .as("platform does not depend on " + service)
          .check(classes);
    }
    endpointsSayWhoMayCallThem().check(classes);
  }

  private static JavaClasses importPlatform() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.plantrack.platform");
  }

  /**
   * Every JAX-RS resource method ({@code @GET}, {@code @POST}, …) carries {@code @RolesAllowed},
   * {@code @Authenticated}, {@code @PermitAll}, {@code @DenyAll} or {@code @PermissionsAllowed},
   * itself or on its class: an endpoint added without one fails the build instead of being silently
   * refused (or, without {@code deny-unannotated-endpoints}, silently open).
   */
  public static ArchRule endpointsSayWhoMayCallThem() {
    return methods()
        .that(
            DescribedPredicate.describe(
                "are JAX-RS resource methods",
                (JavaMethod m) -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith)))
        .should(
            new ArchCondition<JavaMethod>(
                "carry a security annotation (on the method or its class)") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                boolean secured =
                    SECURITY_ANNOTATIONS.stream()
                        .anyMatch(
                            a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!secured) {
                  events.add(
                      SimpleConditionEvent.violated(
                          method,
                          method.getFullName()
                              + " is an endpoint without @RolesAllowed, @Authenticated, @PermitAll,"
                              + " @DenyAll or @PermissionsAllowed"));
                }
              }
            })
        .as("every endpoint says who may call it")
        .allowEmptyShould(true);
  }
}
