package vn.plantrack.directory.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The {@link OpenWork} of a service whose rows give organizations roles (lead, cooperating,
 * monitoring, …): each open row that names the reorganized organization in one of its roles names
 * its successor instead, in place, each organization once per role; then the service records the
 * change. A service configures it with its rows, their roles and what it records; the hand-over
 * itself is written here once.
 *
 * @param <T> the service's row (a task, an indicator)
 * @param <B> what the service's record needs of the row as it was before (its roles, a snapshot)
 */
public abstract class RoleHandover<T, B> implements OpenWork {

  /** One role a row gives organizations: its ids, and how new ones are set. */
  public record Role<T>(Function<T, List<UUID>> ids, BiConsumer<T, List<UUID>> assign) {}

  /** The open rows that name {@code org} in one of their roles; closed work keeps its holder. */
  protected abstract List<T> openWorkOf(UUID org);

  /** The roles a row gives organizations. */
  protected abstract List<Role<T>> roles();

  /** What the record needs of the row before its roles change. */
  protected abstract B before(T row);

  /** Records (and announces) that the row's roles passed from {@code from} to {@code to}. */
  protected abstract void handedOver(T row, B before, UUID from, UUID to, LocalDate effectiveOn);

  /** Returns the number of rows handed over. */
  @Override
  public int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn) {
    List<T> rows = openWorkOf(from);
    for (T row : rows) {
      B before = before(row);
      for (Role<T> role : roles()) {
        role.assign().accept(row, OpenWork.replace(role.ids().apply(row), from, to));
      }
      handedOver(row, before, from, to, effectiveOn);
    }
    return rows.size();
  }
}
