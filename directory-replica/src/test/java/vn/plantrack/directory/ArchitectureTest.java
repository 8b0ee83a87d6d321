package vn.plantrack.directory;

import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.ArchitectureRules;

/**
 * The replica keeps a service's layers (SQL only in {@code repository/}) and uses no service's code
 * but plan-service's contract.
 */
class ArchitectureTest {
  @Test
  void keepsTheLayersAndStaysOutOfTheServices() {
    ArchitectureRules.check("directory");
  }
}
