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

/** The endpoint rule of {@link ArchitectureRules} fails on what it must fail on. */
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
}
