package vn.plantrack.directory.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a service does when plan-service reorganizes an organization (a merger or a split): the
 * organization's open work passes to its (primary) successor from {@code effectiveOn}; completed
 * work keeps the organization that held it. Each service that keeps the directory replica
 * implements it with one bean for its own rows (task-service its tasks, indicator-service its
 * indicators); {@link DirectoryMirror} calls it in the consumer's transaction.
 */
public interface OpenWork {

  /** Moves the open work of {@code from} to {@code to}; returns how many rows changed. */
  int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn);

  /**
   * The members of these collectives changed: a group's own lists, or an organization that joins or
   * leaves one (a new department, a department that becomes a board, one that ends). A service
   * whose open rows a collective holds announces them again, with the members of today, so that
   * readers (reporting's parts and expected reporters) follow. Returns how many rows it announced.
   */
  default int membersChanged(java.util.Set<UUID> groups) {
    return 0;
  }

  /** {@code ids} with {@code from} replaced by {@code to}, in order, each id once. */
  static List<UUID> replace(List<UUID> ids, UUID from, UUID to) {
    List<UUID> result = new ArrayList<>();
    for (UUID id : ids) {
      UUID value = id.equals(from) ? to : id;
      if (!result.contains(value)) {
        result.add(value);
      }
    }
    return result;
  }
}
