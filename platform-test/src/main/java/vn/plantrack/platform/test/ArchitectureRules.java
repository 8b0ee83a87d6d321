package vn.plantrack.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The architecture every service keeps, checked by each service's build:
 *
 * <ul>
 *   <li>{@code rest → service → repository}; consumers ({@code messaging}), workbooks ({@code
 *       excel}) and documents ({@code export}) also go through {@code service};
 *   <li>a repository is called from {@code service} only (no resource, consumer, workbook, rule,
 *       entity or event class calls one);
 *   <li>SQL, JPQL and HQL live in {@code repository} only;
 *   <li>{@code rules} is plain Java: no framework, no persistence, no HTTP (the platform's
 *       plain-Java text helpers are allowed);
 *   <li>resources never return entities;
 *   <li>events are read as the owner's records (platform {@code EventData}), never field by field;
 *   <li>every endpoint says who may call it (a security annotation on the method or its class;
 *       {@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses the others at run time);
 *   <li>a service never uses another service's code, only its published contract ({@code
 *       vn.plantrack.*.contract});
 *   <li>the directory replica ({@code vn.plantrack.directory}, module directory-replica) is no
 *       service: task-service and indicator-service use it as their copy of plan-service's
 *       directory, its repositories from their service layer only.
 * </ul>
 */
public final class ArchitectureRules {
  private static final List<String> SERVICES =
      List.of("plan", "task", "indicator", "reporting", "notification", "gateway");

  /** The shared directory replica: not a service, so any service may depend on it. */
  private static final String REPLICA = "vn.plantrack.directory";

  private static final String IDEMPOTENT = "vn.plantrack.platform.idempotency.Idempotent";
  private static final String INBOUND_EVENT = "vn.plantrack.platform.messaging.InboundEvent";
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

  /** Panache's methods that take a query string first ({@code list("planId = ?1", id)}). */
  private static final Set<String> PANACHE_QUERIES =
      Set.of("find", "list", "stream", "count", "delete", "update");

  private static final List<String> PANACHE_TYPES =
      List.of(
          "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
          "io.quarkus.hibernate.orm.panache.PanacheEntityBase");
  private static final Set<String> JDBC_STATEMENTS =
      Set.of("prepareStatement", "prepareCall", "createStatement");

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

