package vn.plantrack.task;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import vn.plantrack.platform.test.MassAssignmentContract;
import vn.plantrack.platform.test.RealInfrastructure;

@QuarkusTest
@RealInfrastructure
class MassAssignmentTest extends MassAssignmentContract {
  @Override
  protected Map<String, String> allowed() {
    return Map.of(
        "ProgressInput.status",
        "the lead agency reports its task's status (API.md: progress updates carry status and"
            + " percent); StatusTransitions decides which change is allowed");
  }
}
