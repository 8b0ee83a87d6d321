package vn.plantrack.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The run's summary as Markdown: operations, findings, dead letters, convergence, faults. */
final class Summary {
  private Summary() {}

  static String render(
      String form,
      Ledger ledger,
      List<Faults.Fault> faults,
      Checker checker,
      List<String> differences,
      long convergedSeconds,
      Duration workload,
      int clientErrors) {
    StringBuilder out = new StringBuilder();
    out.append("## Fault suite, ")
        .append(form)
        .append(" form, ")
        .append(Instant.now())
        .append("\n\n");
    out.append(
        "| operations | acked | unknown | failed | lost | doubled | phantom | event faults | dead letters (not poison) | poison dead-lettered | converged after |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    int dead = checker.deadLetters.values().stream().mapToInt(Integer::intValue).sum();
    out.append(
        "| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |\n"
            .formatted(
                ledger.ops.size(),
                ledger.count(Ledger.Outcome.ACKED),
                ledger.count(Ledger.Outcome.UNKNOWN),
                ledger.count(Ledger.Outcome.FAILED),
                checker.lost.size(),
                checker.doubled.size(),
                checker.phantom.size(),
                checker.events.size(),
                dead,
                checker.poisonDeadLettered,
                differences.isEmpty() ? convergedSeconds + " s" : "not within 180 s"));
    out.append("\nWorkload ")
        .append(workload.toSeconds())
        .append(" s; client errors ")
        .append(clientErrors)
        .append(".\n\n");
    out.append("| kind | acked | failed | unknown |\n|---|---|---|---|\n");
    for (Map.Entry<String, long[]> kind : ledger.byKind().entrySet()) {
      long[] n = kind.getValue();
      out.append("| %s | %d | %d | %d |\n".formatted(kind.getKey(), n[0], n[1], n[2]));
    }
    out.append("\nRefusals (failed operations by kind and status): ")
        .append(ledger.refusals)
        .append("\n\n");
    ledger.refusalExamples.forEach(
        (kind, answer) ->
            out.append("- first ").append(kind).append(": ").append(answer).append("\n"));
    out.append("\n");
    out.append("| # | fault | began | healed after | note |\n|---|---|---|---|---|\n");
    for (int i = 0; i < faults.size(); i++) {
      Faults.Fault f = faults.get(i);
      out.append(
          "| %d | %s | %s | %d s | %s |\n"
              .formatted(i + 1, f.what(), f.began(), f.seconds(), f.note()));
    }
    section(out, "Lost (acknowledged, no effect)", checker.lost);
    section(out, "Doubled (more than one effect)", checker.doubled);
    section(out, "Phantom (refused, yet an effect)", checker.phantom);
    section(
        out, "Event faults (versions going back, owner's version not published)", checker.events);
    section(
        out,
        "Dead letters that are not the suite's poison " + checker.deadLetters,
        checker.deadLetterSamples);
    section(out, "Read models not converged", differences);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    out.append("\n").append(title).append(": ").append(lines.size()).append("\n");
    lines.stream().limit(20).forEach(l -> out.append("- ").append(l).append("\n"));
    if (lines.size() > 20) {
      out.append("- … ").append(lines.size() - 20).append(" more\n");
    }
  }
}
