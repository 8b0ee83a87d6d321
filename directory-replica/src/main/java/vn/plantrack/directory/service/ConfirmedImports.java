package vn.plantrack.directory.service;

import vn.plantrack.platform.messaging.InboundEvent;

/**
 * What a service creates from a plan import confirmed in plan-service ({@code
 * plantrack.plan.import-confirmed.v1}). The event arrives on plantrack.plans among the plan events
 * the replica copies, so the replica's consumer hands it to the service's one bean implementing
 * this, in the consumer's transaction.
 */
public interface ConfirmedImports {

  /** Creates what the import holds (nothing twice); returns how many were created. */
  int apply(InboundEvent event);
}
