package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.security.Roles;

/** Who may see and change which agency of the directory. */
@ApplicationScoped
class OrganizationAccess {
  private final OrganizationRepository organizations;
  private final Caller caller;

  OrganizationAccess(OrganizationRepository organizations, Caller caller) {
    this.organizations = organizations;
    this.caller = caller;
  }

  /** The organization, if the caller may see it; 404 otherwise, as if it did not exist. */
  Organization find(UUID id) {
    Organization org = organizations.findById(id);
    if (org == null) {
      throw ProblemException.notFound("organization", id);
    }
    caller.requireVisible(org.province, "organization", id);
    return org;
  }

  /**
   * An agency's focal points are kept by its own officers and by those who manage the directory
   * (its province's coordinators, admins).
   */
  void requireContactKeeper(Organization org) {
    boolean ownOfficer =
        caller.hasRole(Roles.OFFICER) && caller.org().map(org.id::equals).orElse(false);
    if (!ownOfficer && !caller.manages(org.province)) {
      throw ProblemException.forbidden(
          "only the agency's own officers, its province's coordinators and admins keep its contacts");
    }
  }

  /** Admins manage the directory; coordinators may manage their own province's agencies. */
  void requireManager(String province) {
    boolean coordinatorHere =
        caller.hasRole(Roles.COORDINATOR) && caller.province().map(province::equals).orElse(false);
    if (!caller.hasRole(Roles.ADMIN) && !coordinatorHere) {
      throw ProblemException.forbidden(
          "only admins and the province's coordinators change the directory");
    }
  }
}
