package vn.plantrack.platform.messaging;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an event its effect could not apply while it applied the rest (one bad row of an
 * imported plan's task list): the effect names each with the reason, and the consumer writes them,
 * with the event, to the dead-letter topic in the same attempt, so the admin API shows them and a
 * replay applies them once fixed. One per attempt (the consumer opens a request context for each).
 */
@RequestScoped
public class RejectedParts {
  private final Map<String, String> parts = new LinkedHashMap<>();

  /** Records that the part (a row's code, say) was left out, and why. */
  public void reject(String part, String reason) {
    parts.put(part, reason);
  }

  public Map<String, String> parts() {
    return Map.copyOf(parts);
  }

  public void clear() {
    parts.clear();
  }

  /** "38.2: title missing; 38.3: no parent 38.9" — in rejection order. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    parts.forEach(
        (part, reason) ->
            text.append(text.isEmpty() ? "" : "; ").append(part).append(": ").append(reason));
    return text.toString();
  }
}
