package vn.plantrack.notification.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who must know, once each. An event about organizations (a collective already stands for its
 * members, plan-contract's {@code Groups.expand}) is told in the inbox of each organization, and by
 * email to each one's focal points at once and to the users who asked for its emails (at once or in
 * their digest). A province-level event is told in the inbox of the province's coordinators, and by
 * email to the coordinators who asked for it. An address is written to once per event: the first
 * way it is reached wins (a focal point's immediate email before a user's digest).
 */
public final class Recipients {
  /** A plausible address: something@domain.tld, no spaces (SMTP decides the rest). */
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+");

  private Recipients() {}

  /** Whose inbox an entry is in: an organization's, or a province's coordinators'. */
  public record Addressee(String key, UUID orgId) {
    public static Addressee organization(UUID orgId) {
      return new Addressee("org:" + orgId, orgId);
    }

    public static Addressee coordinators(String province) {
      return new Addressee("coordinators:" + province, null);
    }
  }

  /** An organization's focal point as the directory lists it. */
  public record FocalPoint(UUID orgId, String name, String email) {}

  /** A user who asked for this kind by email: at once, or in the digest at {@code digestHour}. */
  public record Subscriber(String username, String email, Delivery delivery, Integer digestHour) {}

  /** An email to write: at once when {@code digestHour} is null. */
  public record EmailTarget(String address, String name, Integer digestHour) {
    public boolean immediate() {
      return digestHour == null;
    }
  }

  /** The inboxes an event goes to. */
  public static List<Addressee> inboxes(
      NotificationKind kind, String province, List<UUID> organizations) {
    if (kind.provinceLevel()) {
      return List.of(Addressee.coordinators(province));
    }
    return organizations.stream().distinct().map(Addressee::organization).toList();
  }

  /**
   * The emails an event goes out as: focal points at once, then the subscribers (those whose
   * address does not parse are left out), each address once.
   */
  public static List<EmailTarget> emails(
      List<FocalPoint> focalPoints, List<Subscriber> subscribers) {
    Map<String, EmailTarget> targets = new LinkedHashMap<>();
    for (FocalPoint point : focalPoints) {
      address(point.email())
          .ifPresent(a -> targets.putIfAbsent(a, new EmailTarget(a, point.name(), null)));
    }
    for (Subscriber subscriber : subscribers) {
      Integer hour =
          subscriber.delivery() == Delivery.DAILY_DIGEST ? subscriber.digestHour() : null;
      address(subscriber.email())
          .ifPresent(a -> targets.putIfAbsent(a, new EmailTarget(a, subscriber.username(), hour)));
    }
    return new ArrayList<>(targets.values());
  }

  /** The address as it is kept and compared (trimmed, lower case), or empty if it is none. */
  public static Optional<String> address(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String address = raw.trim().toLowerCase(Locale.ROOT);
    return ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
  }
}
