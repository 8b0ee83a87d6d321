package vn.plantrack.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.plantrack.directory.service.OpenWork;

/**
 * The directory replica's hook for a merger or split: this service holds no open work of an
 * organization (its inbox entries stay where they were addressed; task-service's reassignment
 * events tell the successor).
 */
@ApplicationScoped
public class NoOpenWork implements OpenWork {
  @Override
  public int moveOpenWork(UUID from, UUID to, LocalDate effectiveOn) {
    return 0;
  }
}
