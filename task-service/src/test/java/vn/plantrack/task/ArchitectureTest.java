package vn.plantrack.task;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("task");
  }
}
