package vn.plantrack.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The structured parts of a plan's text, stored with the plan as JSON. */
public final class PlanDocument {
  private PlanDocument() {}

  /**
   * General objective and the specific ones, with the year each aims at when the document gives
   * one.
   */
  public record Objectives(String general, List<SpecificObjective> specific) {
    public static Objectives empty() {
      return new Objectives(null, List.of());
    }
  }

  public record SpecificObjective(String code, String text, Integer targetYear) {}

  /** A numbered group of tasks ("I", "II", … with its title). */
  public record Section(
      @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 20)
          String code,
      @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 1000)
          String title) {}

  /** A document the plan is based on ("Căn cứ …"). */
  public record LegalBasis(String number, String title, LocalDate issuedOn, String issuer) {}

  /**
   * A document this plan implements or supersedes: a plan in the system ({@code planId}), or an
   * external one by number, date and issuer (57-NQ/TW, 71/NQ-CP, 95-CTr/TU), optionally down to a
   * clause ("Mục III.2").
   */
  public record DocumentReference(
      UUID planId, String number, LocalDate issuedOn, String issuer, String title, String clause) {}

  // A periodic-reporting rule is plan-contract's ReportingRule: it travels in the plan's events as
  // stored.
}
