package vn.plantrack.plan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import vn.plantrack.platform.test.MassAssignmentContract;
import vn.plantrack.platform.test.RealInfrastructure;

@QuarkusTest
@RealInfrastructure
class MassAssignmentTest extends MassAssignmentContract {
  @Override
  protected Map<String, String> allowed() {
    String target =
        "the target province of an admin's write (Caller.provinceForWrite); anyone else may"
            + " name only their own, 400 otherwise";
    return Map.of(
        "OrganizationInput.province",
        target,
        "PlanInput.province",
        target,
        "ImportInput.province",
        target,
        "SplitInput.successorIds",
        "a split names its successors, the first taking the open work (API.md); an"
            + " organization's own successorIds are derived from the recorded mergers and splits");
  }
}
