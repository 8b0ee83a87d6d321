package vn.plantrack.gateway;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  @Test
  void staysOutOfTheServices() {
    ArchitectureRules.check("gateway");
  }
}
