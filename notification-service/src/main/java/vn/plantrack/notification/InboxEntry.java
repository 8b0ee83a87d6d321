package vn.plantrack.notification;

import java.time.Instant;
import java.util.UUID;

/** An inbox entry as its reader sees it: {@code readAt} is the reader's own mark (null: unread). */
public record InboxEntry(
    UUID id,
    String kind,
    String subject,
    String body,
    String link,
    Instant createdAt,
    Instant readAt) {}
