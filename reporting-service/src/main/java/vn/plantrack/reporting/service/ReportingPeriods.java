package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.rules.PlanReportingRules;
import vn.plantrack.reporting.rules.ReportingCalendar;
import vn.plantrack.reporting.rules.ReportingObligation;
import vn.plantrack.reporting.rules.ReportingPeriod;
import vn.plantrack.reporting.rules.ReportingPeriodId;

/** The periods a plan's reporting rules produce (ReportingCalendar), and one period by its id. */
@ApplicationScoped
public class ReportingPeriods {

  /** A period with the rule that asks for it. */
  public record RulePeriod(String ruleName, ReportingPeriod period) {}

  public List<RulePeriod> of(PlanView plan, LocalDate from, LocalDate to) {
    List<RulePeriod> periods = new ArrayList<>();
    for (Obligation o : obligations(plan)) {
      for (ReportingPeriod p : ReportingCalendar.periods(o.rule(), from, to)) {
        periods.add(new RulePeriod(o.name(), p));
      }
    }
    periods.sort(Comparator.comparing((RulePeriod p) -> p.period().dueAt()));
    return periods;
  }

  /** The period with this id under one of the plan's rules; 400 naming {@code period} if none. */
  public ReportingPeriod period(PlanView plan, String id) {
    return find(plan, id)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "period", "plan " + plan.number + " asks for no report " + id));
  }

  public Optional<ReportingPeriod> find(PlanView plan, String id) {
    for (Obligation o : obligations(plan)) {
      try {
        return Optional.of(ReportingCalendar.period(o.rule(), id));
      } catch (IllegalArgumentException e) {
        // not a period of this rule: try the next
      }
    }
    return Optional.empty();
  }

  /** The plan's ad hoc periods' ids (one per ad hoc rule with its anchor date). */
  public List<String> adHocIds(PlanView plan) {
    return obligations(plan).stream()
        .filter(o -> o.rule().frequency() == vn.plantrack.plan.contract.Frequency.AD_HOC)
        .map(o -> ReportingPeriodId.adHoc(o.rule().name()).toString())
        .toList();
  }

  /** A rule as the plan writes it ({@code name}) and as the calendar reads it. */
  private record Obligation(String name, ReportingObligation rule) {}

  /** The plan's rules that ask for reports. */
  private static List<Obligation> obligations(PlanView plan) {
    List<Obligation> obligations = new ArrayList<>();
    for (vn.plantrack.plan.contract.ReportingRule written : plan.reportingRules) {
      ReportingObligation rule = rule(plan, written);
      if (rule != null) {
        obligations.add(new Obligation(written.name(), rule));
      }
    }
    return obligations;
  }

  /**
   * A rule the plan states too thinly (or an ad hoc one before the plan is issued) asks nothing.
   */
  private static ReportingObligation rule(
      PlanView plan, vn.plantrack.plan.contract.ReportingRule written) {
    try {
      ReportingObligation rule = PlanReportingRules.read(written, plan.issuedOn);
      if (rule.frequency() == vn.plantrack.plan.contract.Frequency.AD_HOC
          && rule.anchorDate() == null) {
        return null;
      }
      return rule;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
