package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.platform.web.IfMatch;

/**
 * Who may see and do what with indicators: another province's indicator is not found (404) and its
 * plan is no plan; coordinators of the province manage and judge; values are recorded by the
 * indicator's monitoring organization (itself or as a member of a monitoring group) or a
 * coordinator. Plans and organizations are indicator-service's own event-fed copies.
 */
@ApplicationScoped
public class IndicatorAccess {
  private final IndicatorRepository indicators;
  private final KnownPlanRepository plans;
  private final KnownOrganizationRepository organizations;
  private final Caller caller;
  private final IfMatch ifMatch;

  public IndicatorAccess(
      IndicatorRepository indicators,
      KnownPlanRepository plans,
      KnownOrganizationRepository organizations,
      Caller caller,
      IfMatch ifMatch) {
    this.ifMatch = ifMatch;
    this.indicators = indicators;
    this.plans = plans;
    this.organizations = organizations;
    this.caller = caller;
  }

  /** The indicator, when the caller may see it; 404 otherwise. */
  public Indicator visible(UUID id) {
    Indicator indicator = indicators.findById(id);
    if (indicator == null) {
      throw ProblemException.notFound("indicator", id);
    }
    caller.requireVisible(indicator.province, "indicator", id);
    return indicator;
  }

  /**
   * The indicator, when the caller may see it, about to change: its row is locked until the
   * transaction ends, so values recorded at once take turns instead of failing each other's
   * optimistic check; a request naming a version (If-Match) that is no longer the indicator's gets
   * 412. Must be the transaction's first read of the indicator.
   */
  public Indicator toChange(UUID id) {
    Indicator indicator = indicators.findForUpdate(id);
    if (indicator == null) {
      throw ProblemException.notFound("indicator", id);
    }
    caller.requireVisible(indicator.province, "indicator", id);
    ifMatch.check(indicator.version);
    return indicator;
  }

  /** The plan, when the caller may see it; otherwise the field {@code planId} names no plan. */
  public KnownPlan visiblePlan(UUID planId) {
    KnownPlan plan = planId == null ? null : plans.findById(planId);
    if (plan == null || !caller.canSee(plan.province)) {
      throw ProblemException.invalid("planId", "no plan " + planId);
    }
    return plan;
  }

  /** Coordinators (and admins) of the province only; {@code what} ends the refusal's sentence. */
  public void requireManager(String province, String what) {
    caller.requireManager(province, what);
  }

  /**
   * A coordinator of the indicator's province, or its monitoring organization, records its values.
   * Returns the caller's organization (null for a caller without one).
   */
  public UUID requireRecorder(Indicator indicator) {
    UUID org = caller.org().orElse(null);
    boolean monitors = org != null && monitors(indicator, org);
    if (!caller.manages(indicator.province) && !monitors) {
      throw ProblemException.forbidden(
          "only the monitoring organization records values of indicator " + indicator.code);
    }
    return org;
  }

  /** Whose indicators a list shows: one province, all (the ministry), or none. */
  public Optional<Caller.ReadScope> listScope() {
    return caller.readScope(null);
  }

  /** The caller's own province, if it has one (a ministry reader has none). */
  public Optional<String> homeProvince() {
    return caller.province();
  }

  /** Who acts, as histories and events name them. */
  public String actor() {
    return caller.username();
  }

  /** The organization monitors the indicator itself, or is a member of a monitoring group. */
  private boolean monitors(Indicator indicator, UUID org) {
    return indicator.monitoringOrgIds.contains(org)
        || indicator.monitoringOrgIds.stream()
            .map(organizations::findById)
            .anyMatch(group -> group != null && group.memberIds.contains(org));
  }
}
