package vn.plantrack.indicator;

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
        "GET /api/v1/indicators/{id}/measurements",
        "the current revision of one value per period (year, half, quarter, month): at most 19 a"
            + " year, from the baseline year (1990 at the earliest) to today");
  }
}
