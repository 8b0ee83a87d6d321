package vn.plantrack.task;

import io.quarkus.test.junit.QuarkusTest;
import vn.plantrack.platform.test.InputFuzzContract;
import vn.plantrack.platform.test.RealInfrastructure;

@QuarkusTest
@RealInfrastructure
class InputFuzzTest extends InputFuzzContract {}
