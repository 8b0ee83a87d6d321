package vn.plantrack.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.ResourceLimitsContract;

@QuarkusTest
@RealInfrastructure
@TestProfile(ResourceLimitsContract.ShortIdleTimeout.class)
class ResourceLimitsTest extends ResourceLimitsContract {
  @Override
  protected Map<String, String> boundedArrays() {
    return Map.of(
        "GET /api/v1/reports",
        "one report per reporting unit of one plan and one period (planId and period required):"
            + " at most the organizations that lead a task or monitor an indicator of the plan",
        "GET /api/v1/consolidated-reports",
        "one plan's consolidated reports (planId required): per reporting period, the draft and"
            + " its issued versions, without their annexes",
        "GET /api/v1/reporting/compliance/history",
        "one line per reporting period of one plan that has reports (planId required)",
        "GET /api/v1/reporting-periods",
        "the periods of one plan's rules between from and to, at most ten years apart (400"
            + " beyond)");
  }
}
