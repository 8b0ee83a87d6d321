package vn.plantrack.notification.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.plantrack.notification.repository.PreferenceRepository;
import vn.plantrack.notification.repository.PreferenceRepository.Row;
import vn.plantrack.notification.rules.Channel;
import vn.plantrack.notification.rules.Delivery;
import vn.plantrack.notification.rules.NotificationKind;
import vn.plantrack.notification.rules.Recipients;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;

/**
 * The caller's choices per kind. Unsaved, a kind is in the inbox only, immediate. Saving takes who
 * the caller is from their token (email address, province, organization, coordinator role): their
 * organization's events (a coordinator: their province's) reach that address when EMAIL is chosen.
 */
@ApplicationScoped
public class Preferences {
  private final PreferenceRepository preferences;
  private final Caller caller;
  private final SecurityIdentity identity;
  private final AuditTrail audit;

  public Preferences(
      PreferenceRepository preferences,
      Caller caller,
      SecurityIdentity identity,
      AuditTrail audit) {
    this.preferences = preferences;
    this.caller = caller;
    this.identity = identity;
    this.audit = audit;
  }

  /** One kind's choice. */
  public record Choice(
      NotificationKind kind, Set<Channel> channels, Delivery delivery, Integer digestHour) {}

  /** Every kind, saved or by default, in the kinds' order. */
  @Transactional
  public List<Choice> of() {
    Map<String, Row> saved = new HashMap<>();
    preferences.of(caller.username()).forEach(r -> saved.put(r.kind(), r));
    List<Choice> choices = new ArrayList<>();
    for (NotificationKind kind : NotificationKind.values()) {
      Row row = saved.get(kind.name());
      if (row == null) {
        choices.add(new Choice(kind, EnumSet.of(Channel.INBOX), Delivery.IMMEDIATE, null));
      } else {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (row.email()) {
          channels.add(Channel.EMAIL);
        }
        if (row.inbox()) {
          channels.add(Channel.INBOX);
        }
        choices.add(new Choice(kind, channels, Delivery.valueOf(row.delivery()), row.digestHour()));
      }
    }
    return choices;
  }

  /** Saves the kinds given (the others keep their choice); answers every kind's. */
  @Transactional
  public List<Choice> save(List<Choice> choices) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<NotificationKind> seen = new HashSet<>();
    boolean wantsEmail = false;
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      String at = "items[" + i + "]";
      if (c == null || c.kind() == null) {
        errors.add(new Problem.FieldError(at + ".kind", "required"));
        continue;
      }
      if (!seen.add(c.kind())) {
        errors.add(new Problem.FieldError(at + ".kind", c.kind() + " is given twice"));
      }
      if (c.channels() == null || c.channels().contains(null)) {
        errors.add(new Problem.FieldError(at + ".channels", "required: EMAIL, INBOX or both"));
      } else if (c.channels().contains(Channel.EMAIL)) {
        wantsEmail = true;
      }
      if (c.delivery() == null) {
        errors.add(new Problem.FieldError(at + ".delivery", "required: IMMEDIATE or DAILY_DIGEST"));
      } else if (c.delivery() == Delivery.DAILY_DIGEST
          && (c.digestHour() == null || c.digestHour() < 0 || c.digestHour() > 23)) {
        errors.add(new Problem.FieldError(at + ".digestHour", "an hour from 0 to 23"));
      } else if (c.delivery() == Delivery.IMMEDIATE && c.digestHour() != null) {
        errors.add(new Problem.FieldError(at + ".digestHour", "only for DAILY_DIGEST"));
      }
    }
    Optional<String> address = emailClaim().flatMap(Recipients::address);
    if (wantsEmail && address.isEmpty()) {
      errors.add(new Problem.FieldError("items", "EMAIL needs an email address in your account"));
    }
    if (caller.province().isEmpty()) {
      errors.add(new Problem.FieldError("items", "your account has no province"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    List<Row> rows =
        choices.stream()
            .map(
                c ->
                    new Row(
                        caller.username(),
                        c.kind().name(),
                        c.channels().contains(Channel.EMAIL),
                        c.channels().contains(Channel.INBOX),
                        c.delivery().name(),
                        c.digestHour(),
                        address.orElse(null),
                        caller.province().orElse(null),
                        caller.org().orElse(null),
                        caller.hasRole(Roles.COORDINATOR)))
            .toList();
    preferences.save(rows, Instant.now());
    audit.recordAction(
        "notification-preferences",
        caller.username(),
        caller.province().orElse(null),
        null,
        "saved",
        choices.size() + " kind(s)");
    return of();
  }

  private Optional<String> emailClaim() {
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object email = jwt.getClaim("email");
      if (email != null) {
        String text = email instanceof jakarta.json.JsonString s ? s.getString() : email.toString();
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }
}
