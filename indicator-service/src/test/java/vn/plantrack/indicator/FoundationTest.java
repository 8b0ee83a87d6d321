package vn.plantrack.indicator;

import io.quarkus.test.junit.QuarkusTest;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.ServiceFoundationContract;

@QuarkusTest
@RealInfrastructure
class FoundationTest extends ServiceFoundationContract {}
