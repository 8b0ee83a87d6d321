package vn.plantrack.notification;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("notification");
  }
}
