package vn.plantrack.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureRules} that are not plain ArchUnit (endpoints, workbooks through
 * services, repositories called from services only, SQL only in repositories) fail on what they
 * must fail on, and only on that.
 */
class ArchitectureRulesTest {

  @Path("/open")
  public static class Unannotated {
    @GET
    public String read() {
      return "";
    }
  }

  @Path("/mixed")
  public static class OneMethodForgotten {
    @GET
    @RolesAllowed("admin")
    public String read() {
      return "";
    }

    @POST
    public void write() {}
  }

  @Path("/class")
  @Authenticated
  public static class SecuredByItsClass {
    @GET
    public String read() {
      return "";
    }

    @POST
    @RolesAllowed("admin")
    public void write() {}

    /** Not an endpoint: no HTTP method. */
    public void helper() {}
  }

  @Path("/public")
  public static class DeclaredPublic {
    @GET
    @PermitAll
    public String read() {
      return "";
    }
  }

  private static JavaClasses classes(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }

  @Test
  void anEndpointWithoutASecurityAnnotationFailsTheBuild() {
    assertThatThrownBy(
            () -> ArchitectureRules.endpointsSayWhoMayCallThem().check(classes(Unannotated.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Unannotated.read()")
        .hasMessageContaining("is an endpoint without @RolesAllowed");
  }

  @Test
  void oneForgottenMethodOfAnAnnotatedClassFailsTheBuild() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.endpointsSayWhoMayCallThem()
                    .check(classes(OneMethodForgotten.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("OneMethodForgotten.write()")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .doesNotContain("read()"));
  }

  @Test
  void anAnnotationOnTheMethodOrItsClassSatisfiesTheRule() {
    assertThatCode(
            () ->
                ArchitectureRules.endpointsSayWhoMayCallThem()
                    .check(classes(SecuredByItsClass.class, DeclaredPublic.class)))
        .doesNotThrowAnyException();
  }

  private static final String CLEAN = "vn.plantrack.platform.test.fixture.clean";
  private static final String LEAKY = "vn.plantrack.platform.test.fixture.leaky";
  private static final String REPLICA = "vn.plantrack.platform.test.fixture.replica";

  private static JavaClasses service(String base) {
    return new ClassFileImporter().importPackages(base);
  }

  @Test
  void aWorkbookReadingARepositoryFailsTheBuild() {
    assertThatThrownBy(() -> ArchitectureRules.layersWithWorkbooks(LEAKY).check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("excel and export go through service")
        .hasMessageContaining("StuffSheet")
        .hasMessageContaining("StuffRepository");
  }

  @Test
  void aWorkbookReadingTheSharedReplicasRepositoryFailsTheBuild() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.replicaRepositoriesOnlyInServices(LEAKY, REPLICA)
                    .check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the directory replica's repositories are used by the service layer")
        .hasMessageContaining("EntrySheet")
        .hasMessageContaining("EntryRepository");
  }

  @Test
  void aRepositoryCalledFromOutsideTheServiceLayerFailsTheBuild() {
    assertThatThrownBy(
            () -> ArchitectureRules.repositoriesOnlyInServices(LEAKY).check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a repository is called from service/ only")
        .hasMessageContaining("StuffNotice")
        .hasMessageContaining("StuffSheet")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .as("the service layer may call its repositories")
                    .doesNotContain("service.Stuffs"));
  }

  @Test
  void queryStringsOutsideARepositoryFailTheBuild() {
    assertThatThrownBy(
            () -> ArchitectureRules.queriesOnlyInRepositories(LEAKY).check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SQL, JPQL and HQL live only in repositories")
        .hasMessageContaining("Stuffs.byPanacheString(")
        .hasMessageContaining("Stuffs.byPanacheCount(")
        .hasMessageContaining("Stuffs.byNativeSql()")
        .hasMessageContaining("Stuffs.byJpql()")
        .hasMessageContaining("Stuffs.byRepositoryEntityManager()")
        .hasMessageContaining("Stuffs.byJdbc(")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .as("findById takes no query string")
                    .doesNotContain("StuffSheet"));
  }

  @Test
  void aKeyedEndpointAnsweringAViewFailsTheBuild() {
    String keyed = LEAKY + ".rest.Keyed";
    assertThatThrownBy(
            () -> ArchitectureRules.keyedEndpointsAnswerResponses(keyed).check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("StuffResource.submit(")
        .hasMessageNotContaining("StuffResource.accept(");
  }

  @Test
  void aGaugeRegisteredDirectlyFailsTheBuild() {
    assertThatThrownBy(() -> ArchitectureRules.gaugesOnlyThroughOwnedGauges().check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gauges are registered through OwnedGauges")
        .hasMessageContaining("StuffMetrics.<init>(")
        .hasMessageContaining("StuffMetrics.waiting(");
    assertThatCode(() -> ArchitectureRules.gaugesOnlyThroughOwnedGauges().check(service(CLEAN)))
        .doesNotThrowAnyException();
  }

  @Test
  void aConsumerReadingAnEventsDataByFieldNameFailsTheBuild() {
    String envelope = "vn.plantrack.platform.test.fixture.Envelope";
    assertThatThrownBy(
            () -> ArchitectureRules.eventsReadAsRecords(LEAKY, envelope).check(service(LEAKY)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("events are read as the owner's records")
        .hasMessageContaining("StuffEvents.code(");
    assertThatCode(
            () -> ArchitectureRules.eventsReadAsRecords(CLEAN, envelope).check(service(CLEAN)))
        .doesNotThrowAnyException();
  }

  @Test
  void servicesCallingNamedRepositoryMethodsKeepBothRules() {
    assertThatCode(
            () -> {
              ArchitectureRules.layersWithWorkbooks(CLEAN).check(service(CLEAN));
              ArchitectureRules.replicaRepositoriesOnlyInServices(CLEAN, REPLICA)
                  .check(service(CLEAN));
              ArchitectureRules.queriesOnlyInRepositories(CLEAN).check(service(CLEAN));
              ArchitectureRules.repositoriesOnlyInServices(CLEAN).check(service(CLEAN));
            })
        .doesNotThrowAnyException();
  }
}
