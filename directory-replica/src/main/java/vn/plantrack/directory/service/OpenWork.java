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
