package vn.plantrack.indicator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;

/**
 * What the tests' indicators stand on, written as plan-service's events would have left it: an
 * issued plan of Kon Tum with its departments (the directory copies), in its own transaction. The
 * tests of one class share a plan: it is written once.
 */
@ApplicationScoped
public class TestDirectory {
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;

  public TestDirectory(KnownPlanRepository plans, KnownOrganizationRepository organizations) {
    this.plans = plans;
    this.organizations = organizations;
  }

  /** A test's own id, the same in every run. */
  public static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** A department's code where the test names none: "KT." and the id's first characters. */
  public static String code(UUID org) {
    return "KT." + org.toString().substring(0, 6);
  }

  /**
   * The plan (issued on 8 May 2025) and its departments (id → code), unless the plan is there
   * already; whether it wrote them.
   */
  public boolean plan(UUID plan, String number, Map<UUID, String> departments) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (plans.findById(plan) != null) {
                return false;
              }
              KnownPlan p = new KnownPlan();
              p.id = plan;
              p.province = "KT";
              p.number = number;
              p.status = "ISSUED";
              p.issuedOn = LocalDate.of(2025, 5, 8);
              p.version = 1;
              plans.persist(p);
              departments.forEach(
                  (org, code) -> {
                    KnownOrganization o = new KnownOrganization();
                    o.id = org;
                    o.province = "KT";
                    o.code = code;
                    o.name = code;
                    o.type = "DEPARTMENT";
                    o.version = 1;
                    organizations.persist(o);
                  });
              return true;
            });
  }
}
