package vn.plantrack.task;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

class ArchitectureTest {
  @Test
  void keepsTheLayersAndStaysOutOfOtherServices() {
    ArchitectureRules.check("task");
  }

  // Not yet part of check(...): other services do not keep these yet.
  @Test
  void workbooksGoThroughServices() {
    ArchitectureRules.workbooksGoThroughServices("task");
  }

  @Test
  void sqlLivesOnlyInRepositories() {
    ArchitectureRules.sqlOnlyInRepositories("task");
  }
}