    layersWithWorkbooks(base).check(classes);
    gaugesOnlyThroughOwnedGauges().check(classes);
    repositoriesOnlyInServices(base).check(classes);
    queriesOnlyInRepositories(base).check(classes);

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
            DescribedPredicate.describe(
                "an entity", (JavaClass c) -> c.isAnnotatedWith("jakarta.persistence.Entity")))
        .as("resources never return entities")
        .allowEmptyShould(true)
        .check(classes);

    replicaRepositoriesOnlyInServices("vn.plantrack." + service, REPLICA).check(classes);
    eventsReadAsRecords(base, INBOUND_EVENT).check(classes);

    endpointsSayWhoMayCallThem().check(classes);
    keyedEndpointsAnswerResponses(IDEMPOTENT).check(classes);
    // The platform's endpoints (the labelled enumerations) are served by every service too.
    endpointsSayWhoMayCallThem().check(importPlatform());

    for (String other : SERVICES) {
      if (!other.equals(service)) {
        noClasses()
            .should()
            .dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage("vn.plantrack." + other + "..")
                    .and(
                        DescribedPredicate.not(
                            JavaClass.Predicates.resideInAPackage(
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

  /**
   * The directory replica's repositories are for the service layer alone, as a service's own are:
   * resources, consumers and workbooks read the copies through a {@code service} class (the
   * replica's {@code DirectoryQueries}, or the service's own). {@code replica} is the replica's
   * base package.
   */
  static ArchRule replicaRepositoriesOnlyInServices(String base, String replica) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .resideOutsideOfPackages(base + ".service..", base + ".repository..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(replica + ".repository..")
        .as("the directory replica's repositories are used by the service layer only")
        .allowEmptyShould(true);
  }

  /**
   * No class under {@code base} takes an inbound event's data as a JSON tree ({@code data()} of
   * {@code inboundEvent}) to read it by field name: platform's {@code EventData} decodes it.
   */
  static ArchRule eventsReadAsRecords(String base, String inboundEvent) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .should()
        .callMethod(inboundEvent, "data")
        .as("events are read as the owner's records (EventData), never field by field")
        .allowEmptyShould(true);
  }

  /**
   * Workbooks ({@code excel}) and documents ({@code export}) are made of what the service layer
   * answers: they may use {@code service} (and {@code rules}), never {@code repository}, and a
   * repository is used by the service layer alone. Throws AssertionError on a violation. Part of
   * {@link #check}.
   */
  public static void workbooksGoThroughServices(String service) {
    layersWithWorkbooks("vn.plantrack." + service).check(importService(service));
  }

  /** {@code rest → service → repository}, with {@code excel} and {@code export} beside rest. */
  public static ArchRule layersWithWorkbooks(String base) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Rest")
        .definedBy(base + ".rest..")
        .layer("Messaging")
        .definedBy(base + ".messaging..")
        .layer("Workbooks")
        .definedBy(base + ".excel..", base + ".export..")
        .layer("Service")
        .definedBy(base + ".service..")
        .layer("Repository")
        .definedBy(base + ".repository..")
        .whereLayer("Rest")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Messaging")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Service")
        .mayOnlyBeAccessedByLayers("Rest", "Messaging", "Workbooks")
        .whereLayer("Repository")
        .mayOnlyBeAccessedByLayers("Service")
        .as("excel and export go through service; repository is service's alone");
  }

  /**
   * SQL, JPQL and HQL live in {@code repository} only, behind methods named after what they find:
   * no other class passes a query string to Panache ({@code find}, {@code list}, {@code stream},
   * {@code count}, {@code delete}, {@code update}), creates a query on an {@code EntityManager} (or
   * Hibernate session), takes a repository's {@code EntityManager} or prepares a JDBC statement.
   * Throws AssertionError on a violation. Part of {@link #check}.
   */
  public static void sqlOnlyInRepositories(String service) {
    queriesOnlyInRepositories("vn.plantrack." + service).check(importService(service));
  }

  /**
   * A service's repositories are called from its {@code service} layer alone: no resource,
   * consumer, workbook, document, rule, entity or event class under {@code base} uses one (the
   * layers catch the declared layers; this catches the rest).
   */
  public static ArchRule repositoriesOnlyInServices(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .resideOutsideOfPackages(base + ".service..", base + ".repository..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".repository..")
        .as("a repository is called from service/ only")
        .allowEmptyShould(true);
  }

  /** The rule of {@link #sqlOnlyInRepositories} for the classes under {@code base}. */
  public static ArchRule queriesOnlyInRepositories(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .resideOutsideOfPackage(base + ".repository..")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a query string is passed to Panache, an EntityManager or JDBC, or a"
                    + " repository's EntityManager is taken",
                (JavaMethodCall call) -> runsAQuery(call.getTarget())))
        .as("SQL, JPQL and HQL live only in repositories")
        .allowEmptyShould(true);
  }

  private static boolean runsAQuery(MethodCallTarget target) {
    JavaClass owner = target.getOwner();
    String name = target.getName();
    List<JavaClass> parameters = target.getRawParameterTypes();
    boolean panache = PANACHE_TYPES.stream().anyMatch(owner::isAssignableTo);
    if (panache && name.equals("getEntityManager")) {
      return true;
    }
    if (PANACHE_QUERIES.contains(name)
        && !parameters.isEmpty()
        && parameters.get(0).isEquivalentTo(String.class)
        && panache) {
      return true;
    }
    if (name.startsWith("create")
        && name.endsWith("Query")
        && owner.isAssignableTo("jakarta.persistence.EntityManager")) {
      return true;
    }
    return JDBC_STATEMENTS.contains(name) && owner.isAssignableTo("java.sql.Connection");
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
    gaugesOnlyThroughOwnedGauges().check(classes);
  }

  /**
   * A gauge is registered through platform's {@code OwnedGauges} only, which removes it with its
   * bean: registered directly, it outlives an application restart in Micrometer's global registry
   * and keeps answering from the dead bean.
   */
  public static ArchRule gaugesOnlyThroughOwnedGauges() {
    return noClasses()
        .that()
        .doNotHaveFullyQualifiedName("vn.plantrack.platform.metrics.OwnedGauges")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "registers a gauge",
                (JavaMethodCall call) -> {
                  MethodCallTarget target = call.getTarget();
                  String owner = target.getOwner().getName();
                  return (owner.equals("io.micrometer.core.instrument.Gauge$Builder")
                          && target.getName().equals("register"))
                      || (target.getName().startsWith("gauge")
                          && target
                              .getOwner()
                              .isAssignableTo("io.micrometer.core.instrument.MeterRegistry"));
                }))
        .as("gauges are registered through OwnedGauges (removed with their bean)")
        .allowEmptyShould(true);
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

  /**
   * An endpoint that takes an Idempotency-Key ({@code keyed}, the annotation's class name) returns
   * a JAX-RS {@code Response}: the platform's interceptor records the first answer's status,
   * headers and body from it, and a replay is a {@code Response} too, which a method declared to
   * return a view could not hand back (the retried request would fail with a ClassCastException).
   */
  public static ArchRule keyedEndpointsAnswerResponses(String keyed) {
    return methods()
        .that()
        .areAnnotatedWith(keyed)
        .should()
        .haveRawReturnType("jakarta.ws.rs.core.Response")
        .as("endpoints taking an Idempotency-Key answer a Response (a replay is one)")
        .allowEmptyShould(true);
  }
}
