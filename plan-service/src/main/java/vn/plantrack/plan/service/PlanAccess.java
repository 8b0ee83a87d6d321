package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.plan.Plan;
import vn.plantrack.plan.repository.PlanRepository;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/** Who may see and change which plan. */
@ApplicationScoped
class PlanAccess {
  private final PlanRepository plans;
  private final Caller caller;

  PlanAccess(PlanRepository plans, Caller caller) {
    this.plans = plans;
    this.caller = caller;
  }

  /** The plan, if the caller may see it; 404 otherwise, as if it did not exist. */
  Plan find(UUID id) {
    Plan plan = plans.findById(id);
    if (plan == null) {
      throw ProblemException.notFound("plan", id);
    }
    caller.requireVisible(plan.province, "plan", id);
    return plan;
  }

  /** Admins and the province's coordinators manage its plans. */
  void requireCoordinator(String province) {
    caller.requireManager(province, "manage its plans");
  }
}
