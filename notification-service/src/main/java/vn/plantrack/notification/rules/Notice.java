package vn.plantrack.notification.rules;

import java.util.List;

/**
 * What one event tells, in Vietnamese: the subject (an email's, an inbox entry's title), a headline
 * sentence, the facts as label and value (a task's code, title, deadline as written…), and the link
 * to the object (null when there is none).
 */
public record Notice(
    NotificationKind kind, String subject, String headline, List<Fact> facts, String link) {

  public Notice {
    facts = List.copyOf(facts);
  }

  /** One line of the message: "Thời hạn: Quý IV/2025". */
  public record Fact(String label, String value) {}

  /** The inbox entry's text: the headline, then one line per fact. */
  public String body() {
    StringBuilder text = new StringBuilder(headline);
    for (Fact fact : facts) {
      text.append('\n').append(fact.label()).append(": ").append(fact.value());
    }
    return text.toString();
  }
}
