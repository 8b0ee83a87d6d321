package vn.plantrack.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.plantrack.directory.service.ConfirmedImports;
import vn.plantrack.platform.messaging.InboundEvent;

/**
 * The service's side of a confirmed import, as the replica's tests see it: the events handed over.
 * The services test what they create from them (ImportedTasksTest, ImportedIndicatorsTest).
 */
@ApplicationScoped
public class RecordedImports implements ConfirmedImports {
  private final List<InboundEvent> received = new CopyOnWriteArrayList<>();

  @Override
  public int apply(InboundEvent event) {
    received.add(event);
    return 0;
  }

  /** The ids of the events handed over, in order. */
  public List<String> eventIds() {
    return received.stream().map(InboundEvent::id).toList();
  }
}
