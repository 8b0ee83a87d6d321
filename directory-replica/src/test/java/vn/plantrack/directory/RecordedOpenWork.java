package vn.plantrack.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.plantrack.directory.service.OpenWork;

/**
 * The service's side of a reorganization, as the replica's tests see it: the moves it was asked
 * for. The services test their own moves (task-service's tasks, indicator-service's indicators).
 */
@ApplicationScoped
public class RecordedOpenWork implements OpenWork {
  public record Move(UUID from, UUID to, LocalDate effectiveOn) {}

  private final List<Move> moves = new CopyOnWriteArrayList<>();
  private final List<java.util.Set<UUID>> membersChanged = new CopyOnWriteArrayList<>();

  @Override
  public int membersChanged(java.util.Set<UUID> groups) {
    membersChanged.add(java.util.Set.copyOf(groups));
    return 0;
  }

  /** The calls that named {@code group} as a collective whose members changed. */
  public long membersChangedOf(UUID group) {
    return membersChanged.stream().filter(g -> g.contains(group)).count();
  }

  @Override
  public int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn) {
    moves.add(new Move(from, to, effectiveOn));
    return 0;
  }

  /** The moves asked for {@code from}, in order. */
  public List<Move> of(UUID from) {
    return moves.stream().filter(m -> m.from().equals(from)).toList();
  }
}
