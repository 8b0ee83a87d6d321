package vn.plantrack.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.plantrack.infra.KafkaAccess;

class TopicOwnersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static InboundEvent from(String source) {
    return InboundEvent.parse(
        JSON,
        """
        {"id": "e1", "type": "plantrack.plan.import-confirmed.v1", "source": "%s",
         "subject": "p1", "time": "2026-01-05T08:00:00Z", "data": {"version": 1}}
        """
            .formatted(source));
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
    "plantrack.plans,         /plantrack/plan-service,      applied",
    "plantrack.organizations, /plantrack/plan-service,      applied",
    "plantrack.tasks,         /plantrack/task-service,      applied",
    "plantrack.indicators,    /plantrack/indicator-service, applied",
    "plantrack.reports,       /plantrack/reporting-service, applied",
    "plantrack.plans,         /plantrack/indicator-service, poison",
    "plantrack.plans,         /plantrack/plan-service/,     poison",
    "plantrack.tasks,         /plantrack/plan-service,      poison",
    "plantrack.indicators,    /plantrack/task-service,      poison",
    "plantrack.unknown,       /plantrack/plan-service,      poison",
  })
  void anEventIsAppliedOnlyWhenItsSourceOwnsTheTopic(String topic, String source, String outcome) {
    List<String> applied = new ArrayList<>();
    java.util.function.Consumer<InboundEvent> effect =
        e -> applied.add(TopicOwners.check(topic, e).id());
    if (outcome.equals("applied")) {
      effect.accept(from(source));
      assertThat(applied).containsExactly("e1");
    } else {
      assertThatThrownBy(() -> effect.accept(from(source)))
          .isInstanceOf(InboundEvent.PoisonEventException.class)
          .hasMessageContaining(topic);
      assertThat(applied).isEmpty();
    }
  }

  /**
   * The owners are the broker's: each events topic is written by one principal, with its source.
   */
  @Test
  void theOwnersAreThoseOfTheBrokersAccessTable() {
    Map<String, String> writers = new HashMap<>();
    for (KafkaAccess.Principal p : KafkaAccess.table().principals()) {
      p.writes().stream()
          .filter(t -> !t.endsWith(".dead-letter"))
          .forEach(t -> assertThat(writers.put(t, p.source())).as(t + " has one writer").isNull());
    }
    assertThat(TopicOwners.OWNERS).isEqualTo(writers);
  }
}
