package vn.plantrack.plan.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a family's document must read as, written by hand next to the document ({@code
 * expected.txt}): "number:", "issuedOn:", "implements:", "supersedes:" (empty when the document
 * prints none), then "section: code | title", "task: code | parent | section | title | lead |
 * cooperating | output | deadline" and "indicator: code | parent | name | unit | year:target; … |
 * monitoring", agencies as the names the cell lists, separated by "; ".
 */
record ExpectedReading(
    Map<String, String> header,
    Map<String, List<String>> sections,
    Map<String, List<String>> tasks,
    Map<String, List<String>> indicators) {

  static final List<String> TASK_FIELDS =
      List.of("parent", "section", "title", "lead", "cooperating", "output", "deadline");
  static final List<String> INDICATOR_FIELDS =
      List.of("parent", "name", "unit", "targets", "monitoring");

  static ExpectedReading load(String family) throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, List<String>> sections = new LinkedHashMap<>();
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    Map<String, List<String>> indicators = new LinkedHashMap<>();
    for (String line : CorpusPlan.resource("/corpus/" + family + "/expected.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String key = line.substring(0, line.indexOf(':'));
      String value = line.substring(line.indexOf(':') + 1).strip();
      List<String> fields = new ArrayList<>(List.of(value.split(" ?\\| ?", -1)));
      fields.replaceAll(String::strip);
      switch (key) {
        case "section" -> sections.put(fields.get(0), fields.subList(1, fields.size()));
        case "task" -> tasks.put(fields.get(0), fields.subList(1, fields.size()));
        case "indicator" -> indicators.put(fields.get(0), fields.subList(1, fields.size()));
        default -> header.put(key, value);
      }
    }
    return new ExpectedReading(header, sections, tasks, indicators);
  }
}
