package vn.plantrack.platform;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class PlatformArchitectureTest {
  /** No service dependency, every endpoint secured, gauges through OwnedGauges. */
  @Test
  void staysTechnical() {
    ArchitectureRules.checkPlatform();
  }
}
