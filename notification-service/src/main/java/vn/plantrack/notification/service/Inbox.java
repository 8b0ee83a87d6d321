package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.plantrack.notification.InboxEntry;
import vn.plantrack.notification.repository.InboxRepository;
import vn.plantrack.notification.repository.InboxRepository.Reader;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;

/**
 * The caller's inbox: the entries addressed to their organization and, for a coordinator, to their
 * province's coordinators, in their province; read marks are the caller's own. A caller without a
 * province or without an organization and coordinator role has an empty inbox; an entry they do not
 * see is 404.
 */
@ApplicationScoped
public class Inbox {
  private final InboxRepository inbox;
  private final Caller caller;

  public Inbox(InboxRepository inbox, Caller caller) {
    this.inbox = inbox;
    this.caller = caller;
  }

  @Transactional
  public Page<InboxEntry> page(PageRequest request, boolean unreadOnly) {
    Optional<Reader> reader = reader();
    if (reader.isEmpty()) {
      return Page.of(List.of(), request, 0);
    }
    return Page.of(
        inbox.page(
            reader.get(), unreadOnly, !request.ascending(), request.offset(), request.size()),
        request,
        inbox.count(reader.get(), unreadOnly));
  }

  @Transactional
  public long unreadCount() {
    return reader().map(r -> inbox.count(r, true)).orElse(0L);
  }

  @Transactional
  public void markRead(UUID id) {
    Reader reader =
        reader()
            .filter(r -> inbox.visible(r, id))
            .orElseThrow(() -> ProblemException.notFound("notification", id));
    inbox.markRead(id, reader.username(), Instant.now());
  }

  /** Marks every entry the caller sees read; how many were unread. */
  @Transactional
  public int markAllRead() {
    return reader().map(r -> inbox.markAllRead(r, Instant.now())).orElse(0);
  }

  private Optional<Reader> reader() {
    Optional<String> province = caller.province();
    if (province.isEmpty()) {
      return Optional.empty();
    }
    List<String> addressees = new ArrayList<>();
    caller.org().ifPresent(org -> addressees.add("org:" + org));
    if (caller.hasRole(Roles.COORDINATOR)) {
      addressees.add("coordinators:" + province.get());
    }
    return addressees.isEmpty()
        ? Optional.empty()
        : Optional.of(new Reader(caller.username(), province.get(), addressees));
  }
}
