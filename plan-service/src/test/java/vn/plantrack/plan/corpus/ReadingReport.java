package vn.plantrack.plan.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.plantrack.plan.reading.ImportedPlan;

/**
 * A reading compared with its expectation: found/expected for each count (sections, tasks,
 * sub-tasks, indicators, sub-indicators) and for the fields (header, section titles, every task's
 * and indicator's fields); and the fields that differ, to say what was misread. Texts compare
 * letter for letter, diacritics included, but without their spaces and line breaks: a cell wrapped
 * over lines is the same text, and so is OCR's "Ủy bannhân dân" or "2025- 2027".
 */
record ReadingReport(
    String family,
    String format,
    Map<String, int[]> counts,
    int fieldsRead,
    int fieldsExpected,
    List<String> misread) {

  boolean countsExact() {
    return counts.values().stream().allMatch(c -> c[0] == c[1]);
  }

  double fieldShare() {
    return fieldsExpected == 0 ? 1 : (double) fieldsRead / fieldsExpected;
  }

  String line() {
    String c =
        counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
            .collect(Collectors.joining(", "));
    return String.format(
        "%-22s %-9s %s; fields %d/%d (%.1f %%)",
        family, format, c, fieldsRead, fieldsExpected, 100 * fieldShare());
  }

  static ReadingReport compare(
      String family, String format, ExpectedReading expected, ImportedPlan read) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    long parents = expected.tasks().values().stream().filter(f -> f.get(0).isEmpty()).count();
    long subParents =
        expected.indicators().values().stream().filter(f -> f.get(0).isEmpty()).count();
    counts.put("sections", new int[] {read.counts().sections(), expected.sections().size()});
    counts.put("tasks", new int[] {read.counts().tasks(), (int) parents});
    counts.put(
        "subTasks",
        new int[] {read.counts().subTasks(), (int) (expected.tasks().size() - parents)});
    counts.put("indicators", new int[] {read.counts().indicators(), (int) subParents});
    counts.put(
        "subIndicators",
        new int[] {
          read.counts().subIndicators(), (int) (expected.indicators().size() - subParents)
        });
    Fields fields = new Fields();
    var h = read.header();
    fields.check("number", expected.header().get("number"), nz(h.number()));
    fields.check(
        "issuedOn",
        expected.header().get("issuedOn"),
        h.issuedOn() == null ? "" : h.issuedOn().toString());
    if (expected.header().containsKey("implements")) {
      fields.check(
          "implements",
          expected.header().get("implements"),
          String.join("; ", h.implementsDocuments().stream().map(d -> d.number()).toList()));
    }
    if (expected.header().containsKey("supersedes")) {
      fields.check(
          "supersedes",
          expected.header().get("supersedes"),
          String.join("; ", h.supersedes().stream().map(d -> d.number()).toList()));
    }
    Map<String, ImportedPlan.Section> sections = new LinkedHashMap<>();
    read.sections().forEach(s -> sections.putIfAbsent(s.code(), s));
    expected
        .sections()
        .forEach(
            (code, f) -> {
              ImportedPlan.Section s = sections.get(code);
              fields.check("section " + code + " title", f.get(0), s == null ? null : s.title());
            });
    Map<String, ImportedPlan.Task> tasks = new LinkedHashMap<>();
    read.tasks().forEach(t -> tasks.putIfAbsent(t.code(), t));
    expected
        .tasks()
        .forEach(
            (code, f) -> {
              ImportedPlan.Task t = tasks.get(code);
              List<String> actual =
                  t == null
                      ? null
                      : List.of(
                          nz(t.parentCode()),
                          nz(t.sectionCode()),
                          nz(t.title()),
                          String.join("; ", t.leadNames()),
                          String.join("; ", t.cooperatingNames()),
                          nz(t.outputText()),
                          nz(t.deadlineText()));
              for (int i = 0; i < ExpectedReading.TASK_FIELDS.size(); i++) {
                fields.check(
                    "task " + code + " " + ExpectedReading.TASK_FIELDS.get(i),
                    i < f.size() ? f.get(i) : "",
                    actual == null ? null : actual.get(i));
              }
            });
    Map<String, ImportedPlan.Indicator> indicators = new LinkedHashMap<>();
    read.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
    expected
        .indicators()
        .forEach(
            (code, f) -> {
              ImportedPlan.Indicator i = indicators.get(code);
              List<String> actual =
                  i == null
                      ? null
                      : List.of(
                          nz(i.parentCode()),
                          nz(i.name()),
                          nz(i.unit()),
                          String.join(
                              "; ",
                              i.targets().stream().map(x -> x.year() + ":" + x.text()).toList()),
                          String.join("; ", i.monitoringNames()));
              for (int k = 0; k < ExpectedReading.INDICATOR_FIELDS.size(); k++) {
                fields.check(
                    "indicator " + code + " " + ExpectedReading.INDICATOR_FIELDS.get(k),
                    k < f.size() ? f.get(k) : "",
                    actual == null ? null : actual.get(k));
              }
            });
    return new ReadingReport(family, format, counts, fields.read, fields.expected, fields.misread);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static final class Fields {
    int read;
    int expected;
    final List<String> misread = new ArrayList<>();

    void check(String what, String want, String got) {
      if (want == null) {
        return;
      }
      expected++;
      if (got != null && norm(want).equals(norm(got))) {
        read++;
      } else {
        misread.add(what + ": expected \"" + want + "\", read \"" + got + "\"");
      }
    }

    static String norm(String s) {
      return Normalizer.normalize(s, Normalizer.Form.NFC)
          .replace('\u00a0', ' ')
          .replaceAll("\\s+", "");
    }
  }
}
