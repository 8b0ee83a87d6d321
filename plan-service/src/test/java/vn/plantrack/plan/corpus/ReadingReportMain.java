package vn.plantrack.plan.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.reading.ImportedPlan;
import vn.plantrack.plan.reading.PlanDocumentReader;

/**
 * Prints the reading report of the corpus: per family and format, found/expected for each count and
 * the share of fields read as expected, then what was misread. Run by {@code
 * plan-service/reading-report}; arguments restrict it to some families, {@code --formats=TEXT,PDF}
 * to some formats, {@code --dump=DIR} writes each rendering and the text read from it there.
 */
public final class ReadingReportMain {
  private ReadingReportMain() {}

  public static void main(String[] args) throws Exception {
    List<String> families = new ArrayList<>();
    List<Formats> formats = new ArrayList<>(List.of(Formats.values()));
    Path dump = null;
    for (String arg : args) {
      if (arg.startsWith("--formats=")) {
        formats.clear();
        for (String f : arg.substring(10).split(",")) {
          formats.add(Formats.valueOf(f));
        }
      } else if (arg.startsWith("--dump=")) {
        dump = Path.of(arg.substring(7));
        Files.createDirectories(dump);
      } else {
        families.add(arg);
      }
    }
    if (families.isEmpty()) {
      families.addAll(CorpusPlan.FAMILIES);
    }
    List<ReadingReport> reports = new ArrayList<>();
    for (String family : families) {
      for (Formats format : formats) {
        reports.add(read(family, format, dump));
        System.out.println(reports.get(reports.size() - 1).line());
      }
    }
    System.out.println();
    for (ReadingReport report : reports) {
      for (String misread : report.misread()) {
        System.out.println(report.family() + " " + report.format() + ": " + misread);
      }
    }
  }

  static ReadingReport read(String family, Formats format, Path dump) throws Exception {
    CorpusPlan plan = CorpusPlan.load(family);
    byte[] bytes = format.render(plan);
    DocumentText text = format.read(bytes);
    if (dump != null) {
      String ext = format == Formats.TEXT ? "txt" : format == Formats.DOCX ? "docx" : "pdf";
      Files.write(dump.resolve(family + "-" + format + "." + ext), bytes);
      Files.writeString(dump.resolve(family + "-" + format + ".read.txt"), text.text());
    }
    ImportedPlan read = new PlanDocumentReader().read(text.text());
    return ReadingReport.compare(family, format.name(), ExpectedReading.load(family), read);
  }
}
