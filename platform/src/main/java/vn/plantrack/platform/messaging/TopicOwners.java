package vn.plantrack.platform.messaging;

import java.util.Map;

/**
 * Who publishes on each events topic: the owner's CloudEvents {@code source}. An event on a topic
 * whose source is not the topic's owner is poison (the dead-letter topic, with the reason), however
 * well-formed: Kafka's ACLs let only the owner write its topic, and this is the second lock, e.g.
 * against a forged {@code import-confirmed} creating tasks in any province. The same owners as the
 * access table of the broker (deploy/infra {@code kafka/access.txt}); a test keeps the two equal.
 */
public final class TopicOwners {
  static final Map<String, String> OWNERS =
      Map.of(
          "plantrack.plans", "/plantrack/plan-service",
          "plantrack.organizations", "/plantrack/plan-service",
          "plantrack.tasks", "/plantrack/task-service",
          "plantrack.indicators", "/plantrack/indicator-service",
          "plantrack.reports", "/plantrack/reporting-service");

  private TopicOwners() {}

  /** The event, when its source owns the topic; otherwise poison. */
  public static InboundEvent check(String topic, InboundEvent event) {
    String owner = OWNERS.get(topic);
    if (owner == null) {
      throw new InboundEvent.PoisonEventException("topic " + topic + " has no known owner");
    }
    if (!owner.equals(event.source())) {
      throw new InboundEvent.PoisonEventException(
          "source " + event.source() + " is not " + topic + "'s owner (" + owner + ")");
    }
    return event;
  }
}
