package vn.plantrack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A broker's client and controller ports are asked for together: CI once got the same port for both
 * from two separate calls, and the broker refused to start ("two listeners on the same port").
 */
class PortsTest {
  @Test
  void portsAskedForTogetherAreDistinct() {
    for (int round = 0; round < 500; round++) {
      int[] ports = Ports.free(3);
      assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(3);
      assertThat(Arrays.stream(ports).allMatch(p -> p > 0 && p < 65536)).isTrue();
    }
  }
}
