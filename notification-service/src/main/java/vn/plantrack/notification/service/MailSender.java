package vn.plantrack.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.plantrack.notification.message.MailComposer;
import vn.plantrack.notification.repository.EmailRepository;
import vn.plantrack.notification.repository.EmailRepository.Claimed;
import vn.plantrack.notification.rules.Backoff;
import vn.plantrack.notification.rules.DigestClock;

/**
 * Sends the recorded emails over SMTP, outside any transaction: a short transaction claims due rows
 * with a lease ({@code for update skip locked}: two instances never claim one row), the mail goes
 * out, another transaction marks the rows SENT, or schedules the next attempt with back-off, or
 * marks them FAILED with the SMTP error after the last attempt. An instance that dies between
 * sending and marking leaves the row leased; once the lease ends another attempt sends it again: a
 * crash there sends an email twice at most, never loses it. Digests: one email per address with
 * every digest row due. Metric {@code plantrack_notification_emails_total{outcome}}: sent, retried,
 * failed (per row).
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class);

  private final EmailRepository emails;
  private final Mailer mailer;
  private final MeterRegistry registry;
  private final Backoff backoff;
  private final Duration lease;
  private final int batch;
  private final MailComposer composer = new MailComposer();

  public MailSender(
      EmailRepository emails,
      Mailer mailer,
      MeterRegistry registry,
      @ConfigProperty(name = "plantrack.notification.retry.first") Duration first,
      @ConfigProperty(name = "plantrack.notification.retry.longest") Duration longest,
      @ConfigProperty(name = "plantrack.notification.retry.attempts") int attempts,
      @ConfigProperty(name = "plantrack.notification.send.lease") Duration lease,
      @ConfigProperty(name = "plantrack.notification.send.batch") int batch) {
    this.emails = emails;
    this.mailer = mailer;
    this.registry = registry;
    this.backoff = new Backoff(first, longest, attempts);
    this.lease = lease;
    this.batch = batch;
  }

  @Scheduled(
      every = "${plantrack.notification.send.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    sendDue();
  }

  /** Sends what is due now: immediate emails batch by batch, then each due digest. */
  public int sendDue() {
    int sent = 0;
    for (int round = 0; round < 20; round++) {
      Instant now = Instant.now();
      List<Claimed> claimed =
          QuarkusTransaction.requiringNew()
              .call(() -> emails.claimImmediate(now, now.plus(lease), batch));
      if (claimed.isEmpty()) {
        break;
      }
      for (Claimed email : claimed) {
        sent += send(List.of(email), email.subject(), email.text(), email.html());
      }
    }
    for (int round = 0; round < 100; round++) {
      Instant now = Instant.now();
      List<Claimed> digest =
          QuarkusTransaction.requiringNew().call(() -> emails.claimDigest(now, now.plus(lease)));
      if (digest.isEmpty()) {
        break;
      }
      MailComposer.Email email =
          composer.digest(
              digest.get(0).recipientName(),
              LocalDate.now(DigestClock.ZONE),
              digest.stream()
                  .map(d -> new MailComposer.Email(d.subject(), d.text(), d.html()))
                  .toList());
      sent += send(digest, email.subject(), email.text(), email.html());
    }
    return sent;
  }

  /** Sends one email for {@code rows} (one row, or a digest's) and marks them. */
  private int send(List<Claimed> rows, String subject, String text, String html) {
    List<UUID> ids = rows.stream().map(Claimed::id).toList();
    try {
      mailer.send(Mail.withHtml(rows.get(0).address(), subject, html).setText(text));
    } catch (RuntimeException e) {
      failed(rows, ids, e);
      return 0;
    }
    QuarkusTransaction.requiringNew().run(() -> emails.markSent(ids, Instant.now()));
    registry
        .counter("plantrack_notification_emails_total", "outcome", "sent")
        .increment(ids.size());
    return 1;
  }

  private void failed(List<Claimed> rows, List<UUID> ids, RuntimeException e) {
    String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    int attempts = rows.stream().mapToInt(Claimed::attempts).max().orElse(1);
    if (backoff.givesUp(attempts)) {
      LOG.warnf(
          "email to %s failed for good after %d attempts: %s",
          rows.get(0).address(), attempts, error);
      QuarkusTransaction.requiringNew().run(() -> emails.fail(ids, error));
      registry
          .counter("plantrack_notification_emails_total", "outcome", "failed")
          .increment(ids.size());
    } else {
      Instant next = Instant.now().plus(backoff.after(attempts));
      LOG.infof(
          "email to %s failed (attempt %d), again at %s: %s",
          rows.get(0).address(), attempts, next, error);
      QuarkusTransaction.requiringNew().run(() -> emails.retryAt(ids, error, next));
      registry
          .counter("plantrack_notification_emails_total", "outcome", "retried")
          .increment(ids.size());
    }
  }
}
