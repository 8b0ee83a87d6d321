package vn.plantrack.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.reading.ImportedPlan;

/**
 * Where each task and indicator of an import was read, for the coordinator to check it against the
 * document: its lines (from its own line to the line before the next record read), where they are
 * in the file, and a confidence: the lowest confidence of the conversion in those lines, less 25
 * for each warning about them.
 */
final class ImportProvenance {
  private final DocumentText document;
  private final TreeSet<Integer> starts = new TreeSet<>();
  private final List<Integer> warningLines = new ArrayList<>();
  private final int lastLine;

  ImportProvenance(DocumentText document, ImportedPlan read, List<PlanImport.Warning> warnings) {
    this.document = document;
    read.sections().forEach(s -> starts.add(s.sourceLine()));
    read.tasks().forEach(t -> starts.add(t.sourceLine()));
    read.indicatorSections().forEach(s -> starts.add(s.sourceLine()));
    read.indicators().forEach(i -> starts.add(i.sourceLine()));
    warnings.forEach(w -> warningLines.add(w.line()));
    this.lastLine = (int) document.text().lines().count();
  }

  PlanImport.Source of(int line) {
    Integer next = starts.higher(line);
    int last = Math.max(line, Math.min(next == null ? lastLine : next - 1, line + 40));
    int confidence = 100;
    for (int n = line; n <= last; n++) {
      confidence = Math.min(confidence, document.confidence(n));
    }
    long doubts = warningLines.stream().filter(w -> w >= line && w <= last).count();
    confidence = (int) Math.max(0, confidence - 25 * doubts);
    String origin = document.origin(line);
    String lastOrigin = document.origin(last);
    if (!lastOrigin.equals(origin)) {
      origin = origin + " – " + lastOrigin;
    }
    return new PlanImport.Source(line, last, origin, confidence);
  }
}
