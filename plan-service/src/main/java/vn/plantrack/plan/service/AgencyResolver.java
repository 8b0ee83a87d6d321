package vn.plantrack.plan.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.platform.problem.ProblemException;

/**
 * Resolves the agency names of one document once each (documents repeat them), warning about those
 * the directory does not know, and reporting the job's progress as it goes (30 to 90 %).
 */
final class AgencyResolver {
  private final OrganizationQueries directory;
  private final String province;
  private final LocalDate asOf;
  private final List<PlanImport.Warning> warnings;
  private final Map<String, PlanImport.Agency> seen = new HashMap<>();
  private final PlanImports.Progress progress;
  private final int total;
  private int done;
  private int reported = 30;

  AgencyResolver(
      OrganizationQueries directory,
      String province,
      LocalDate asOf,
      List<PlanImport.Warning> warnings,
      PlanImports.Progress progress,
      int total) {
    this.directory = directory;
    this.province = province;
    this.asOf = asOf;
    this.warnings = warnings;
    this.progress = progress;
    this.total = Math.max(1, total);
  }

  List<PlanImport.Agency> agencies(List<String> names, int line) {
    List<PlanImport.Agency> agencies = new ArrayList<>();
    if (names != null) {
      names.forEach(n -> agencies.add(agency(n, line)));
    }
    return agencies;
  }

  PlanImport.Agency agency(String name, int line) {
    int percent = 30 + 60 * ++done / total;
    if (percent >= reported + 10) {
      reported = percent;
      progress.at("RESOLVING_AGENCIES", percent);
    }
    PlanImport.Agency known = seen.get(name);
    if (known == null) {
      List<OrganizationQueries.Match> matches;
      try {
        matches = directory.resolve(name, province, asOf, 1);
      } catch (ProblemException e) {
        matches = List.of();
      }
      known =
          matches.isEmpty()
              ? new PlanImport.Agency(name, null, null, null)
              : new PlanImport.Agency(
                  name,
                  matches.get(0).organization().organization().id,
                  matches.get(0).organization().organization().name,
                  matches.get(0).score());
      seen.put(name, known);
    }
    if (known.orgId() == null) {
      warnings.add(
          new PlanImport.Warning(
              line,
              "UNRESOLVED_ORGANIZATION",
              "no organization of the directory is named like this",
              name));
    }
    return known;
  }
}
