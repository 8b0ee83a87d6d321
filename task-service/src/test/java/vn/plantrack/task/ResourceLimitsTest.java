package vn.plantrack.task;

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
    return Map.of();
  }
}
