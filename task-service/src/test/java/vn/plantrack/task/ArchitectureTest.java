package vn.plantrack.task;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  /** Layers (workbooks through services), repositories from services only, SQL in repositories. */
  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("task");
  }
}
