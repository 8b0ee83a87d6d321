package vn.plantrack.notification.message;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.plantrack.notification.rules.Notice;

/**
 * Writes the emails from the Vietnamese templates ({@code notification-templates/}, Qute, UTF-8): a
 * message for one notice (text and HTML), the entry of one notice within a digest, and the digest
 * of a day's entries. HTML templates escape every value (a task title with "&lt;" stays text).
 * Plain Java over a Qute engine of its own, so it is tested without the application.
 */
public final class MailComposer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String TEXT = "text/plain";
  private static final String HTML = "text/html";

  /** An email's parts; for a digest's entry, the fragments the digest puts together. */
  public record Email(String subject, String text, String html) {}

  private final Template messageText;
  private final Template messageHtml;
  private final Template entryText;
  private final Template entryHtml;
  private final Template digestText;
  private final Template digestHtml;

  public MailComposer() {
    Engine engine =
        Engine.builder()
            .addDefaults()
            .addValueResolver(ValueResolvers.rawResolver())
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(HTML)))
            .build();
    messageText = parse(engine, "notification.txt", TEXT);
    messageHtml = parse(engine, "notification.html", HTML);
    entryText = parse(engine, "entry.txt", TEXT);
    entryHtml = parse(engine, "entry.html", HTML);
    digestText = parse(engine, "digest.txt", TEXT);
    digestHtml = parse(engine, "digest.html", HTML);
  }

  /** The email telling one notice to {@code greeting} (a person's or an organization's name). */
  public Email message(Notice notice, String greeting) {
    String to = greeting(greeting);
    String entry = entryHtml.data("notice", notice).render();
    return new Email(
        notice.subject(),
        messageText.data("notice", notice).data("greeting", to).render(),
        messageHtml.data("notice", notice).data("greeting", to).data("entry", entry).render());
  }

  /** One notice as an entry of a digest. */
  public Email entry(Notice notice) {
    return new Email(
        notice.subject(),
        entryText.data("notice", notice).render().strip(),
        entryHtml.data("notice", notice).render());
  }

  /** The day's digest of {@code entries} (as {@link #entry} wrote them), to {@code greeting}. */
  public Email digest(String greeting, LocalDate day, List<Email> entries) {
    String subject =
        "[PlanTrack] Tổng hợp " + entries.size() + " thông báo ngày " + DAY.format(day);
    return new Email(
        subject,
        digest(digestText, greeting, day, entries, subject),
        digest(digestHtml, greeting, day, entries, subject));
  }

  private static String digest(
      Template template, String greeting, LocalDate day, List<Email> entries, String subject) {
    return template
        .data("greeting", greeting(greeting))
        .data("day", DAY.format(day))
        .data("count", entries.size())
        .data("entries", entries)
        .data("subject", subject)
        .render();
  }

  private static String greeting(String name) {
    return name == null || name.isBlank() ? "Quý cơ quan" : name;
  }

  private static Template parse(Engine engine, String name, String contentType) {
    String path = "notification-templates/" + name;
    try (InputStream in = MailComposer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + path);
      }
      return engine.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          new Variant(null, contentType, "UTF-8"),
          name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
