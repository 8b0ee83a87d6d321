package vn.plantrack.reporting;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import vn.plantrack.platform.test.MassAssignmentContract;
import vn.plantrack.platform.test.RealInfrastructure;

@QuarkusTest
@RealInfrastructure
class MassAssignmentTest extends MassAssignmentContract {
  @Override
  protected Map<String, String> allowed() {
    return Map.of();
  }
}
