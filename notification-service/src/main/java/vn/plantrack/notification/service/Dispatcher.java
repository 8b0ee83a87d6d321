package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.notification.message.MailComposer;
import vn.plantrack.notification.repository.EmailRepository;
import vn.plantrack.notification.repository.EmailRepository.NewEmail;
import vn.plantrack.notification.repository.FocalPointRepository;
import vn.plantrack.notification.repository.InboxRepository;
import vn.plantrack.notification.repository.InboxRepository.NewEntry;
import vn.plantrack.notification.repository.PreferenceRepository;
import vn.plantrack.notification.rules.DigestClock;
import vn.plantrack.notification.rules.Notice;
import vn.plantrack.notification.rules.Recipients;
import vn.plantrack.notification.rules.Recipients.EmailTarget;
import vn.plantrack.notification.rules.Recipients.Subscriber;
import vn.plantrack.plan.contract.Groups;

/**
 * Tells an event's notice to those who must know, in the consuming transaction: the inbox entries
 * and the emails to send are rows, each unique per (event, addressee or address), so a redelivered
 * event adds nothing and the sender ({@link MailSender}) sends what is recorded, once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Dispatcher {
  private final KnownOrganizationRepository organizations;
  private final FocalPointRepository focalPoints;
  private final PreferenceRepository preferences;
  private final InboxRepository inbox;
  private final EmailRepository emails;
  private final MailComposer composer = new MailComposer();

  public Dispatcher(
      KnownOrganizationRepository organizations,
      FocalPointRepository focalPoints,
      PreferenceRepository preferences,
      InboxRepository inbox,
      EmailRepository emails) {
    this.organizations = organizations;
    this.focalPoints = focalPoints;
    this.preferences = preferences;
    this.inbox = inbox;
    this.emails = emails;
  }

  /** What was recorded for an event: inbox entries and emails added (0 and 0 on a redelivery). */
  public record Told(int entries, int emails) {}

  /**
   * Tells {@code notice} (event {@code eventId} of {@code province}) to the organizations named (a
   * collective stands for its members), or, for a province-level kind, to the coordinators.
   */
  public Told tell(String eventId, String province, Notice notice, List<UUID> named) {
    Instant now = Instant.now();
    List<UUID> orgs = notice.kind().provinceLevel() ? List.of() : expand(named);
    int entries = 0;
    for (Recipients.Addressee addressee : Recipients.inboxes(notice.kind(), province, orgs)) {
      if (inbox.add(
          new NewEntry(
              UUID.randomUUID(),
              eventId,
              notice.kind().name(),
              province,
              addressee.key(),
              addressee.orgId(),
              notice.subject(),
              notice.body(),
              notice.link(),
              now))) {
        entries++;
      }
    }
    List<Subscriber> subscribers =
        notice.kind().provinceLevel()
            ? preferences.coordinatorSubscribers(province, notice.kind().name())
            : preferences.emailSubscribers(province, orgs, notice.kind().name());
    List<EmailTarget> targets =
        Recipients.emails(
            notice.kind().provinceLevel() ? List.of() : focalPoints.of(orgs), subscribers);
    int written = 0;
    for (EmailTarget target : targets) {
      MailComposer.Email email =
          target.immediate() ? composer.message(notice, target.name()) : composer.entry(notice);
      if (emails.add(
          new NewEmail(
              UUID.randomUUID(),
              eventId,
              notice.kind().name(),
              province,
              target.address(),
              target.name(),
              email.subject(),
              email.text(),
              email.html(),
              target.immediate() ? null : DigestClock.next(target.digestHour(), now),
              now))) {
        written++;
      }
    }
    return new Told(entries, written);
  }

  /** The organizations named, each collective replaced by its members in today's directory. */
  private List<UUID> expand(List<UUID> named) {
    List<UUID> ids =
        named == null ? List.of() : named.stream().filter(java.util.Objects::nonNull).toList();
    List<Groups.Entry> directory =
        organizations.directoryForGroupsAmong(ids).stream().map(Dispatcher::entry).toList();
    return Groups.expand(ids, directory, java.time.LocalDate.now(DigestClock.ZONE));
  }

  private static Groups.Entry entry(KnownOrganization o) {
    return new Groups.Entry(o.id, o.province, o.type, o.memberIds, o.memberTypes, null, o.validTo);
  }
}
