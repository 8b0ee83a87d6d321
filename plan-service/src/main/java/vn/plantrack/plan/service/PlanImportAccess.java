package vn.plantrack.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Who may import plan documents and confirm imports: admins, the province's coordinators and its
 * integrations (API.md: "integration … reads its province, imports").
 */
@ApplicationScoped
class PlanImportAccess {
  private final PlanImportRepository imports;
  private final Caller caller;

  PlanImportAccess(PlanImportRepository imports, Caller caller) {
    this.imports = imports;
    this.caller = caller;
  }

  /** The province an import goes to (the caller's own; an admin names it), if the caller may. */
  String importTarget(String requestedProvince) {
    String target = caller.provinceForWrite(requestedProvince);
    if (!caller.importsInto(target)) {
      throw ProblemException.forbidden(
          "only admins, the province's coordinators and its integrations import plans");
    }
    return target;
  }

  /** The import, if the caller may see it; 404 otherwise, as if it did not exist. */
  PlanImport find(UUID id) {
    PlanImport found = imports.findById(id);
    if (found == null) {
      throw ProblemException.notFound("plan import", id);
    }
    caller.requireVisible(found.province, "plan import", id);
    return found;
  }

  void requireConfirmer(String province) {
    if (!caller.importsInto(province)) {
      throw ProblemException.forbidden(
          "only admins, the province's coordinators and its integrations confirm imports");
    }
  }
}
